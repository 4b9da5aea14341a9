import type { LlmCall } from '../extract/model.js'
import type { Assertion } from './format.js'

/** Headroom over the production answer's length, as toad-eye's export uses. */
const LENGTH_HEADROOM = 1.5

/**
 * Phrases of the usual English refusals, lowercase (`not_contains` compares case-insensitively).
 * A phrase becomes an assertion only when the production answer did not contain it.
 */
export const REFUSAL_PHRASES = [
  'i cannot',
  "i can't",
  'i am unable to',
  "i'm unable to",
  "i'm sorry, but",
  'as an ai'
] as const

/**
 * The baseline assertions of DESIGN.md, generated from what the model really answered:
 * a new answer much longer than production, a refusal where production answered, broken
 * JSON where production gave JSON, or a tool left uncalled is a regression.
 */
export function baselineAssertions(call: Pick<LlmCall, 'output' | 'outputToolCalls'>): Assertion[] {
  const assertions: Assertion[] = []
  const output = call.output
  if (output !== undefined && output !== '') {
    assertions.push({ type: 'max_length', value: Math.ceil(output.length * LENGTH_HEADROOM) })
    const lower = output.toLowerCase()
    for (const phrase of REFUSAL_PHRASES) {
      if (!lower.includes(phrase)) assertions.push({ type: 'not_contains', value: phrase })
    }
    if (isJsonObjectOrArray(output)) assertions.push({ type: 'is_json', value: true })
  }
  const toolNames = [...new Set((call.outputToolCalls ?? []).map(toolCall => toolCall.name))]
  for (const name of toolNames) assertions.push({ type: 'calls_tool', value: name })
  return assertions
}

function isJsonObjectOrArray(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false
  try {
    const parsed: unknown = JSON.parse(trimmed)
    return parsed !== null && typeof parsed === 'object'
  } catch {
    return false
  }
}
