/**
 * When to try an HTTP request again: exponential backoff with full jitter, and the server's
 * own `Retry-After`, both capped so that no server can stall a run for long.
 */
export interface BackoffLimits {
    /** The ceiling of the first retry's wait. */
    baseMs: number;
    /** The ceiling no wait exceeds, however many attempts came before. */
    maxMs: number;
}
/** Exponential backoff with full jitter: a random wait up to base * 2^(attempt-1), capped. */
export declare function backoffDelayMs(attempt: number, random: () => number, limits?: BackoffLimits): number;
/** Seconds (`120`) or an HTTP date; capped so a hostile header cannot stall a run. */
export declare function parseRetryAfter(value: string, nowMs: number, maxMs?: number): number | undefined;
