export interface SchedulerOptions {
    /** The most calls in flight at once, and the ceiling the adaptive limit recovers to. */
    concurrency: number;
    /** Retries after a first attempt that failed retryably. Default 4. */
    retries?: number;
    /** Successes that raise a throttled limit by one. Default 5. */
    recoverAfter?: number;
    sleep?: (ms: number) => Promise<void>;
    /** A number in [0, 1) for backoff jitter. */
    random?: () => number;
    /** Cancels the run: queued tasks reject with its reason, running ones see it aborted. */
    signal?: AbortSignal;
}
export interface SchedulerStats {
    /** The current limit: `concurrency`, or lower while the provider throttles. */
    limit: number;
    lowestLimit: number;
    inFlight: number;
    peakInFlight: number;
    queued: number;
    attempts: number;
    retries: number;
    rateLimited: number;
}
export interface Scheduler {
    /** Runs `task` (again on retryable failures) within the limit; rejects with its last error. */
    run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T>;
    stats(): SchedulerStats;
}
export declare function createScheduler(options: SchedulerOptions): Scheduler;
