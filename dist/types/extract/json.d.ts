/**
 * JSON found inside attribute values. Instrumentations store messages as JSON text, some
 * store JSON text of JSON text (OpenLLMetry's `traceloop.entity.output`), and a backend may
 * have cut the text short (Tempo's `max_attribute_bytes`). Decoders may also have parsed
 * compact JSON already, so a structured value is accepted as it is.
 */
/** How many layers of JSON-inside-a-JSON-string are unwrapped before the rest is kept as text. */
export declare const MAX_EMBEDDED_LAYERS = 4;
/**
 * Parsed values nested deeper than this are kept as their text: later stages walk and
 * serialize them recursively, and a hostile attribute must not exhaust the stack.
 */
export declare const MAX_JSON_NESTING = 64;
export interface EmbeddedValue {
    /** The parsed value, or the text itself when it is not (complete) JSON. */
    value: unknown;
    /** The text opened a JSON value that it never closed: it was cut short. */
    cutShort: boolean;
}
/** Unwraps JSON text (up to `MAX_EMBEDDED_LAYERS` deep); anything else is returned as it is. */
export declare function parseEmbeddedJson(value: unknown): EmbeddedValue;
/** Text that opens a JSON object, array or string. Bare numbers and words stay text. */
export declare function looksLikeJson(text: string): boolean;
/**
 * Whether JSON text ends inside a string or with brackets still open: what a cut at a byte
 * limit leaves. Text that is malformed in the middle but closed at the end is not cut short.
 */
export declare function isCutShort(text: string): boolean;
