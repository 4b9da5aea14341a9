import { type HttpClientOptions, type QueryParams } from './http.js';
import type { TraceQuery, TraceSource } from './source.js';
import { type SearchOptions, type TimeWindow } from './window.js';
export declare const DEFAULT_TEMPO_PAGE_SIZE = 100;
/** Tempo's default `max_attribute_bytes`: longer values are cut silently at ingestion. */
export declare const DEFAULT_TEMPO_TRUNCATION_LIMIT_BYTES = 2048;
export interface TempoSourceOptions extends HttpClientOptions, SearchOptions {
    /** Attribute values this long may have been truncated by Tempo; they are flagged when decoded. */
    truncationLimitBytes?: number;
}
export declare function createTempoSource(options: TempoSourceOptions): TraceSource;
/**
 * `tags` (logfmt) and `q` (TraceQL) cannot be combined: Tempo rejects a search with both.
 * Service, operation and tags go into `tags`; a TraceQL query goes alone.
 */
export declare function searchParams(query: TraceQuery, window: TimeWindow, size: number): QueryParams;
/** `key=value key2="spaced value"`, as Tempo's logfmt decoder reads it. */
export declare function logfmt(pairs: ReadonlyArray<[string, string]>): string;
/** Tempo prints trace ids without leading zeros; the model wants 32 hex characters. */
export declare function normalizeTempoTraceId(id: string): string;
