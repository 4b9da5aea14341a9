/**
 * The assertion types the runner knows: one table from type name to scorer. Aliases point at the
 * same scorer and keep their own name in results (`matches_regex` is reported as written).
 */
import { contains, equals, notContains, startsWith } from './text.js'
import { maxLength, minLength } from './length.js'
import { regex } from './regex.js'
import { containsJson, isJson, jsonSchema } from './json.js'
import { maxCost, maxLatency } from './metrics.js'
import { callsTool, notCallsTool } from './tools.js'
import { llmJudge } from './judge.js'
import { similar } from './similar.js'
import type { Scorer } from './types.js'

// A Map, not an object: a dataset's `type: __proto__` or `type: constructor` must not find anything.
const SCORERS: ReadonlyMap<string, Scorer> = new Map([
  ['max_length', maxLength],
  ['min_length', minLength],
  ['contains', contains],
  ['not_contains', notContains],
  ['equals', equals],
  ['starts_with', startsWith],
  ['regex', regex],
  ['matches_regex', regex], // toad-eye's name
  ['is_json', isJson],
  ['json_schema', jsonSchema],
  ['contains_json', containsJson],
  ['latency_ms', maxLatency],
  ['max_latency_ms', maxLatency],
  ['cost', maxCost],
  ['max_cost', maxCost],
  ['calls_tool', callsTool],
  ['not_calls_tool', notCallsTool],
  ['llm_judge', llmJudge],
  ['similar', similar]
])

/** Every assertion type accepted, aliases included, sorted for messages. */
export const ASSERTION_TYPES: readonly string[] = [...SCORERS.keys()].sort()

export function scorerFor(type: string): Scorer | undefined {
  return SCORERS.get(type)
}

/** Names other eval tools use (promptfoo's mostly) for types we have under another name. */
const FOREIGN_NAMES: Record<string, string> = {
  icontains: 'contains',
  'llm-rubric': 'llm_judge',
  latency: 'latency_ms',
  'starts-with': 'starts_with',
  'is-json': 'is_json',
  'contains-json': 'contains_json'
}

/** The known type an unknown one was probably meant to be, for "did you mean" hints. */
export function suggestType(type: string): string | undefined {
  const lower = type.toLowerCase()
  if (Object.hasOwn(FOREIGN_NAMES, lower)) return FOREIGN_NAMES[lower]
  const underscored = lower.replace(/[-\s]/g, '_')
  if (SCORERS.has(underscored)) return underscored
  let best: { type: string; distance: number } | undefined
  for (const known of ASSERTION_TYPES) {
    const distance = editDistance(underscored, known)
    if (distance <= 2 && (!best || distance < best.distance)) best = { type: known, distance }
  }
  return best?.type
}

/** Levenshtein distance; type names are short, so the quadratic table is nothing. */
function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? Infinity
}
