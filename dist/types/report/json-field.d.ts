/**
 * Typed reads from parsed JSON that name the file and the path of whatever is wrong:
 * `results.json: suites[0].cases[3].head.samples[1].passed: expected a boolean, got "yes"`.
 */
export declare class InvalidFileError extends Error {
    name: string;
}
export declare class JsonField {
    /** The file (or other source) the JSON came from, as the user named it. */
    readonly origin: string;
    /** `suites[0].name`; empty for the document itself. */
    readonly path: string;
    readonly value: unknown;
    constructor(
    /** The file (or other source) the JSON came from, as the user named it. */
    origin: string, 
    /** `suites[0].name`; empty for the document itself. */
    path: string, value: unknown);
    /** The member `name` of this object; absent members read as `undefined`. */
    get(name: string): JsonField;
    isPresent(): boolean;
    object(): Record<string, unknown>;
    array<T>(readItem: (item: JsonField) => T): T[];
    string(): string;
    number(): number;
    wholeNumber(): number;
    boolean(): boolean;
    /** `read(this)` when present, else `undefined` (JSON has no undefined: null counts as absent). */
    optional<T>(read: (field: JsonField) => T): T | undefined;
    oneOf<T extends string>(allowed: readonly T[]): T;
    fail(expected: string): never;
}
/**
 * `value` without its `undefined` members, so an object read back from JSON has exactly the
 * keys it was written with.
 */
export declare function withoutUndefined<T extends object>(value: T): T;
