/**
 * Time windows for trace searches: lookback parsing, window resolution, and fetching
 * everything in a window from a backend that caps how many traces one request returns.
 */
import type { TraceQuery } from './source.js'

export interface TimeWindow {
  start: Date
  end: Date
}

/** Used when a query names neither `start` nor `lookback`. */
export const DEFAULT_LOOKBACK = '24h'
/** Used when a query names no `limit`. */
export const DEFAULT_TRACE_LIMIT = 100

/** Go duration units (what Jaeger and Tempo read) plus days and weeks for lookbacks. */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}
// Two-letter units come first so that `5ms` is not read as five minutes and a stray `s`.
const DURATION_PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w)/y
const DURATION_UNITS = 'ns, us, ms, s, m, h, d, w'

/** `1.5s`, `300ms`, `1h30m` to milliseconds (fractional below 1 ms); `undefined` when not a duration. */
function durationMs(text: string): number | undefined {
  const input = text.trim()
  if (input === '') return undefined
  let total = 0
  for (let position = 0; position < input.length; position = DURATION_PART.lastIndex) {
    DURATION_PART.lastIndex = position
    const match = DURATION_PART.exec(input)
    const unitMs = match?.[2] === undefined ? undefined : UNIT_MS[match[2]]
    if (!match || unitMs === undefined) return undefined
    total += Number(match[1]) * unitMs
  }
  return total
}

/** A duration such as `1.5s`, `300ms` or `2h` in milliseconds (may be fractional). */
export function parseDurationText(text: string): number {
  const ms = durationMs(text)
  if (ms === undefined) {
    throw new Error(
      `Invalid duration "${text}": expected e.g. 300ms, 1.5s, 2m or 1h30m (units: ${DURATION_UNITS})`
    )
  }
  return ms
}

/** A lookback such as `30m`, `24h`, `7d`, `1h30m` or `2w` in whole milliseconds. */
export function parseLookback(text: string): number {
  const ms = durationMs(text)
  if (ms === undefined) {
    throw new Error(
      `Invalid lookback "${text}": expected e.g. 30m, 24h, 7d or 1h30m (units: ${DURATION_UNITS})`
    )
  }
  if (ms < 1) throw new Error(`Invalid lookback "${text}": it must be at least 1ms`)
  return Math.round(ms)
}

/** The window a query covers: `end` defaults to now, `start` to `lookback` before `end`. */
export function resolveWindow(
  query: Pick<TraceQuery, 'start' | 'end' | 'lookback'>,
  now: Date,
  defaultLookback = DEFAULT_LOOKBACK
): TimeWindow {
  const end = query.end ?? now
  const start =
    query.start ?? new Date(end.getTime() - parseLookback(query.lookback ?? defaultLookback))
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new Error('Invalid time window: start or end is not a valid date')
  }
  if (start.getTime() >= end.getTime()) {
    throw new Error(
      `Invalid time window: start ${start.toISOString()} is not before end ${end.toISOString()}`
    )
  }
  return { start, end }
}

/** How a source searches: its clock, and the most traces one request may ask for. */
export interface SearchOptions {
  now?: () => Date
  /** The server's per-request cap; a page this full makes the window split. */
  pageSize?: number
}

export interface Page<T> {
  items: T[]
  /**
   * How many results the server sent, before any filtering on this side: the page is full,
   * and the window may hold more, when this reaches the size asked for.
   */
  returned: number
}

/**
 * Fetches one window, asking the server for at most `size` results. `seen` holds the ids
 * found so far: split windows return many of them again, and a source may skip decoding them.
 */
export type FetchPage<T> = (
  window: TimeWindow,
  size: number,
  seen: { has(traceId: string): boolean }
) => Promise<Page<T>>

export interface FetchAllOptions extends TimeWindow {
  /** The most items to return in all. */
  limit: number
  /** The most results one request may ask for (the backend's cap). */
  pageSize: number
  /** Windows are not split below this width; Tempo counts in whole seconds. Default 1 ms. */
  minWindowMs?: number
}

/**
 * Fetches up to `limit` distinct items from a window. A full page means the server may have
 * left some out, so that window is split in two and both halves are fetched, newest first,
 * until `limit` items are found or the windows are too narrow to split.
 */
export async function fetchAllInWindow<T extends { traceId: string }>(
  fetchPage: FetchPage<T>,
  options: FetchAllOptions
): Promise<T[]> {
  const { limit, pageSize, minWindowMs = 1 } = options
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`Invalid limit ${limit}: expected a whole number above 0`)
  }
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new Error(`Invalid page size ${pageSize}: expected a whole number above 0`)
  }
  const size = Math.min(limit, pageSize)
  const found = new Map<string, T>()
  // A stack: the newer half is pushed last so it is fetched first.
  const pending: TimeWindow[] = [{ start: options.start, end: options.end }]
  while (found.size < limit) {
    const window = pending.pop()
    if (!window) break
    const page = await fetchPage(window, size, found)
    for (const item of page.items) {
      if (!found.has(item.traceId)) found.set(item.traceId, item)
    }
    const mayHaveMore = page.returned >= size
    if (mayHaveMore && found.size < limit) pending.push(...splitWindow(window, minWindowMs))
  }
  return [...found.values()].slice(0, limit)
}

/** The older and newer halves of a window, or nothing when the halves would be too narrow. */
function splitWindow(window: TimeWindow, minWindowMs: number): TimeWindow[] {
  const start = window.start.getTime()
  const end = window.end.getTime()
  const half = Math.floor((end - start) / 2)
  if (half < minWindowMs) return []
  const middle = new Date(start + half)
  return [
    { start: window.start, end: middle },
    { start: middle, end: window.end }
  ]
}
