export type JsonTypeName = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';
export declare function jsonTypeName(value: unknown): JsonTypeName | 'undefined';
export declare function deepEqual(a: unknown, b: unknown): boolean;
export interface SubsetMismatch {
    /** JSON-pointer-like path of the first difference (`/city`), `/` for the root. */
    path: string;
    actual: unknown;
    expected: unknown;
}
/**
 * Where `actual` departs from `expected` read as a partial pattern: every key of an expected
 * object must be in the actual one with a matching value (other keys are free); arrays and
 * scalars must match in full. Returns the first difference, or null when `actual` fits.
 */
export declare function firstSubsetMismatch(actual: unknown, expected: unknown, path?: string): SubsetMismatch | null;
