/**
 * Reads trace files and response bodies that hold one JSON value, several values written
 * back to back (Jaeger api_v3 streams `{"result":…}{"result":…}`), or JSON Lines (the OTel
 * Collector file exporter).
 */

/** A JSON syntax error with where it happened, counted from 1 for a person to find it. */
export class JsonParseError extends SyntaxError {
  override readonly name = 'JsonParseError'

  constructor(
    readonly reason: string,
    /** Offset in the text, counted in UTF-16 code units from 0. */
    readonly position: number,
    readonly line: number,
    readonly column: number
  ) {
    super(`${reason} at line ${line}, column ${column}`)
  }
}

const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Every top-level JSON value in `text`, in order. Whitespace-only text gives `[]`.
 * Throws `JsonParseError` naming the line and column of the first malformed value.
 */
export function parseJsonDocuments(text: string): unknown[] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
  try {
    return [JSON.parse(body)]
  } catch {
    // Not one value: split the text where each top-level value ends and parse the parts.
  }
  return splitTopLevelValues(body).map(({ start, end }) => parseAt(body, start, end))
}

interface Segment {
  start: number
  end: number
}

const OPENERS = new Set(['{', '['])
const CLOSERS = new Set(['}', ']'])
/** Characters that end a bare top-level scalar such as `true` or `42`. */
const SCALAR_DELIMITERS = new Set(['{', '[', '}', ']', '"', ','])

/**
 * The ranges of `text` that each hold one top-level value. The scan only tracks strings and
 * bracket depth; `JSON.parse` judges each part, so a malformed part still fails with its position.
 * An unterminated value runs to the end of the text.
 */
function splitTopLevelValues(text: string): Segment[] {
  const segments: Segment[] = []
  let index = skipWhitespace(text, 0)
  while (index < text.length) {
    const end = valueEnd(text, index)
    segments.push({ start: index, end })
    index = skipWhitespace(text, end)
  }
  return segments
}

function valueEnd(text: string, start: number): number {
  const first = text.charAt(start)
  if (first === '"') return stringEnd(text, start)
  if (!OPENERS.has(first)) return scalarEnd(text, start)
  let depth = 0
  let index = start
  while (index < text.length) {
    const char = text.charAt(index)
    if (char === '"') {
      index = stringEnd(text, index)
      continue
    }
    if (OPENERS.has(char)) depth++
    else if (CLOSERS.has(char) && --depth === 0) return index + 1
    index++
  }
  return text.length
}

/** The index just past the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let index = start + 1
  while (index < text.length) {
    const char = text.charAt(index)
    if (char === '\\') index += 2
    else if (char === '"') return index + 1
    else index++
  }
  return text.length
}

function scalarEnd(text: string, start: number): number {
  let index = start + 1
  while (index < text.length && !isWhitespace(text.charAt(index))) {
    if (SCALAR_DELIMITERS.has(text.charAt(index))) break
    index++
  }
  return index
}

function skipWhitespace(text: string, start: number): number {
  let index = start
  while (index < text.length && isWhitespace(text.charAt(index))) index++
  return index
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t'
}

function parseAt(text: string, start: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(start, end))
  } catch (error) {
    throw toJsonParseError(text, start, end, error)
  }
}

/** V8 reports positions inside the part it was given; make them positions in the whole text. */
function toJsonParseError(
  text: string,
  start: number,
  end: number,
  error: unknown
): JsonParseError {
  const message = error instanceof Error ? error.message : String(error)
  const value = text.slice(start, end)
  const offset = errorOffset(value, message)
  // Failing at the very end means the value was cut short, whatever V8 expected to see next.
  const reason = offset >= value.length ? 'Unexpected end of JSON input' : describeReason(message)
  const position = start + Math.min(offset, value.length)
  const { line, column } = lineAndColumn(text, position)
  return new JsonParseError(reason, position, line, column)
}

function errorOffset(value: string, message: string): number {
  const reported = reportedPosition(message)
  if (reported !== undefined) return reported
  if (isEndOfInput(message)) return value.length
  return firstBadCharacter(value)
}

function reportedPosition(message: string): number | undefined {
  const match = / at position (\d+)/.exec(message)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

function isEndOfInput(message: string): boolean {
  return message.includes('end of JSON input')
}

/**
 * V8 names an unexpected token but not where it is. The shortest prefix that fails for a
 * reason other than running out of input ends at that token; find it by bisection
 * (this runs only on the error path).
 */
function firstBadCharacter(value: string): number {
  let good = 0
  let bad = value.length
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2)
    if (failsBeforeEnd(value.slice(0, middle))) bad = middle
    else good = middle
  }
  return bad - 1
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix)
    return false
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (isEndOfInput(message)) return false
    const reported = reportedPosition(message)
    return reported === undefined || reported < prefix.length
  }
}

/** V8's reason without its position and without the echo of the (possibly huge) input. */
function describeReason(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '')
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < position;
    index = text.indexOf('\n', index + 1)
  ) {
    line++
    lineStart = index + 1
  }
  return { line, column: position - lineStart + 1 }
}
