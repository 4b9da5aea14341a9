/**
 * Settings arrive as flags, config-file keys or action inputs. Each source becomes a
 * RawSettings layer; typed readers turn a layer into settings objects and report bad
 * values in the words of the source they came from (`--limit`, `toad-eval.yaml: export.limit`).
 */
export type RawValue = string | number | boolean | string[] | Record<string, string>;
export interface RawSettings {
    get(key: string): RawValue | undefined;
    /** How a key is named to the user where its value came from. */
    describe(key: string): string;
}
export declare class SettingsError extends Error {
    name: string;
}
/** One layer: values from one place, named by `describe`. */
export declare function rawSettings(values: Record<string, RawValue | undefined>, describe: (key: string) => string): RawSettings;
/** Later layers win key by key: flags over config file, inputs over defaults. */
export declare function layered(...layers: RawSettings[]): RawSettings;
/** The same values, but a key none of them sets is named as `layer` names it (`suites[0].dataset`). */
export declare function missingKeysNamedBy(raw: RawSettings, layer: RawSettings): RawSettings;
export declare const flagName: (key: string) => string;
export declare function readString(raw: RawSettings, key: string): string | undefined;
/** A list: repeated flags, a YAML list, or one value. */
export declare function readStrings(raw: RawSettings, key: string): string[];
export declare function readBoolean(raw: RawSettings, key: string): boolean | undefined;
export declare function readNumber(raw: RawSettings, key: string, bounds?: {
    min?: number;
    max?: number;
    integer?: boolean;
}): number | undefined;
/**
 * A text value checked by the parser its consumer uses (durations, lookbacks); the parser's
 * complaint is reported under the key's name.
 */
export declare function readParsed<T>(raw: RawSettings, key: string, parse: (text: string) => T): {
    text: string;
    value: T;
} | undefined;
/** An ISO 8601 date/time, or milliseconds since the epoch. */
export declare function readDate(raw: RawSettings, key: string): Date | undefined;
/** `key=value` pairs: repeated flags, a YAML list of them, or a YAML map. */
export declare function readKeyValues(raw: RawSettings, key: string, separator?: string): Record<string, string>;
/** One of a fixed set of words. */
export declare function readChoice<T extends string>(raw: RawSettings, key: string, choices: readonly T[]): T | undefined;
