/**
 * Narrowing for values whose shape nobody promised: parsed JSON found inside attributes and
 * attribute values themselves. Only own properties are read, so a key such as `__proto__`
 * in trace data stays data.
 */

/** An object from JSON or an attribute map, before any of its fields is checked. */
export type JsonRecord = Readonly<Record<string, unknown>>

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own field (of a record that may be absent); never reaches `Object.prototype`. */
export function field(record: JsonRecord | undefined, key: string): unknown {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

/** The first of `keys` that holds something other than `undefined`/`null`. */
export function firstField(record: JsonRecord | undefined, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = field(record, key)
    if (value !== undefined && value !== null) return value
  }
  return undefined
}

/** An own field that is a record. */
export function recordField(record: JsonRecord | undefined, key: string): JsonRecord | undefined {
  const value = field(record, key)
  return isRecord(value) ? value : undefined
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

export function recordsIn(value: unknown): JsonRecord[] {
  return asList(value).filter(isRecord)
}

/**
 * Text for a field that should hold text. Numbers and booleans become their text (some
 * writers type ids and names loosely); anything structured is not text.
 */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return String(value)
  return undefined
}

/** Text that says something: empty and whitespace-only text count as absent. */
export function asNonEmptyText(value: unknown): string | undefined {
  const text = asText(value)
  return text !== undefined && text.trim() !== '' ? text : undefined
}

/** A finite number, also from numeric text (`"412"`, `"0.7"`); `"None"` and `""` are not numbers. */
export function asNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined
}

/** A token count or similar: a non-negative whole number. */
export function asCount(value: unknown): number | undefined {
  const number = asNumber(value)
  return number !== undefined && number >= 0 && Number.isInteger(number) ? number : undefined
}

/** A limit such as `max_tokens`: some instrumentations write `-1` or `0` for "not set". */
export function positiveCount(value: unknown): number | undefined {
  const count = asCount(value)
  return count !== undefined && count > 0 ? count : undefined
}

/** A list of texts from a list, or a single text as a list of one. */
export function asTextList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const texts = value.map(asText).filter(text => text !== undefined)
    return texts.length > 0 ? texts : undefined
  }
  const text = asNonEmptyText(value)
  return text === undefined ? undefined : [text]
}

const MAX_JSON_TEXT_CHARS = 1_000_000

/**
 * JSON text of a structured value, for content that is not text (a tool result object).
 * Never throws: a value too deep or cyclic for `JSON.stringify` gives a marker.
 */
export function jsonText(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? ''
    return text.length > MAX_JSON_TEXT_CHARS ? text.slice(0, MAX_JSON_TEXT_CHARS) : text
  } catch {
    return '[unserializable value]'
  }
}

/** Drops the keys whose value is `undefined`, so results compare and serialize cleanly. */
export function compact<T extends object>(value: T): T {
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) if (item !== undefined) result[key] = item
  return result as T
}

/** The list, or `undefined` when it is absent or empty. */
export function nonEmptyList<T>(list: T[] | undefined): T[] | undefined {
  return list !== undefined && list.length > 0 ? list : undefined
}

/** The object, or `undefined` when it is absent or has no keys. */
export function nonEmptyObject<T extends object>(value: T | undefined): T | undefined {
  return value !== undefined && Object.keys(value).length > 0 ? value : undefined
}
