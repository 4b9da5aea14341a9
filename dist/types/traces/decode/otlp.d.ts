import type { DecodedSpans } from './assemble.js';
import { type Wire } from './values.js';
type OtlpTracesData = Wire<'resourceSpans'>;
/** Whether the document is `{resourceSpans: […]}` (or `resource_spans`). */
export declare function isOtlpTracesData(document: unknown): document is OtlpTracesData;
/** The `resourceSpans` of a `TracesData` object; `[]` when it has none. */
export declare function resourceSpansOf(tracesData: unknown): unknown[];
/** Decodes a list of `ResourceSpans`, appending the spans and notes to `into`. */
export declare function decodeResourceSpans(list: unknown, into: DecodedSpans): void;
export {};
