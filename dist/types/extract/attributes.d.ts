/**
 * Readers for span attributes. Attribute values are typed by the decoder, but which type a
 * key holds depends on the instrumentation (`"412"` or `412`, a JSON string or an
 * already-parsed array), so every reader accepts the shapes seen in the wild.
 */
import type { AttributeValue, Attributes, Span } from '../traces/model.js';
export declare function attribute(span: Span, key: string): AttributeValue | undefined;
export declare function hasAttribute(span: Span, key: string): boolean;
/** Whether any attribute key starts with `prefix` (for indexed families such as `gen_ai.prompt.`). */
export declare function hasAttributePrefix(span: Span, prefix: string): boolean;
/** Non-empty text of the first key that has some. */
export declare function textAttribute(span: Span, ...keys: string[]): string | undefined;
/**
 * A text attribute exactly as it was written. Decoders turn string values holding compact
 * JSON into lists and maps (Jaeger tags) only when nothing is lost, so the JSON text of
 * such a value is the original text: an answer that was JSON stays the same text.
 */
export declare function verbatimText(span: Span, key: string): string | undefined;
/** A value as text: text as it is, structured values as their JSON text. */
export declare function verbatim(value: unknown): string;
export declare function numberAttribute(span: Span, ...keys: string[]): number | undefined;
export declare function countAttribute(span: Span, ...keys: string[]): number | undefined;
/** A list of texts, from an array attribute, JSON text of one, or a single text. */
export declare function textListAttribute(span: Span, key: string): string[] | undefined;
export interface JsonAttribute {
    /** The parsed value; the raw text when it was not complete JSON. */
    value: unknown;
    /** The value as recorded, as text: for content kept whole when its shape is unknown. */
    text: string;
    /** The value was cut short: by the backend (`span.truncatedAttributes`) or mid-JSON. */
    truncated: boolean;
}
/**
 * An attribute that holds JSON, as text or already parsed. A value the backend flagged as
 * possibly truncated counts as truncated only if it does not parse: complete JSON is whole.
 */
export declare function jsonAttribute(span: Span, key: string): JsonAttribute | undefined;
/** Parses a value that holds JSON; `flagged` says the backend may have cut it short. */
export declare function jsonValue(raw: unknown, flagged: boolean): JsonAttribute;
/** Whether the backend may have cut this attribute's value short. */
export declare function isFlaggedTruncated(span: Span, key: string): boolean;
/**
 * Groups indexed attributes: keys `<prefix>.<i>.<rest>` become one map per index `i`,
 * keyed by `<rest>`, in index order. Works on span attributes and on the groups it returns
 * (OpenInference nests `message.tool_calls.<k>.tool_call.…` inside each message).
 */
export declare function indexedGroups(attributes: Attributes, prefix: string): Attributes[];
