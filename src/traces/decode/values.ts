/**
 * Small readers shared by the wire-format decoders. Trace content is untrusted: every
 * field is narrowed before use, only own properties are read, attribute maps have a null
 * prototype, and nesting is capped so a hostile file cannot exhaust the stack.
 */
import { newAttributes, type AttributeValue } from '../model.js'

/** A parsed JSON object whose fields have not been checked yet. */
export type JsonObject = Record<string, unknown>

/**
 * Wire types list their fields as `unknown`: they document the format and name the keys
 * `field` may read, while every value still has to be narrowed where it is used.
 */
export type Wire<Keys extends string> = Partial<Record<Keys, unknown>>

/** Nesting deeper than this is kept as its JSON text rather than walked. */
export const MAX_VALUE_DEPTH = 64

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * An own field of a wire object, by its lowerCamelCase name or its snake_case spelling
 * (protobuf JSON writers may use either; `traceId` or `trace_id`).
 */
export function field<Keys extends string>(object: Wire<Keys>, key: Keys): unknown {
  if (Object.hasOwn(object, key)) return object[key]
  const snake = snakeCase(key)
  return Object.hasOwn(object, snake) ? (object as JsonObject)[snake] : undefined
}

/** Field names are a small fixed set, looked up for every value: convert each once. */
const snakeCaseNames = new Map<string, string>()

function snakeCase(name: string): string {
  let snake = snakeCaseNames.get(name)
  if (snake === undefined) {
    snake = name.replace(/[A-Z]/g, letter => `_${letter.toLowerCase()}`)
    snakeCaseNames.set(name, snake)
  }
  return snake
}

/** An own property by an untrusted name; never reaches `Object.prototype`. */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** The value if it is an array, else an empty array: absent and `null` lists are common on the wire. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** The objects among `value`'s items, if it is an array. */
export function objectsIn(value: unknown): JsonObject[] {
  return asArray(value).filter(isObject)
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A finite number, also from numeric text (some writers quote 64-bit integers). */
export function asFiniteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined
}

const INTEGER_TEXT = /^-?\d+$/

/**
 * A 64-bit integer attribute: a number when it is a safe integer, else its exact decimal
 * text, so ids and counters beyond 2^53 keep every digit.
 */
export function int64Value(raw: unknown): AttributeValue {
  if (typeof raw === 'number') return raw
  if (typeof raw !== 'string') return scalarOrJsonText(raw)
  const text = raw.trim()
  if (!INTEGER_TEXT.test(text)) return raw
  const number = Number(text)
  return Number.isSafeInteger(number) ? number : text
}

const NON_FINITE_DOUBLES = new Set(['NaN', 'Infinity', '-Infinity'])

/**
 * A double attribute. NaN and the infinities stay as their protobuf JSON text
 * (`"NaN"`, `"Infinity"`, `"-Infinity"`): as numbers they would turn into `null` in JSON
 * output and never compare equal.
 */
export function doubleValue(raw: unknown): AttributeValue {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw)
  if (typeof raw !== 'string') return scalarOrJsonText(raw)
  if (NON_FINITE_DOUBLES.has(raw)) return raw
  return asFiniteNumber(raw) ?? raw
}

/** A boolean, also from the text `"true"`/`"false"` (Jaeger's anonymizer writes those). */
export function boolValue(raw: unknown): AttributeValue {
  if (raw === 'true') return true
  if (raw === 'false') return false
  return scalarOrJsonText(raw)
}

/** Primitives as they are; anything structured as JSON text, for a value in an unexpected shape. */
export function scalarOrJsonText(raw: unknown): AttributeValue {
  if (raw === undefined || raw === null) return null
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw
  if (typeof raw === 'number') return doubleValue(raw)
  return jsonText(raw)
}

/** JSON text of a value, or a marker when even `JSON.stringify` gives up on its depth. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return '[value nested too deeply]'
  }
}

/**
 * Jaeger writes array and map attributes as JSON text in a string tag. Turn such text back
 * into the array or map only when nothing is lost: the text must be exactly what
 * `JSON.stringify` gives for it (so `1.0`, big integers, spacing or key order differences keep it a string).
 */
export function parseLosslessJson(raw: string): AttributeValue {
  const first = raw.charAt(0)
  if (first !== '[' && first !== '{') return raw
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return raw
  }
  return jsonText(parsed) === raw ? fromPlainJson(parsed, 0) : raw
}

/** A parsed JSON value as an attribute value: null-prototype maps, depth capped. */
export function fromPlainJson(value: unknown, depth: number): AttributeValue {
  if (typeof value !== 'object' || value === null) return scalarOrJsonText(value)
  if (depth >= MAX_VALUE_DEPTH) return jsonText(value)
  if (Array.isArray(value)) return value.map(item => fromPlainJson(item, depth + 1))
  const map = newAttributes()
  for (const [key, item] of Object.entries(value)) map[key] = fromPlainJson(item, depth + 1)
  return map
}

/** Whether two attribute values are the same, structurally. */
export function sameValue(a: AttributeValue, b: AttributeValue): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i] ?? null))
    )
  }
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every(key => Object.hasOwn(b, key) && sameValue(a[key] ?? null, b[key] ?? null))
  )
}

/** A short description of a JSON value for error messages: what was found instead of traces. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty array'
    return Array.isArray(value[0])
      ? 'an array of arrays'
      : `an array whose first item is ${describeJson(value[0])}`
  }
  if (isObject(value)) {
    const keys = Object.keys(value)
    if (keys.length === 0) return 'an empty object'
    const shown = keys.slice(0, 10).map(key => clip(key, 40))
    return `an object with keys: ${shown.join(', ')}${keys.length > shown.length ? ', …' : ''}`
  }
  if (typeof value === 'string') return `a string ("${clip(value, 40)}")`
  return `a ${typeof value} (${String(value)})`
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
