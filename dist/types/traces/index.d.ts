import type { Trace } from './model.js';
import type { TraceQuery, TraceSource } from './source.js';
export declare const TRACE_SOURCE_KINDS: readonly ["jaeger", "jaeger-v1", "jaeger-v3", "tempo", "files"];
export type TraceSourceKind = (typeof TRACE_SOURCE_KINDS)[number];
/** Everything needed to reach one trace backend (or set of files); parsed once from flags or inputs. */
export type TraceSourceSettings = {
    kind: 'files';
    files: string[];
    cwd?: string;
} | {
    kind: Exclude<TraceSourceKind, 'files'>;
    url: string;
    headers?: Record<string, string>;
    bearerToken?: string;
    timeoutMs?: number;
    retries?: number;
};
export declare function createTraceSource(settings: TraceSourceSettings): TraceSource;
export interface FetchTracesRequest {
    /** Fetch these traces by id; when empty, search with `query`. */
    traceIds?: string[];
    query?: TraceQuery;
}
export interface FetchTracesResult {
    traces: Trace[];
    /** Requested ids the source does not have. */
    missing: string[];
}
/** Fetches traces by id or by search, the one entry point the commands use. */
export declare function fetchTraces(source: TraceSource, request: FetchTracesRequest): Promise<FetchTracesResult>;
export type { Trace, Span, SpanEvent, SpanLink, AttributeValue, Attributes } from './model.js';
export type { TraceQuery, TraceSource } from './source.js';
