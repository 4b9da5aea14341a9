/**
 * The last step every wire format shares: spans grouped into traces, duplicates dropped,
 * possibly truncated values marked, and the decoders' notes attached as trace warnings.
 */
import type { Span, Trace } from '../model.js';
/** Something a decoder noticed; with a trace id it concerns that trace only, else every trace. */
export interface DecodeNote {
    traceId?: string;
    message: string;
}
/** What a wire-format decoder hands back: spans in source order and what it worked around. */
export interface DecodedSpans {
    spans: Span[];
    notes: DecodeNote[];
    /** Errors the backend reported in its response (`trace not found`); also among the notes. */
    backendErrors: string[];
    /** Span entries read so far, good or not; numbers skipped ones in messages (`span #3`). */
    spansRead: number;
}
export declare function emptyDecodedSpans(): DecodedSpans;
export interface AssembleOptions {
    /** The backend's attribute size limit; string values this long (or within 3 bytes of it) may be cut. */
    truncationLimitBytes?: number;
}
export declare function assembleTraces(decoded: DecodedSpans, options?: AssembleOptions): Trace[];
/**
 * Joins traces that share an id (one trace split over several files), keeping first-seen
 * order; a span listed twice with the same content is kept once, as within one file.
 */
export declare function mergeTraces(traces: Trace[]): Trace[];
