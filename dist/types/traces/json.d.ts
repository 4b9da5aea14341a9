/**
 * Reads trace files and response bodies that hold one JSON value, several values written
 * back to back (Jaeger api_v3 streams `{"result":…}{"result":…}`), or JSON Lines (the OTel
 * Collector file exporter).
 */
/** A JSON syntax error with where it happened, counted from 1 for a person to find it. */
export declare class JsonParseError extends SyntaxError {
    readonly reason: string;
    /** Offset in the text, counted in UTF-16 code units from 0. */
    readonly position: number;
    readonly line: number;
    readonly column: number;
    readonly name = "JsonParseError";
    constructor(reason: string, 
    /** Offset in the text, counted in UTF-16 code units from 0. */
    position: number, line: number, column: number);
}
/**
 * Every top-level JSON value in `text`, in order. Whitespace-only text gives `[]`.
 * Throws `JsonParseError` naming the line and column of the first malformed value.
 */
export declare function parseJsonDocuments(text: string): unknown[];
