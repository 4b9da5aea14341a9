import type { Trace } from './model.js';
/** What to look for in a trace backend. Every field is optional except where a backend needs it. */
export interface TraceQuery {
    service?: string;
    operation?: string;
    /** Span attributes that must match exactly (Jaeger `tags`, api_v3 `query.attributes`, Tempo tags). */
    tags?: Record<string, string>;
    /** Window start and end; defaults to `lookback` before `end`, and `end` defaults to now. */
    start?: Date;
    end?: Date;
    /** A duration such as `24h`, `90m`, `7d`; used when `start` is absent. */
    lookback?: string;
    /** Span duration bounds, Jaeger/Go duration text such as `1.5s` or `300ms`. */
    minDuration?: string;
    maxDuration?: string;
    /** The most traces to return in all; the source pages the time window when one request returns fewer. */
    limit?: number;
    /** Tempo only: a TraceQL query used instead of tags. */
    traceql?: string;
}
export interface TraceSource {
    /** A short name for messages, e.g. `Jaeger api_v3 at http://jaeger:16686`. */
    readonly description: string;
    listServices(): Promise<string[]>;
    listOperations(service: string): Promise<string[]>;
    findTraces(query: TraceQuery): Promise<Trace[]>;
    /** `undefined` when the backend has no such trace. */
    getTrace(traceId: string): Promise<Trace | undefined>;
}
