import { describe, expect, it } from '@jest/globals'
import { REGEX_TIMEOUT_MS } from '../../src/eval/scorers/index.js'
import { scoreOne } from './scorers-helpers.js'

describe('max_length and min_length', () => {
  it('passes within the limit and fails beyond it, with the length as score', async () => {
    expect(await scoreOne({ type: 'max_length', value: 300 }, 'x'.repeat(300))).toEqual({
      type: 'max_length',
      passed: true,
      reason: '300 chars ≤ max 300',
      score: 300
    })
    expect(await scoreOne({ type: 'max_length', value: 300 }, 'x'.repeat(412))).toEqual({
      type: 'max_length',
      passed: false,
      reason: '412 chars > max 300',
      score: 412
    })
  })

  it('counts JavaScript string length, as toad-eye does (an emoji is 2)', async () => {
    expect((await scoreOne({ type: 'max_length', value: 1 }, '🐸')).reason).toBe('2 chars > max 1')
  })

  it('fails min_length below the minimum', async () => {
    expect(await scoreOne({ type: 'min_length', value: 50 }, 'too short')).toEqual({
      type: 'min_length',
      passed: false,
      reason: '9 chars < min 50',
      score: 9
    })
    expect((await scoreOne({ type: 'min_length', value: 3 }, 'abc')).reason).toBe('3 chars ≥ min 3')
  })
})

describe('contains and not_contains', () => {
  it('finds a phrase case-insensitively by default, as toad-eye does', async () => {
    expect(await scoreOne({ type: 'contains', value: 'MLOps' }, 'mlops is a practice')).toEqual({
      type: 'contains',
      passed: true,
      reason: 'contains "MLOps": found at char 0'
    })
    expect(await scoreOne({ type: 'contains', value: 'refund' }, 'No money back.')).toEqual({
      type: 'contains',
      passed: false,
      reason: 'contains "refund": not found'
    })
  })

  it('respects case with case_sensitive: true', async () => {
    const result = await scoreOne(
      { type: 'contains', value: 'MLOps', case_sensitive: true },
      'mlops'
    )
    expect(result.passed).toBe(false)
  })

  it('reads numbers written in YAML as text', async () => {
    expect((await scoreOne({ type: 'contains', value: 2025 }, 'in 2025')).passed).toBe(true)
  })

  it('treats typographic apostrophes as plain ones, so exported refusals catch I can’t', async () => {
    expect(
      await scoreOne({ type: 'not_contains', value: "i can't" }, 'Sorry, I can’t help with that.')
    ).toEqual({
      type: 'not_contains',
      passed: false,
      reason: `not_contains "i can't": found at char 7: "Sorry, I can’t help with that."`
    })
    expect((await scoreOne({ type: 'contains', value: 'I can’t' }, "i can't")).passed).toBe(true)
  })

  it('quotes a short snippet around the refusal, never the whole answer', async () => {
    const answer = `${'Long preamble. '.repeat(20)}As an AI, I cannot do that. ${'More text. '.repeat(50)}`
    const result = await scoreOne({ type: 'not_contains', value: 'as an ai' }, answer)
    expect(result).toEqual({
      type: 'not_contains',
      passed: false,
      reason: 'not_contains "as an ai": found at char 300: "…eamble. As an AI, I cannot do th…"'
    })
  })

  it('passes not_contains when the phrase is absent', async () => {
    expect(await scoreOne({ type: 'not_contains', value: 'I cannot' }, 'Here you go.')).toEqual({
      type: 'not_contains',
      passed: true,
      reason: 'not_contains "I cannot": absent'
    })
  })

  it('matches regex special characters literally', async () => {
    expect(
      (await scoreOne({ type: 'contains', value: 'a.b*(c)' }, 'see a.b*(c) here')).passed
    ).toBe(true)
    expect((await scoreOne({ type: 'contains', value: 'a.b*' }, 'axbbb')).passed).toBe(false)
  })
})

describe('starts_with', () => {
  it('ignores leading whitespace and case', async () => {
    expect(
      await scoreOne({ type: 'starts_with', value: 'Dear customer' }, '\n  dear Customer, thanks')
    ).toEqual({
      type: 'starts_with',
      passed: true,
      reason: 'starts_with "Dear customer": yes'
    })
  })

  it('shows how the answer starts when it does not', async () => {
    expect(
      await scoreOne({ type: 'starts_with', value: 'Dear' }, 'Hi there, this is a long greeting')
    ).toEqual({
      type: 'starts_with',
      passed: false,
      reason: 'starts_with "Dear": starts with "Hi there, this is a long…"'
    })
  })
})

describe('equals', () => {
  it('passes on the exact text', async () => {
    expect(await scoreOne({ type: 'equals', value: 'Paris' }, 'Paris')).toEqual({
      type: 'equals',
      passed: true,
      reason: 'equals "Paris"'
    })
  })

  it('is exact: a trailing newline differs unless trim is set', async () => {
    expect(await scoreOne({ type: 'equals', value: 'Paris' }, 'Paris\n')).toEqual({
      type: 'equals',
      passed: false,
      reason: 'differs at char 5: expected "Paris", got "Paris\\n"'
    })
    expect(
      (await scoreOne({ type: 'equals', value: 'Paris', trim: true }, ' Paris\n')).passed
    ).toBe(true)
  })

  it('shows where the texts part', async () => {
    const result = await scoreOne(
      { type: 'equals', value: 'The capital is Paris.' },
      'The capital is Lyon.'
    )
    expect(result.reason).toBe(
      'differs at char 15: expected "…ital is Paris.", got "…ital is Lyon."'
    )
  })

  it('accepts an empty expected answer', async () => {
    expect((await scoreOne({ type: 'equals', value: '' }, '')).passed).toBe(true)
  })
})

describe('regex', () => {
  it('reports what matched', async () => {
    expect(await scoreOne({ type: 'regex', value: '\\d{4}' }, 'Founded in 2025.')).toEqual({
      type: 'regex',
      passed: true,
      reason: 'matched /\\d{4}/ at "2025"'
    })
  })

  it('fails when nothing matches, keeping the alias name in the result', async () => {
    expect(await scoreOne({ type: 'matches_regex', value: '^\\d+$' }, 'forty-two')).toEqual({
      type: 'matches_regex',
      passed: false,
      reason: 'no match for /^\\d+$/'
    })
  })

  it('applies flags, and none by default like toad-eye', async () => {
    expect((await scoreOne({ type: 'regex', value: 'paris' }, 'Paris')).passed).toBe(false)
    expect(await scoreOne({ type: 'regex', value: 'paris', flags: 'i' }, 'Paris')).toEqual({
      type: 'regex',
      passed: true,
      reason: 'matched /paris/i at "Paris"'
    })
  })

  it('stops a catastrophic pattern and reports an error, not a failure', async () => {
    const started = Date.now()
    const result = await scoreOne({ type: 'regex', value: '(a+)+$' }, `${'a'.repeat(40)}!`)
    expect(Date.now() - started).toBeLessThan(REGEX_TIMEOUT_MS + 1500)
    expect(result).toEqual({
      type: 'regex',
      passed: false,
      error: true,
      reason: `error: regex /(a+)+$/ timed out after ${REGEX_TIMEOUT_MS} ms on 41 chars (catastrophic backtracking?)`
    })
  })
})
