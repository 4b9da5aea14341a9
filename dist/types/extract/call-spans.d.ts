/**
 * Which spans of a trace are LLM calls. Each span gets the role the first convention that
 * recognizes it gives (see `CONVENTION_READERS` for the order). Then the tree decides:
 * a call span with another call span below it is a wrapper of that call (the innermost
 * span is the request itself), and wrappers lend their readings to a call only when it is
 * the one call below them: with several, whose prompt a wrapper holds is unknowable.
 */
import type { Span } from '../traces/model.js';
import type { Convention } from './model.js';
import type { SpanRole } from './reading.js';
export interface CallSpan {
    span: Span;
    /** The convention that recognized the span as a call. */
    convention: Convention;
    /** Spans around the call that describe only it, nearest first. */
    wrappers: Span[];
}
interface Classified {
    role: SpanRole;
    convention: Convention;
}
/** What the first convention that recognizes the span says it is. */
export declare function classifySpan(span: Span): Classified | undefined;
/** The call spans of a trace, innermost only, in start order. */
export declare function findCallSpans(spans: readonly Span[]): CallSpan[];
export {};
