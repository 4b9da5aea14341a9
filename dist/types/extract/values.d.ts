/**
 * Narrowing for values whose shape nobody promised: parsed JSON found inside attributes and
 * attribute values themselves. Only own properties are read, so a key such as `__proto__`
 * in trace data stays data.
 */
/** An object from JSON or an attribute map, before any of its fields is checked. */
export type JsonRecord = Readonly<Record<string, unknown>>;
export declare function isRecord(value: unknown): value is JsonRecord;
/** An own field (of a record that may be absent); never reaches `Object.prototype`. */
export declare function field(record: JsonRecord | undefined, key: string): unknown;
/** The first of `keys` that holds something other than `undefined`/`null`. */
export declare function firstField(record: JsonRecord | undefined, keys: readonly string[]): unknown;
/** An own field that is a record. */
export declare function recordField(record: JsonRecord | undefined, key: string): JsonRecord | undefined;
export declare function asList(value: unknown): readonly unknown[];
export declare function recordsIn(value: unknown): JsonRecord[];
/**
 * Text for a field that should hold text. Numbers and booleans become their text (some
 * writers type ids and names loosely); anything structured is not text.
 */
export declare function asText(value: unknown): string | undefined;
/** Text that says something: empty and whitespace-only text count as absent. */
export declare function asNonEmptyText(value: unknown): string | undefined;
/** A finite number, also from numeric text (`"412"`, `"0.7"`); `"None"` and `""` are not numbers. */
export declare function asNumber(value: unknown): number | undefined;
/** A token count or similar: a non-negative whole number. */
export declare function asCount(value: unknown): number | undefined;
/** A limit such as `max_tokens`: some instrumentations write `-1` or `0` for "not set". */
export declare function positiveCount(value: unknown): number | undefined;
/** A list of texts from a list, or a single text as a list of one. */
export declare function asTextList(value: unknown): string[] | undefined;
/**
 * JSON text of a structured value, for content that is not text (a tool result object).
 * Never throws: a value too deep or cyclic for `JSON.stringify` gives a marker.
 */
export declare function jsonText(value: unknown): string;
/** Drops the keys whose value is `undefined`, so results compare and serialize cleanly. */
export declare function compact<T extends object>(value: T): T;
/** The list, or `undefined` when it is absent or empty. */
export declare function nonEmptyList<T>(list: T[] | undefined): T[] | undefined;
/** The object, or `undefined` when it is absent or has no keys. */
export declare function nonEmptyObject<T extends object>(value: T | undefined): T | undefined;
