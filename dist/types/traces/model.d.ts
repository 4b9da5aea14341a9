/**
 * The normalized span model: every source (Jaeger v1, api_v3, Tempo, OTLP files)
 * decodes into these types, so nothing downstream knows which wire format a span came in.
 */
/**
 * An attribute value as OpenTelemetry types it. Integers beyond 2^53 keep their exact
 * decimal text (a string) instead of losing digits; bytes are kept as base64 text.
 */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | {
    [key: string]: AttributeValue;
};
/**
 * Attribute maps are built with a null prototype: keys come from untrusted trace data,
 * and a key such as `__proto__` must stay an ordinary key.
 */
export type Attributes = Record<string, AttributeValue>;
export type SpanKind = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';
export type StatusCode = 'unset' | 'ok' | 'error';
export interface SpanStatus {
    code: StatusCode;
    message?: string;
}
export interface SpanEvent {
    /** Empty when the source recorded none (Jaeger logs without an `event` field, Tempo). */
    name: string;
    timeUnixMicros: number;
    attributes: Attributes;
}
/** A reference to another span that is not the parent (OTLP link, Jaeger FOLLOWS_FROM). */
export interface SpanLink {
    traceId: string;
    spanId: string;
    attributes: Attributes;
}
export interface InstrumentationScope {
    name: string;
    version?: string;
}
export interface Span {
    /** 32 lowercase hex characters. */
    traceId: string;
    /** 16 lowercase hex characters. */
    spanId: string;
    /** 16 lowercase hex characters; absent on a root span. */
    parentSpanId?: string;
    name: string;
    /** `service.name` of the resource (Jaeger: the process's serviceName); '' when unknown. */
    service: string;
    kind: SpanKind;
    /** Microseconds since the Unix epoch (Jaeger's unit; OTLP nanoseconds are divided). */
    startTimeUnixMicros: number;
    durationMicros: number;
    status: SpanStatus;
    attributes: Attributes;
    events: SpanEvent[];
    resource: Attributes;
    scope?: InstrumentationScope;
    links?: SpanLink[];
    /**
     * Attribute keys whose values the backend may have cut short (Tempo's
     * `max_attribute_bytes`). Extraction keeps such values and marks what it builds from them.
     */
    truncatedAttributes?: string[];
}
export interface Trace {
    /** 32 lowercase hex characters. */
    traceId: string;
    /** Spans in the order the source listed them, exact duplicates removed. */
    spans: Span[];
    /** Things the decoder noticed and worked around (skipped malformed spans, id clashes). */
    warnings?: string[];
}
/** Creates an attribute map whose keys cannot reach `Object.prototype`. */
export declare function newAttributes(): Attributes;
/** Microseconds since the epoch as a Date (millisecond precision). */
export declare function spanStartDate(span: Pick<Span, 'startTimeUnixMicros'>): Date;
