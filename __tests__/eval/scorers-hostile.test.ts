import { describe, expect, it } from '@jest/globals'
import type { Assertion } from '../../src/dataset/format.js'
import { isScorerError, scoreAnswer } from '../../src/eval/scorers/index.js'
import { answerOf, scoreOne, toolAnswer } from './scorers-helpers.js'

const HUGE = 5_000_000

describe('scoreAnswer', () => {
  it('keeps the order of the assertions and echoes each one beside its result', async () => {
    const assertions: Assertion[] = [
      { type: 'max_length', value: 10 },
      { type: 'contains', value: 'paris' }
    ]
    expect(await scoreAnswer(assertions, answerOf('Paris'), { input: 'q' })).toEqual([
      {
        type: 'max_length',
        passed: true,
        reason: '5 chars ≤ max 10',
        score: 5,
        assertion: assertions[0]
      },
      {
        type: 'contains',
        passed: true,
        reason: 'contains "paris": found at char 0',
        assertion: assertions[1]
      }
    ])
  })

  it('never throws: unknown types and invalid values become error results', async () => {
    const results = await scoreAnswer(
      [
        { type: 'contain', value: 'x' },
        { type: 'max_length', value: -3 },
        { type: 'contains', value: 'x' }
      ],
      answerOf('x'),
      { input: 'q' }
    )
    expect(
      results.map(({ type, passed, reason, error }) => ({ type, passed, reason, error }))
    ).toEqual([
      {
        type: 'contain',
        passed: false,
        error: true,
        reason: 'error: unknown assertion type "contain"'
      },
      {
        type: 'max_length',
        passed: false,
        error: true,
        reason: 'error: invalid assertion: value must be a positive integer, got -3'
      },
      { type: 'contains', passed: true, error: undefined, reason: 'contains "x": found at char 0' }
    ])
    expect(results.map(isScorerError)).toEqual([true, true, false])
  })
})

describe('hostile answers', () => {
  it(`scores a ${HUGE.toLocaleString('en')}-character answer quickly, with short reasons`, async () => {
    const huge = `${'lorem ipsum '.repeat(HUGE / 12)}I cannot {"a": [1, 2]}`
    const started = Date.now()
    const results = await scoreAnswer(
      [
        { type: 'max_length', value: 1000 },
        { type: 'not_contains', value: 'i cannot' },
        { type: 'regex', value: 'ipsum\\s+I' },
        { type: 'equals', value: 'short' },
        { type: 'is_json' },
        { type: 'contains_json', schema: { type: 'object', required: ['a'] } },
        { type: 'similar', value: 'lorem ipsum dolor' },
        { type: 'starts_with', value: 'Dear' }
      ],
      answerOf(huge),
      { input: 'q' }
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(results.map(result => result.passed)).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
      false,
      false
    ])
    for (const result of results) expect(result.reason.length).toBeLessThanOrEqual(120)
    expect(results[0]?.reason).toBe(`${huge.length} chars > max 1000`)
    expect(results[1]?.reason).toBe(
      `not_contains "i cannot": found at char 4999992: "…m ipsum I cannot {\\"a\\": [1, 2]}"`
    )
  })

  it('stays linear on megabytes of unclosed brackets', async () => {
    const started = Date.now()
    const result = await scoreOne({ type: 'contains_json' }, '['.repeat(1_000_000))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(result.reason).toBe('no JSON object or array found')
  })

  it('treats __proto__ in an answer as a plain key, polluting nothing', async () => {
    const answer = '{"__proto__": {"admin": true}, "constructor": {"prototype": 1}}'
    // Parsed, as a schema from a dataset is: `__proto__` is then an own key, not the prototype.
    const ownSchema = JSON.parse(`{
      "type": "object",
      "required": ["__proto__"],
      "properties": { "__proto__": { "type": "object", "required": ["admin"] } },
      "additionalProperties": false
    }`) as Record<string, unknown>
    const result = await scoreOne({ type: 'json_schema', value: ownSchema }, answer)
    expect(result.reason).toBe('/constructor: property not allowed')
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
    const missing = await scoreOne(
      { type: 'json_schema', value: { required: ['__proto__', 'toString'] } },
      '{}'
    )
    expect(missing.reason).toBe('/__proto__: required property missing (+1 more)')
  })

  it('does not find prototype keys in tool arguments', async () => {
    const answer = toolAnswer([{ name: 'save', arguments: {} }])
    const expected = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>
    expect(
      (await scoreOne({ type: 'calls_tool', value: 'save', arguments: expected }, answer)).reason
    ).toBe('save: arguments differ at /__proto__: expected a mapping, got missing')
    const toString = { toString: 'x' }
    expect(
      (await scoreOne({ type: 'calls_tool', value: 'save', arguments: toString }, answer)).passed
    ).toBe(false)
  })

  it('keeps quotes, newlines and control characters of snippets escaped on one line', async () => {
    const result = await scoreOne({ type: 'equals', value: 'a' }, 'b\n"\u0007')
    expect(result.reason).toBe('differs at char 0: expected "a", got "b\\n\\"\\u0007"')
  })

  it('cuts a long judge reason to 120 characters', async () => {
    const result = await scoreOne({ type: 'llm_judge', criteria: 'x' }, 'y', {
      judge: async () => ({
        passed: false,
        reason: `Because ${'very '.repeat(40)}wrong.\nSecond line.`
      })
    })
    expect(result.reason).toBe(`${`Because ${'very '.repeat(40)}`.slice(0, 119)}…`)
    expect(result.reason).toHaveLength(120)
  })
})
