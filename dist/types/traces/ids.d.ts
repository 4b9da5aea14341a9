/**
 * Trace and span ids arrive as hex (Jaeger, OTLP/JSON as the spec writes it) or as base64
 * (Tempo and other gogo-jsonpb writers, which encode the raw bytes). Everything downstream
 * compares ids as lowercase hex of fixed width, so every decoder normalizes through here.
 */
/**
 * A trace id as 32 lowercase hex characters, or `undefined` when `raw` is not a usable id.
 * Accepts hex of any case and width up to 32 (Jaeger writes 64-bit ids as 16 hex and may drop
 * leading zeros), and base64 of 16 or 8 bytes, padded or not, standard or URL alphabet.
 */
export declare function normalizeTraceId(raw: unknown): string | undefined;
/** A span id as 16 lowercase hex characters, or `undefined`; accepts what `normalizeTraceId` does, for 8 bytes. */
export declare function normalizeSpanId(raw: unknown): string | undefined;
/**
 * Validates a trace id typed by a person (a CLI argument, an action input) and returns it
 * as 32 lowercase hex. Only hex is accepted here: base64 is a wire detail nobody types.
 */
export declare function assertTraceId(input: string): string;
