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
import { isPlainObject, type JsonObject } from './options.js'
import { describeValue } from './reasons.js'
import { deepEqual, jsonTypeName, type JsonTypeName } from './json-values.js'
import { matchWithTimeout, regexProblem } from './sandboxed-regex.js'

const TYPE_NAMES: readonly JsonTypeName[] = [
  'null',
  'boolean',
  'integer',
  'number',
  'string',
  'array',
  'object'
]

const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'format',
  'readOnly',
  'writeOnly',
  'deprecated'
])

/** Schema keywords, each with the check of its own value (a problem message or undefined). */
const KEYWORDS: Record<string, (value: unknown) => string | undefined> = {
  type: value =>
    isTypeName(value) || (Array.isArray(value) && value.length > 0 && value.every(isTypeName))
      ? undefined
      : `must be one of ${TYPE_NAMES.join(', ')} or a list of them`,
  properties: value => (isPlainObject(value) ? undefined : 'must be a mapping of schemas'),
  required: value =>
    Array.isArray(value) && value.every(item => typeof item === 'string')
      ? undefined
      : 'must be a list of property names',
  additionalProperties: value => (isSchema(value) ? undefined : 'must be a schema or a boolean'),
  items: value =>
    Array.isArray(value)
      ? 'as a list (tuple validation) is not supported; use one schema for every item'
      : isSchema(value)
        ? undefined
        : 'must be a schema',
  enum: value =>
    Array.isArray(value) && value.length > 0 ? undefined : 'must be a non-empty list',
  const: () => undefined,
  minimum: finiteNumber,
  maximum: finiteNumber,
  exclusiveMinimum: finiteNumber,
  exclusiveMaximum: finiteNumber,
  minLength: count,
  maxLength: count,
  minItems: count,
  maxItems: count,
  pattern: value => {
    if (typeof value !== 'string') return 'must be a string'
    const problem = regexProblem(value, 'u')
    return problem === undefined ? undefined : `must compile in unicode mode: ${problem}`
  },
  anyOf: schemaList,
  oneOf: schemaList,
  allOf: schemaList,
  not: value => (isSchema(value) ? undefined : 'must be a schema')
}

const SUPPORTED_SUMMARY =
  'supported: type, properties, required, additionalProperties, items, enum, const, ' +
  'minimum/maximum, exclusiveMinimum/Maximum, minLength/maxLength, pattern, minItems/maxItems, ' +
  'anyOf/oneOf/allOf/not'

function isTypeName(value: unknown): value is JsonTypeName {
  return TYPE_NAMES.includes(value as JsonTypeName)
}

function isSchema(value: unknown): value is JsonObject | boolean {
  return typeof value === 'boolean' || isPlainObject(value)
}

function finiteNumber(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number'
}

function count(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? undefined
    : 'must be an integer ≥ 0'
}

function schemaList(value: unknown): string | undefined {
  return Array.isArray(value) && value.length > 0 && value.every(isSchema)
    ? undefined
    : 'must be a non-empty list of schemas'
}

/** Everything wrong with a schema, each naming its place (`/properties/age/minimum: ...`). */
export function schemaProblems(schema: unknown, path = ''): string[] {
  if (typeof schema === 'boolean') return []
  if (!isPlainObject(schema)) {
    return [`${path || '/'}: a schema must be a mapping or a boolean, got ${describeValue(schema)}`]
  }
  const problems: string[] = []
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue
    const check = Object.hasOwn(KEYWORDS, keyword) ? KEYWORDS[keyword] : undefined
    if (check === undefined) {
      problems.push(`${path}/${keyword}: keyword not supported (${SUPPORTED_SUMMARY})`)
      continue
    }
    const problem = check(value)
    if (problem !== undefined) {
      problems.push(`${path}/${keyword}: ${problem}`)
      continue
    }
    problems.push(...subschemaProblems(keyword, value, `${path}/${keyword}`))
  }
  return problems
}

