/**
 * Small readers shared by the wire-format decoders. Trace content is untrusted: every
 * field is narrowed before use, only own properties are read, attribute maps have a null
 * prototype, and nesting is capped so a hostile file cannot exhaust the stack.
 */
import { type AttributeValue } from '../model.js';
/** A parsed JSON object whose fields have not been checked yet. */
export type JsonObject = Record<string, unknown>;
/**
 * Wire types list their fields as `unknown`: they document the format and name the keys
 * `field` may read, while every value still has to be narrowed where it is used.
 */
export type Wire<Keys extends string> = Partial<Record<Keys, unknown>>;
/** Nesting deeper than this is kept as its JSON text rather than walked. */
export declare const MAX_VALUE_DEPTH = 64;
export declare function isObject(value: unknown): value is JsonObject;
/**
 * An own field of a wire object, by its lowerCamelCase name or its snake_case spelling
 * (protobuf JSON writers may use either; `traceId` or `trace_id`).
 */
export declare function field<Keys extends string>(object: Wire<Keys>, key: Keys): unknown;
/** An own property by an untrusted name; never reaches `Object.prototype`. */
export declare function ownValue(object: JsonObject, key: string): unknown;
/** The value if it is an array, else an empty array: absent and `null` lists are common on the wire. */
export declare function asArray(value: unknown): unknown[];
/** The objects among `value`'s items, if it is an array. */
export declare function objectsIn(value: unknown): JsonObject[];
export declare function asString(value: unknown): string | undefined;
/** A finite number, also from numeric text (some writers quote 64-bit integers). */
export declare function asFiniteNumber(value: unknown): number | undefined;
/**
 * A 64-bit integer attribute: a number when it is a safe integer, else its exact decimal
 * text, so ids and counters beyond 2^53 keep every digit.
 */
export declare function int64Value(raw: unknown): AttributeValue;
/**
 * A double attribute. NaN and the infinities stay as their protobuf JSON text
 * (`"NaN"`, `"Infinity"`, `"-Infinity"`): as numbers they would turn into `null` in JSON
 * output and never compare equal.
 */
export declare function doubleValue(raw: unknown): AttributeValue;
/** A boolean, also from the text `"true"`/`"false"` (Jaeger's anonymizer writes those). */
export declare function boolValue(raw: unknown): AttributeValue;
/** Primitives as they are; anything structured as JSON text, for a value in an unexpected shape. */
export declare function scalarOrJsonText(raw: unknown): AttributeValue;
/** JSON text of a value, or a marker when even `JSON.stringify` gives up on its depth. */
export declare function jsonText(value: unknown): string;
/**
 * Jaeger writes array and map attributes as JSON text in a string tag. Turn such text back
 * into the array or map only when nothing is lost: the text must be exactly what
 * `JSON.stringify` gives for it (so `1.0`, big integers, spacing or key order differences keep it a string).
 */
export declare function parseLosslessJson(raw: string): AttributeValue;
/** A parsed JSON value as an attribute value: null-prototype maps, depth capped. */
export declare function fromPlainJson(value: unknown, depth: number): AttributeValue;
/** Whether two attribute values are the same, structurally. */
export declare function sameValue(a: AttributeValue, b: AttributeValue): boolean;
/** A short description of a JSON value for error messages: what was found instead of traces. */
export declare function describeJson(value: unknown): string;
