/**
 * Readers for span attributes. Attribute values are typed by the decoder, but which type a
 * key holds depends on the instrumentation (`"412"` or `412`, a JSON string or an
 * already-parsed array), so every reader accepts the shapes seen in the wild.
 */
import type { AttributeValue, Attributes, Span } from '../traces/model.js'
import { parseEmbeddedJson } from './json.js'
import { asCount, asNonEmptyText, asNumber, asText, asTextList, field, jsonText } from './values.js'

export function attribute(span: Span, key: string): AttributeValue | undefined {
  return field(span.attributes, key) as AttributeValue | undefined
}

export function hasAttribute(span: Span, key: string): boolean {
  const value = attribute(span, key)
  return value !== undefined && value !== null
}

/** Whether any attribute key starts with `prefix` (for indexed families such as `gen_ai.prompt.`). */
export function hasAttributePrefix(span: Span, prefix: string): boolean {
  return Object.keys(span.attributes).some(key => key.startsWith(prefix))
}

/** Non-empty text of the first key that has some. */
export function textAttribute(span: Span, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const text = asNonEmptyText(attribute(span, key))
    if (text !== undefined) return text
  }
  return undefined
}

/**
 * A text attribute exactly as it was written. Decoders turn string values holding compact
 * JSON into lists and maps (Jaeger tags) only when nothing is lost, so the JSON text of
 * such a value is the original text: an answer that was JSON stays the same text.
 */
export function verbatimText(span: Span, key: string): string | undefined {
  const value = attribute(span, key)
  return value === undefined || value === null ? undefined : verbatim(value)
}

/** A value as text: text as it is, structured values as their JSON text. */
export function verbatim(value: unknown): string {
  return asText(value) ?? jsonText(value)
}

export function numberAttribute(span: Span, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const number = asNumber(attribute(span, key))
    if (number !== undefined) return number
  }
  return undefined
}

export function countAttribute(span: Span, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const count = asCount(attribute(span, key))
    if (count !== undefined) return count
  }
  return undefined
}

/** A list of texts, from an array attribute, JSON text of one, or a single text. */
export function textListAttribute(span: Span, key: string): string[] | undefined {
  return asTextList(parseEmbeddedJson(attribute(span, key)).value)
}

export interface JsonAttribute {
  /** The parsed value; the raw text when it was not complete JSON. */
  value: unknown
  /** The value as recorded, as text: for content kept whole when its shape is unknown. */
  text: string
  /** The value was cut short: by the backend (`span.truncatedAttributes`) or mid-JSON. */
  truncated: boolean
}

/**
 * An attribute that holds JSON, as text or already parsed. A value the backend flagged as
 * possibly truncated counts as truncated only if it does not parse: complete JSON is whole.
 */
export function jsonAttribute(span: Span, key: string): JsonAttribute | undefined {
  const raw = attribute(span, key)
  if (raw === undefined || raw === null) return undefined
  return jsonValue(raw, isFlaggedTruncated(span, key))
}

/** Parses a value that holds JSON; `flagged` says the backend may have cut it short. */
export function jsonValue(raw: unknown, flagged: boolean): JsonAttribute {
  const { value, cutShort } = parseEmbeddedJson(raw)
  const unparsed = typeof raw === 'string' && value === raw
  return { value, text: verbatim(raw), truncated: cutShort || (unparsed && flagged) }
}

/** Whether the backend may have cut this attribute's value short. */
export function isFlaggedTruncated(span: Span, key: string): boolean {
  return span.truncatedAttributes?.includes(key) ?? false
}

/** Index values above this are ignored: no instrumentation records that many items. */
const MAX_INDEX = 100_000

/**
 * Groups indexed attributes: keys `<prefix>.<i>.<rest>` become one map per index `i`,
 * keyed by `<rest>`, in index order. Works on span attributes and on the groups it returns
 * (OpenInference nests `message.tool_calls.<k>.tool_call.…` inside each message).
 */
export function indexedGroups(attributes: Attributes, prefix: string): Attributes[] {
  const lead = `${prefix}.`
  const groups = new Map<number, Attributes>()
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith(lead)) continue
    const dot = key.indexOf('.', lead.length)
    if (dot === -1) continue
    const indexText = key.slice(lead.length, dot)
    if (!/^\d{1,6}$/.test(indexText)) continue
    const index = Number(indexText)
    if (index > MAX_INDEX) continue
    let group = groups.get(index)
    if (group === undefined) {
      group = Object.create(null) as Attributes
      groups.set(index, group)
    }
    group[key.slice(dot + 1)] = value
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group)
}
