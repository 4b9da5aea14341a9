/**
 * Time windows for trace searches: lookback parsing, window resolution, and fetching
 * everything in a window from a backend that caps how many traces one request returns.
 */
import type { TraceQuery } from './source.js';
export interface TimeWindow {
    start: Date;
    end: Date;
}
/** Used when a query names neither `start` nor `lookback`. */
export declare const DEFAULT_LOOKBACK = "24h";
/** Used when a query names no `limit`. */
export declare const DEFAULT_TRACE_LIMIT = 100;
/** A duration such as `1.5s`, `300ms` or `2h` in milliseconds (may be fractional). */
export declare function parseDurationText(text: string): number;
/** A lookback such as `30m`, `24h`, `7d`, `1h30m` or `2w` in whole milliseconds. */
export declare function parseLookback(text: string): number;
/** The window a query covers: `end` defaults to now, `start` to `lookback` before `end`. */
export declare function resolveWindow(query: Pick<TraceQuery, 'start' | 'end' | 'lookback'>, now: Date, defaultLookback?: string): TimeWindow;
/** How a source searches: its clock, and the most traces one request may ask for. */
export interface SearchOptions {
    now?: () => Date;
    /** The server's per-request cap; a page this full makes the window split. */
    pageSize?: number;
}
export interface Page<T> {
    items: T[];
    /**
     * How many results the server sent, before any filtering on this side: the page is full,
     * and the window may hold more, when this reaches the size asked for.
     */
    returned: number;
}
/**
 * Fetches one window, asking the server for at most `size` results. `seen` holds the ids
 * found so far: split windows return many of them again, and a source may skip decoding them.
 */
export type FetchPage<T> = (window: TimeWindow, size: number, seen: {
    has(traceId: string): boolean;
}) => Promise<Page<T>>;
export interface FetchAllOptions extends TimeWindow {
    /** The most items to return in all. */
    limit: number;
    /** The most results one request may ask for (the backend's cap). */
    pageSize: number;
    /** Windows are not split below this width; Tempo counts in whole seconds. Default 1 ms. */
    minWindowMs?: number;
}
/**
 * Fetches up to `limit` distinct items from a window. A full page means the server may have
 * left some out, so that window is split in two and both halves are fetched, newest first,
 * until `limit` items are found or the windows are too narrow to split.
 */
export declare function fetchAllInWindow<T extends {
    traceId: string;
}>(fetchPage: FetchPage<T>, options: FetchAllOptions): Promise<T[]>;