function subschemaProblems(keyword: string, value: unknown, path: string): string[] {
  if (keyword === 'properties' && isPlainObject(value)) {
    return Object.entries(value).flatMap(([name, sub]) => schemaProblems(sub, `${path}/${name}`))
  }
  if ((keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') && Array.isArray(value)) {
    return value.flatMap((sub, index) => schemaProblems(sub, `${path}/${index}`))
  }
  if (keyword === 'items' || keyword === 'additionalProperties' || keyword === 'not') {
    return schemaProblems(value, path)
  }
  return []
}

/** Collects violations; keeps the first few messages but counts them all. */
class Violations {
  readonly messages: string[] = []
  count = 0

  add(path: string, message: string): void {
    this.count++
    if (this.messages.length < 5) this.messages.push(`${path || '/'}: ${message}`)
  }
}

export interface SchemaCheck {
  /** The first violations, each with its JSON pointer (`/items/0/age: 17 < minimum 18`). */
  messages: string[]
  count: number
}

/** Checks a value against a schema that `schemaProblems` accepted. */
export function checkAgainstSchema(value: unknown, schema: JsonObject | boolean): SchemaCheck {
  const violations = new Violations()
  check(value, schema, '', violations)
  return { messages: violations.messages, count: violations.count }
}

function check(value: unknown, schema: unknown, path: string, out: Violations): void {
  if (schema === false) out.add(path, 'no value allowed here (schema false)')
  if (!isPlainObject(schema)) return
  const rule = (keyword: string): unknown =>
    Object.hasOwn(schema, keyword) ? schema[keyword] : undefined

  const type = rule('type')
  if (type !== undefined) {
    const allowed = (Array.isArray(type) ? type : [type]) as JsonTypeName[]
    const actual = jsonTypeName(value)
    // An integer is a number too; a number is an integer when it has no fraction.
    const fits = allowed.some(
      name => name === actual || (name === 'number' && actual === 'integer')
    )
    if (!fits) {
      // The other keywords would only repeat the same mistake in other words.
      out.add(path, `expected ${allowed.join(' or ')}, got ${actual}`)
      return
    }
  }
  const enumValues = rule('enum')
  if (Array.isArray(enumValues) && !enumValues.some(option => deepEqual(value, option))) {
    out.add(path, `${describeValue(value)} not in enum`)
  }
  if (Object.hasOwn(schema, 'const') && !deepEqual(value, schema.const)) {
    out.add(path, `${describeValue(value)} is not the const value`)
  }
  if (typeof value === 'number') checkNumber(value, rule, path, out)
  if (typeof value === 'string') checkString(value, rule, path, out)
  if (Array.isArray(value)) checkArray(value, rule, path, out)
  if (isPlainObject(value)) checkObject(value, rule, path, out)
  checkCombinators(value, rule, path, out)
}

type Rule = (keyword: string) => unknown

function checkNumber(value: number, rule: Rule, path: string, out: Violations): void {
  const minimum = rule('minimum')
  const maximum = rule('maximum')
  const exclusiveMinimum = rule('exclusiveMinimum')
  const exclusiveMaximum = rule('exclusiveMaximum')
  if (typeof minimum === 'number' && value < minimum) out.add(path, `${value} < minimum ${minimum}`)
  if (typeof maximum === 'number' && value > maximum) out.add(path, `${value} > maximum ${maximum}`)
  if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum) {
    out.add(path, `${value} ≤ exclusiveMinimum ${exclusiveMinimum}`)
  }
  if (typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum) {
    out.add(path, `${value} ≥ exclusiveMaximum ${exclusiveMaximum}`)
  }
}

function checkString(value: string, rule: Rule, path: string, out: Violations): void {
  const minLength = rule('minLength')
  const maxLength = rule('maxLength')
  const pattern = rule('pattern')
  // JSON Schema counts code points, not UTF-16 units: an emoji is one character.
  const length = minLength !== undefined || maxLength !== undefined ? [...value].length : 0
  if (typeof minLength === 'number' && length < minLength) {
    out.add(path, `${length} chars < minLength ${minLength}`)
  }
  if (typeof maxLength === 'number' && length > maxLength) {
    out.add(path, `${length} chars > maxLength ${maxLength}`)
  }
  if (typeof pattern === 'string' && matchWithTimeout(pattern, 'u', value) === null) {
    out.add(path, `${describeValue(value)} does not match /${pattern}/`)
  }
}

function checkArray(value: unknown[], rule: Rule, path: string, out: Violations): void {
  const minItems = rule('minItems')
  const maxItems = rule('maxItems')
  const items = rule('items')
  if (typeof minItems === 'number' && value.length < minItems) {
    out.add(path, `${value.length} items < minItems ${minItems}`)
  }
  if (typeof maxItems === 'number' && value.length > maxItems) {
    out.add(path, `${value.length} items > maxItems ${maxItems}`)
  }
  if (items !== undefined) {
    value.forEach((item, index) => check(item, items, pointer(path, index), out))
  }
}

function checkObject(value: JsonObject, rule: Rule, path: string, out: Violations): void {
  const required = rule('required')
  const properties = rule('properties')
  const additional = rule('additionalProperties')
  if (Array.isArray(required)) {
    for (const name of required as string[]) {
      if (!Object.hasOwn(value, name)) out.add(pointer(path, name), 'required property missing')
    }
  }
  const declared = isPlainObject(properties) ? properties : {}
  for (const [name, propertyValue] of Object.entries(value)) {
    const propertyPath = pointer(path, name)
    if (Object.hasOwn(declared, name)) check(propertyValue, declared[name], propertyPath, out)
    else if (additional === false) out.add(propertyPath, 'property not allowed')
    else if (additional !== undefined) check(propertyValue, additional, propertyPath, out)
  }
}

/** A JSON pointer one level down (RFC 6901 escapes `~` and `/` in names). */
function pointer(path: string, name: string | number): string {
  return `${path}/${String(name).replace(/~/g, '~0').replace(/\//g, '~1')}`
}

function checkCombinators(value: unknown, rule: Rule, path: string, out: Violations): void {
  const allOf = rule('allOf')
  const anyOf = rule('anyOf')
  const oneOf = rule('oneOf')
  const not = rule('not')
  if (Array.isArray(allOf)) allOf.forEach(schema => check(value, schema, path, out))
  if (Array.isArray(anyOf)) {
    const results = anyOf.map(schema => checkAgainstSchema(value, schema as JsonObject | boolean))
    if (!results.some(result => result.count === 0)) {
      out.add(path, `matches none of anyOf (${results[0]?.messages[0] ?? ''})`)
    }
  }
  if (Array.isArray(oneOf)) {
    const results = oneOf.map(schema => checkAgainstSchema(value, schema as JsonObject | boolean))
    const matching = results.filter(result => result.count === 0).length
    if (matching === 0) out.add(path, `matches none of oneOf (${results[0]?.messages[0] ?? ''})`)
    else if (matching > 1) out.add(path, `matches ${matching} of oneOf, expected exactly 1`)
  }
  if (not !== undefined && checkAgainstSchema(value, not as JsonObject | boolean).count === 0) {
    out.add(path, 'matches the schema under not')
  }
}
