/**
 * Finding JSON objects and arrays inside prose: models wrap JSON in code fences or put a
 * sentence before it. Fenced blocks are tried first, then bracketed spans of the text.
 *
 * Work is bounded for hostile answers (megabytes of `[[[[`): every step is a linear scan, and
 * at most MAX_BRACKET_STARTS opening brackets are tried, so the cost stays a few passes over
 * the answer however it looks.
 */

export interface FoundJson {
  value: unknown
  /** Where the JSON text starts in the answer. */
  index: number
  /** It sat in a ``` code fence. */
  fenced: boolean
}

/** Opening brackets tried after the fences; real answers hold a handful of JSON values. */
const MAX_BRACKET_STARTS = 20

/** JSON objects and arrays in `text`, in the order fences then position. */
export function findJsonValues(text: string): FoundJson[] {
  const found: FoundJson[] = []
  /** Fence bodies that held JSON: the bracket scan skips them instead of finding them twice. */
  const covered: { start: number; end: number }[] = []
  for (const block of codeFenceBodies(text)) {
    const value = parseObjectOrArray(block.body)
    if (value === undefined) continue
    found.push({ value, index: block.index, fenced: true })
    covered.push({ start: block.index, end: block.index + block.body.length })
  }
  let starts = 0
  let from = 0
  while (starts < MAX_BRACKET_STARTS) {
    const start = nextOpeningBracket(text, from)
    if (start < 0) break
    const fence = covered.find(span => span.start <= start && start < span.end)
    if (fence) {
      from = fence.end
      continue
    }
    starts++
    const end = matchingBracketEnd(text, start)
    const value = end < 0 ? undefined : parseObjectOrArray(text.slice(start, end))
    if (value === undefined) {
      from = start + 1
      continue
    }
    found.push({ value, index: start, fenced: false })
    from = end
  }
  return found
}

/** The value when `text` is exactly one JSON object or array (surrounding space allowed). */
export function parseObjectOrArray(text: string): unknown {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined
  try {
    return JSON.parse(trimmed) as unknown
  } catch {
    return undefined
  }
}

interface FenceBody {
  body: string
  index: number
}

/** Bodies of ``` fences, paired in order; an unclosed fence runs to the end of the text. */
export function codeFenceBodies(text: string): FenceBody[] {
  const bodies: FenceBody[] = []
  let position = 0
  for (;;) {
    const open = text.indexOf('```', position)
    if (open < 0) break
    // The info string (`json`, `JSON5`, ...) runs to the end of the opening line.
    const lineEnd = text.indexOf('\n', open)
    if (lineEnd < 0) break
    const close = text.indexOf('```', lineEnd + 1)
    const bodyEnd = close < 0 ? text.length : close
    bodies.push({ body: text.slice(lineEnd + 1, bodyEnd), index: lineEnd + 1 })
    if (close < 0) break
    position = close + 3
  }
  return bodies
}

function nextOpeningBracket(text: string, from: number): number {
  const brace = text.indexOf('{', from)
  const bracket = text.indexOf('[', from)
  if (brace < 0) return bracket
  if (bracket < 0) return brace
  return Math.min(brace, bracket)
}

/** The index after the bracket that closes the one at `start` (strings skipped), or -1. */
function matchingBracketEnd(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') {
      depth--
      if (depth === 0) return index + 1
    }
  }
  return -1
}
