/**
 * Phrase scorers: `contains`, `not_contains`, `starts_with` and `equals`.
 *
 * `contains`, `not_contains` and `starts_with` compare case-insensitively unless
 * `case_sensitive: true` (toad-eye's runner lowercases both sides, and its export writes
 * lowercase refusal phrases), and treat typographic apostrophes and quotes as plain ones, so the
 * exported `i can't` still catches a model that writes `I can’t`. `equals` is exact.
 */
import { OptionReader } from './options.js'
import { quote, quoteAround } from './reasons.js'
import { defineScorer } from './types.js'

/** Single code unit for single code unit, so indexes in the normalized text stay valid. */
const TYPOGRAPHIC_CHARACTERS: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201B': "'", // ‛
  '\u02BC': "'", // ʼ (modifier letter apostrophe, common in generated text)
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u00A0': ' ' // no-break space
}
const TYPOGRAPHIC_PATTERN = new RegExp(`[${Object.keys(TYPOGRAPHIC_CHARACTERS).join('')}]`, 'g')

export function normalizeForMatching(text: string, caseSensitive: boolean): string {
  const plain = text.replace(TYPOGRAPHIC_PATTERN, char => TYPOGRAPHIC_CHARACTERS[char] ?? char)
  return caseSensitive ? plain : plain.toLowerCase()
}

interface PhraseOptions {
  phrase: string
  caseSensitive: boolean
}

function parsePhrase(reader: OptionReader): PhraseOptions {
  return {
    phrase: reader.text('value', { required: true }),
    caseSensitive: reader.boolean('case_sensitive', false)
  }
}

interface PhraseMatch {
  index: number
  /** The text to quote from: the answer itself unless lowercasing changed its length. */
  shown: string
}

function findPhrase(answer: string, { phrase, caseSensitive }: PhraseOptions): PhraseMatch | null {
  const haystack = normalizeForMatching(answer, caseSensitive)
  const index = haystack.indexOf(normalizeForMatching(phrase, caseSensitive))
  if (index < 0) return null
  return { index, shown: haystack.length === answer.length ? answer : haystack }
}

export const contains = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result(parsePhrase(reader))
  },
  score(options, answer) {
    const label = `contains ${quote(options.phrase)}`
    const match = findPhrase(answer.output, options)
    return match
      ? { passed: true, reason: `${label}: found at char ${match.index}` }
      : { passed: false, reason: `${label}: not found` }
  }
})

export const notContains = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result(parsePhrase(reader))
  },
  score(options, answer) {
    const label = `not_contains ${quote(options.phrase)}`
    const match = findPhrase(answer.output, options)
    return match
      ? {
          passed: false,
          reason: `${label}: found at char ${match.index}: ${quoteAround(match.shown, match.index)}`
        }
      : { passed: true, reason: `${label}: absent` }
  }
})

/** Leading whitespace is ignored: models often open with a blank line the reader never sees. */
export const startsWith = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result(parsePhrase(reader))
  },
  score({ phrase, caseSensitive }, answer) {
    const label = `starts_with ${quote(phrase)}`
    const opening = answer.output.trimStart()
    const passed = normalizeForMatching(opening, caseSensitive).startsWith(
      normalizeForMatching(phrase, caseSensitive)
    )
    return passed
      ? { passed: true, reason: `${label}: yes` }
      : { passed: false, reason: `${label}: starts with ${quote(opening, 24)}` }
  }
})

/** Exact equality; `trim: true` ignores surrounding whitespace on both sides. */
export const equals = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    const raw = reader.raw('value')
    // `equals: ''` is a legitimate expectation (an empty answer), unlike `contains: ''`.
    const expected = raw === '' ? '' : reader.text('value', { required: true })
    return reader.result({ expected, trim: reader.boolean('trim', false) })
  },
  score({ expected, trim }, answer) {
    const wanted = trim ? expected.trim() : expected
    const got = trim ? answer.output.trim() : answer.output
    if (got === wanted) return { passed: true, reason: `equals ${quote(wanted)}` }
    const at = firstDifference(wanted, got)
    return {
      passed: false,
      reason: `differs at char ${at}: expected ${quoteAround(wanted, at, 24)}, got ${quoteAround(got, at, 24)}`
    }
  }
})

function firstDifference(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length)
  for (let index = 0; index < shorter; index++) {
    if (a[index] !== b[index]) return index
  }
  return shorter
}
