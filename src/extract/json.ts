/**
 * JSON found inside attribute values. Instrumentations store messages as JSON text, some
 * store JSON text of JSON text (OpenLLMetry's `traceloop.entity.output`), and a backend may
 * have cut the text short (Tempo's `max_attribute_bytes`). Decoders may also have parsed
 * compact JSON already, so a structured value is accepted as it is.
 */

/** How many layers of JSON-inside-a-JSON-string are unwrapped before the rest is kept as text. */
export const MAX_EMBEDDED_LAYERS = 4

/**
 * Parsed values nested deeper than this are kept as their text: later stages walk and
 * serialize them recursively, and a hostile attribute must not exhaust the stack.
 */
export const MAX_JSON_NESTING = 64

export interface EmbeddedValue {
  /** The parsed value, or the text itself when it is not (complete) JSON. */
  value: unknown
  /** The text opened a JSON value that it never closed: it was cut short. */
  cutShort: boolean
}

/** Unwraps JSON text (up to `MAX_EMBEDDED_LAYERS` deep); anything else is returned as it is. */
export function parseEmbeddedJson(value: unknown): EmbeddedValue {
  let current = value
  for (let layer = 0; layer < MAX_EMBEDDED_LAYERS; layer++) {
    if (typeof current !== 'string' || !looksLikeJson(current)) break
    const text = current.trim()
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { value: current, cutShort: isCutShort(text) }
    }
    if (nestsDeeperThan(parsed, MAX_JSON_NESTING)) break
    current = parsed
  }
  return { value: current, cutShort: false }
}

/** Text that opens a JSON object, array or string. Bare numbers and words stay text. */
export function looksLikeJson(text: string): boolean {
  const first = text.trimStart().charAt(0)
  return first === '{' || first === '[' || first === '"'
}

/**
 * Whether JSON text ends inside a string or with brackets still open: what a cut at a byte
 * limit leaves. Text that is malformed in the middle but closed at the end is not cut short.
 */
export function isCutShort(text: string): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === BACKSLASH) index++
      else if (char === QUOTE) inString = false
    } else if (char === QUOTE) inString = true
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) depth++
    else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth--
  }
  return inString || depth > 0
}

const BACKSLASH = 0x5c
const QUOTE = 0x22
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/** Breadth-first, without recursion, so the check itself cannot overflow the stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value]
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true
    const next: unknown[] = []
    for (const item of level) {
      if (typeof item !== 'object' || item === null) continue
      for (const child of Object.values(item)) next.push(child)
    }
    level = next
  }
  return false
}
