export declare function normalizeForMatching(text: string, caseSensitive: boolean): string;
export declare const contains: import("./types.js").Scorer;
export declare const notContains: import("./types.js").Scorer;
/** Leading whitespace is ignored: models often open with a blank line the reader never sees. */
export declare const startsWith: import("./types.js").Scorer;
/** Exact equality; `trim: true` ignores surrounding whitespace on both sides. */
export declare const equals: import("./types.js").Scorer;
