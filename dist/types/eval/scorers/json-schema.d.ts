/**
 * A compact JSON Schema validator for the subset eval assertions use: `type`, `properties`,
 * `required`, `additionalProperties`, `items`, `enum`, `const`, `minimum`/`maximum`,
 * `exclusiveMinimum`/`exclusiveMaximum` (numbers, draft 6+), `minLength`/`maxLength`
 * (code points), `pattern` (unicode mode), `minItems`/`maxItems`, `anyOf`/`oneOf`/`allOf`/`not`.
 *
 * Why not Ajv: it compiles schemas with `new Function` and adds about 120 kB to each of our
 * bundles for features (`$ref` graphs, formats, custom keywords) an answer check does not need.
 *
 * A keyword outside the subset is a config error (see `schemaProblems`) rather than being
 * skipped: an ignored `$ref` or `patternProperties` would let wrong answers pass unnoticed.
 * Annotations (`title`, `description`, `format`, ...) are accepted and have no effect, which is
 * what JSON Schema 2020-12 prescribes for `format` by default too.
 */
import { type JsonObject } from './options.js';
/** Everything wrong with a schema, each naming its place (`/properties/age/minimum: ...`). */
export declare function schemaProblems(schema: unknown, path?: string): string[];
export interface SchemaCheck {
    /** The first violations, each with its JSON pointer (`/items/0/age: 17 < minimum 18`). */
    messages: string[];
    count: number;
}
/** Checks a value against a schema that `schemaProblems` accepted. */
export declare function checkAgainstSchema(value: unknown, schema: JsonObject | boolean): SchemaCheck;
