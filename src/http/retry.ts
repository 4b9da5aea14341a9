/**
 * When to try an HTTP request again: exponential backoff with full jitter, and the server's
 * own `Retry-After`, both capped so that no server can stall a run for long.
 */

export interface BackoffLimits {
  /** The ceiling of the first retry's wait. */
  baseMs: number
  /** The ceiling no wait exceeds, however many attempts came before. */
  maxMs: number
}

const DEFAULT_BACKOFF: BackoffLimits = { baseMs: 500, maxMs: 10_000 }
const RETRY_AFTER_MAX_MS = 60_000

/** Exponential backoff with full jitter: a random wait up to base * 2^(attempt-1), capped. */
export function backoffDelayMs(
  attempt: number,
  random: () => number,
  limits: BackoffLimits = DEFAULT_BACKOFF
): number {
  const ceiling = Math.min(limits.maxMs, limits.baseMs * 2 ** (attempt - 1))
  return Math.round(random() * ceiling)
}

/** Seconds (`120`) or an HTTP date; capped so a hostile header cannot stall a run. */
export function parseRetryAfter(
  value: string,
  nowMs: number,
  maxMs = RETRY_AFTER_MAX_MS
): number | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - nowMs
  if (!Number.isFinite(ms)) return undefined
  return Math.min(maxMs, Math.max(0, ms))
}
