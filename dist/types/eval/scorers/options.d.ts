/**
 * Reading an assertion's value and options with messages that say what is allowed. Every
 * problem is collected (not just the first), so one validation run lists them all.
 */
import type { Assertion } from '../../dataset/format.js';
import type { Parsed } from './types.js';
export type JsonObject = Record<string, unknown>;
export declare function isPlainObject(value: unknown): value is JsonObject;
/** An own property only: `__proto__` or `constructor` in data never reach the prototype. */
export declare function ownValue(object: JsonObject, key: string): unknown;
export declare class OptionReader {
    private readonly assertion;
    private readonly problems;
    constructor(assertion: Assertion);
    /** The raw field, for readers with rules of their own. */
    raw(key: string): unknown;
    problem(message: string): void;
    /** A number written in YAML is text too (`contains: 2025`), so numbers are accepted as text. */
    text(key: string, options: {
        required: true;
    }): string;
    text(key: string, options?: {
        required?: boolean;
    }): string | undefined;
    integer(key: string, { min }: {
        min: number;
    }): number;
    /** A number in `[min, max]`; `exclusiveMin` excludes the lower bound (thresholds of 0). */
    number(key: string, range: {
        min: number;
        max?: number;
        exclusiveMin?: boolean;
    }): number;
    number(key: string, range: {
        min: number;
        max?: number;
        exclusiveMin?: boolean;
    }, options: {
        required: false;
    }): number | undefined;
    boolean(key: string, fallback: boolean): boolean;
    object(key: string): JsonObject | undefined;
    /** The options when every read succeeded, else every problem. */
    result<Options>(options: Options): Parsed<Options>;
}
