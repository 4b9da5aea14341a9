/**
 * Runs model calls with a concurrency limit, retries what is worth retrying, and slows down
 * while the provider throttles.
 *
 * - Retries: a `ProviderError` that is `retryable` (rate limit, 5xx, connection, timeout) is
 *   tried again up to `retries` times, after the provider's `Retry-After` when it sent one
 *   (capped at 60 s), else after exponential backoff with full jitter (a random wait up to
 *   2 s, 4 s, 8 s ... capped at 60 s). The last failure is thrown for the caller to report.
 * - Adaptive concurrency (AIMD): a rate limit halves the current limit (never below 1); every
 *   `recoverAfter` successes since the last change add one back, up to `concurrency`. Rate
 *   limits from requests that started before the last halving do not halve it again, so one
 *   burst of 429s halves it once.
 *
 * A request waiting for a retry holds no slot, and retries go ahead of tasks not yet started
 * so that started cases finish first.
 */
import { backoffDelayMs } from '../http/retry.js'
import { ProviderError } from './model.js'

const DEFAULT_RETRIES = 4
const DEFAULT_RECOVER_AFTER = 5
const BACKOFF = { baseMs: 2000, maxMs: 60_000 }
const RETRY_AFTER_MAX_MS = 60_000

export interface SchedulerOptions {
  /** The most calls in flight at once, and the ceiling the adaptive limit recovers to. */
  concurrency: number
  /** Retries after a first attempt that failed retryably. Default 4. */
  retries?: number
  /** Successes that raise a throttled limit by one. Default 5. */
  recoverAfter?: number
  sleep?: (ms: number) => Promise<void>
  /** A number in [0, 1) for backoff jitter. */
  random?: () => number
  /** Cancels the run: queued tasks reject with its reason, running ones see it aborted. */
  signal?: AbortSignal
}

export interface SchedulerStats {
  /** The current limit: `concurrency`, or lower while the provider throttles. */
  limit: number
  lowestLimit: number
  inFlight: number
  peakInFlight: number
  queued: number
  attempts: number
  retries: number
  rateLimited: number
}

export interface Scheduler {
  /** Runs `task` (again on retryable failures) within the limit; rejects with its last error. */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T>
  stats(): SchedulerStats
}

interface Waiter {
  grant(): void
  cancel(reason: unknown): void
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const maxLimit = options.concurrency
  if (!Number.isInteger(maxLimit) || maxLimit < 1) {
    throw new Error(`concurrency must be a whole number of at least 1, got ${maxLimit}`)
  }
  const retries = options.retries ?? DEFAULT_RETRIES
  const recoverAfter = options.recoverAfter ?? DEFAULT_RECOVER_AFTER
  const sleep = options.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const random = options.random ?? Math.random
  const signal = options.signal ?? new AbortController().signal

  const waiting: Waiter[] = []
  let limit = maxLimit
  // Counts halvings, so a 429 can tell whether its request started before the last one.
  let generation = 0
  let successesSinceChange = 0
  const counters = { lowestLimit: maxLimit, inFlight: 0, peakInFlight: 0 }
  const totals = { attempts: 0, retries: 0, rateLimited: 0 }

  signal.addEventListener('abort', () => {
    for (const waiter of waiting.splice(0)) waiter.cancel(signal.reason)
  })

  function dispatch(): void {
    while (counters.inFlight < limit) {
      const next = waiting.shift()
      if (!next) return
      next.grant()
    }
  }

  function acquire(isRetry: boolean): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason)
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          counters.inFlight++
          counters.peakInFlight = Math.max(counters.peakInFlight, counters.inFlight)
          resolve()
        },
        cancel: reject
      }
      if (isRetry) waiting.unshift(waiter)
      else waiting.push(waiter)
      dispatch()
    })
  }

  function release(): void {
    counters.inFlight--
    dispatch()
  }

  function recordSuccess(): void {
    successesSinceChange++
    if (limit < maxLimit && successesSinceChange >= recoverAfter) {
      limit++
      successesSinceChange = 0
    }
  }

  function recordRateLimit(startedIn: number): void {
    totals.rateLimited++
    if (startedIn !== generation) return
    generation++
    limit = Math.max(1, Math.floor(limit / 2))
    counters.lowestLimit = Math.min(counters.lowestLimit, limit)
    successesSinceChange = 0
  }

  function retryDelayMs(error: ProviderError, attempt: number): number {
    const { retryAfterMs } = error.options
    if (retryAfterMs !== undefined) return Math.min(RETRY_AFTER_MAX_MS, retryAfterMs)
    return backoffDelayMs(attempt, random, BACKOFF)
  }

  async function run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await acquire(attempt > 1)
      const startedIn = generation
      totals.attempts++
      let delayMs: number
      try {
        const value = await task(signal)
        recordSuccess()
        return value
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error
        if (error.failure === 'rate-limit') recordRateLimit(startedIn)
        if (!error.retryable || attempt > retries || signal.aborted) throw error
        totals.retries++
        delayMs = retryDelayMs(error, attempt)
      } finally {
        release()
      }
      await sleep(delayMs)
    }
  }

  return {
    run,
    stats: () => ({ limit, queued: waiting.length, ...counters, ...totals })
  }
}
