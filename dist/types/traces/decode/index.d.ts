import type { Trace } from '../model.js';
export type TraceFormat = 'jaeger-v1' | 'otlp' | 'jaeger-api-v3' | 'tempo';
export interface DecodeOptions {
    /** Where the text came from (a file path or a URL); every error message starts with it. */
    origin: string;
    /**
     * The backend's limit on attribute value size (Tempo's `max_attribute_bytes`). When set,
     * string attributes that reach it are listed in `span.truncatedAttributes`.
     */
    truncationLimitBytes?: number;
    /**
     * Return no traces, instead of failing, when a recognised document holds no spans
     * (a search that matched nothing). Unreadable spans and backend errors still fail.
     */
    allowEmpty?: boolean;
}
export interface DecodeResult {
    traces: Trace[];
    /** The format of the first trace document. */
    format: TraceFormat;
}
/** The input is not something traces can be read from; the message starts with the origin. */
export declare class TraceFormatError extends Error {
    readonly origin: string;
    readonly name = "TraceFormatError";
    constructor(origin: string, detail: string);
}
/** Decodes the text of a trace file or response body: one JSON value, several, or JSON Lines. */
export declare function decodeTraces(text: string, options: DecodeOptions): DecodeResult;
/** Decodes JSON that is already parsed (HTTP sources); several documents are merged by trace id. */
export declare function decodeTraceDocuments(documents: unknown[], options: DecodeOptions): DecodeResult;
