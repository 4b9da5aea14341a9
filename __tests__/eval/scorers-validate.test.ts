import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { baselineAssertions } from '../../src/dataset/assertions.js'
import { ASSERTION_TYPES, validateAssertions } from '../../src/eval/scorers/index.js'

const WHERE = 'evals/support-bot.eval.yaml: case reset-password-01e1a2b3'

function problems(...assertions: unknown[]): string[] {
  return validateAssertions(assertions, WHERE)
}

describe('validateAssertions: what passes', () => {
  it("accepts every assertion of toad-eye's corpus eval suite", () => {
    const suitePath = resolve('../shared/corpus/toad-eye/summarize-eval.yaml')
    const suite = parse(readFileSync(suitePath, 'utf8')) as {
      cases: { id: string; assertions: unknown[] }[]
    }
    const types = suite.cases.flatMap(c => c.assertions.map(a => (a as { type: string }).type))
    expect(new Set(types)).toEqual(new Set(['contains', 'not_contains', 'max_length', 'llm_judge']))
    for (const evalCase of suite.cases) {
      expect(
        validateAssertions(evalCase.assertions, `summarize-eval.yaml: case ${evalCase.id}`)
      ).toEqual([])
    }
  })

  it('accepts everything the export writes', () => {
    const assertions = baselineAssertions({
      output: '{"answer": 42}',
      outputToolCalls: [{ name: 'lookup_order', arguments: { id: 7 } }]
    })
    expect(assertions.map(a => a.type)).toEqual([
      'max_length',
      ...Array<string>(6).fill('not_contains'),
      'is_json',
      'calls_tool'
    ])
    expect(problems(...assertions)).toEqual([])
  })

  it('accepts every type with a sensible value, aliases and options included', () => {
    expect(
      problems(
        { type: 'min_length', value: 0 },
        { type: 'contains', value: 2025 },
        { type: 'contains', value: 'Refund', case_sensitive: true },
        { type: 'equals', value: '', trim: true },
        { type: 'starts_with', value: 'Dear' },
        { type: 'regex', value: '^\\d+$', flags: 'm' },
        { type: 'matches_regex', value: 'x' },
        { type: 'is_json', value: true },
        { type: 'json_schema', value: { type: 'object', required: ['a'], title: 'annotated' } },
        { type: 'json_schema', schema: true },
        { type: 'contains_json' },
        { type: 'contains_json', schema: { type: 'array', items: { type: 'string' } } },
        { type: 'latency_ms', value: 1500 },
        { type: 'max_latency_ms', value: 0.5 },
        { type: 'cost', value: 0 },
        { type: 'max_cost', value: 0.01 },
        { type: 'calls_tool', value: 'search', arguments: { q: 'x' } },
        { type: 'not_calls_tool' },
        { type: 'llm_judge', value: 'Polite' },
        { type: 'similar' },
        { type: 'similar', value: 'reference text', threshold: 0.6, method: 'lexical' }
      )
    ).toEqual([])
  })

  it('knows the types of the issue, with their aliases', () => {
    expect(ASSERTION_TYPES).toEqual([
      'calls_tool',
      'contains',
      'contains_json',
      'cost',
      'equals',
      'is_json',
      'json_schema',
      'latency_ms',
      'llm_judge',
      'matches_regex',
      'max_cost',
      'max_latency_ms',
      'max_length',
      'min_length',
      'not_calls_tool',
      'not_contains',
      'regex',
      'similar',
      'starts_with'
    ])
  })
})

describe('validateAssertions: what is reported', () => {
  it('names an unknown type, suggests the near one and lists the known ones', () => {
    expect(problems({ type: 'contain', value: 'x' })).toEqual([
      `${WHERE}: assertions[0]: unknown type "contain" (did you mean contains?); known types: ${ASSERTION_TYPES.join(', ')}`
    ])
  })

  it("maps other tools' names to ours in the hint", () => {
    expect(problems({ type: 'llm-rubric', value: 'x' })[0]).toContain('(did you mean llm_judge?)')
    expect(problems({ type: 'is-json' })[0]).toContain('(did you mean is_json?)')
    expect(problems({ type: 'completely_made_up' })[0]).not.toContain('did you mean')
  })

  it('does not let prototype names pass as types', () => {
    expect(problems({ type: '__proto__' }, { type: 'constructor' })).toEqual([
      expect.stringContaining(`${WHERE}: assertions[0]: unknown type "__proto__"`),
      expect.stringContaining(`${WHERE}: assertions[1]: unknown type "constructor"`)
    ])
  })

  it('reports a missing type and a non-mapping entry', () => {
    expect(problems({ value: 3 }, 'max_length')).toEqual([
      `${WHERE}: assertions[0]: type must be one of ${ASSERTION_TYPES.join(', ')}; got nothing`,
      `${WHERE}: assertions[1]: an assertion must be a mapping with a type, got "max_length"`
    ])
  })

  it('wants max_length to be a positive integer', () => {
    expect(
      problems(
        { type: 'max_length', value: 'abc' },
        { type: 'max_length', value: 0 },
        { type: 'max_length', value: 1.5 },
        { type: 'max_length' }
      )
    ).toEqual([
      `${WHERE}: assertions[0] (max_length): value must be a positive integer, got "abc"`,
      `${WHERE}: assertions[1] (max_length): value must be a positive integer, got 0`,
      `${WHERE}: assertions[2] (max_length): value must be a positive integer, got 1.5`,
      `${WHERE}: assertions[3] (max_length): value must be a positive integer, got nothing`
    ])
  })

  it('wants min_length to be an integer ≥ 0', () => {
    expect(problems({ type: 'min_length', value: -1 })).toEqual([
      `${WHERE}: assertions[0] (min_length): value must be an integer ≥ 0, got -1`
    ])
  })

  it('wants phrases to be non-empty text and options to be booleans', () => {
    expect(
      problems(
        { type: 'contains', value: '' },
        { type: 'not_contains', value: 'x', case_sensitive: 'yes' },
        { type: 'equals', value: ['a'] }
      )
    ).toEqual([
      `${WHERE}: assertions[0] (contains): value must be a non-empty string, got ""`,
      `${WHERE}: assertions[1] (not_contains): case_sensitive must be true or false, got "yes"`,
      `${WHERE}: assertions[2] (equals): value must be a non-empty string, got a list`
    ])
  })

  it('wants a regex that compiles, with valid flags', () => {
    expect(
      problems({ type: 'regex', value: '(' }, { type: 'matches_regex', value: 'a', flags: 'q' })
    ).toEqual([
      `${WHERE}: assertions[0] (regex): value must be a valid regular expression: Invalid regular expression: /(/: Unterminated group`,
      `${WHERE}: assertions[1] (matches_regex): value must be a valid regular expression: Invalid flags supplied to RegExp constructor 'q'`
    ])
  })

  it('refuses is_json: false rather than guessing it means "not JSON"', () => {
    expect(problems({ type: 'is_json', value: false })).toEqual([
      `${WHERE}: assertions[0] (is_json): value must be true or absent, got false (there is no "must not be JSON"; toad-eye ignores the value)`
    ])
  })

  it('wants json_schema to hold a schema of the supported subset', () => {
    expect(
      problems(
        { type: 'json_schema', value: 'object' },
        { type: 'json_schema' },
        {
          type: 'json_schema',
          value: {
            type: 'obj',
            properties: { id: { $ref: '#/$defs/id' }, age: { minimum: '18' } },
            items: [{ type: 'string' }],
            anyOf: [],
            pattern: '('
          }
        }
      )
    ).toEqual([
      `${WHERE}: assertions[0] (json_schema): value: a schema must be a mapping or a boolean, got "object"`,
      `${WHERE}: assertions[1] (json_schema): value: a schema must be a mapping or a boolean, got nothing`,
      `${WHERE}: assertions[2] (json_schema): value/type: must be one of null, boolean, integer, number, string, array, object or a list of them`,
      `${WHERE}: assertions[2] (json_schema): value/properties/id/$ref: keyword not supported (supported: type, properties, required, additionalProperties, items, enum, const, minimum/maximum, exclusiveMinimum/Maximum, minLength/maxLength, pattern, minItems/maxItems, anyOf/oneOf/allOf/not)`,
      `${WHERE}: assertions[2] (json_schema): value/properties/age/minimum: must be a number`,
      `${WHERE}: assertions[2] (json_schema): value/items: as a list (tuple validation) is not supported; use one schema for every item`,
      `${WHERE}: assertions[2] (json_schema): value/anyOf: must be a non-empty list of schemas`,
      `${WHERE}: assertions[2] (json_schema): value/pattern: must compile in unicode mode: Invalid regular expression: /(/u: Unterminated group`
    ])
  })

  it('checks the schema of contains_json under the key it was given', () => {
    expect(
      problems(
        { type: 'contains_json', value: false },
        { type: 'contains_json', schema: { required: 'id' } }
      )
    ).toEqual([
      `${WHERE}: assertions[0] (contains_json): value must be true, a JSON schema mapping or absent, got false`,
      `${WHERE}: assertions[1] (contains_json): schema/required: must be a list of property names`
    ])
  })

  it('wants budgets to be numbers', () => {
    expect(
      problems({ type: 'latency_ms', value: 0 }, { type: 'max_cost', value: '$0.01' })
    ).toEqual([
      `${WHERE}: assertions[0] (latency_ms): value must be a number > 0, got 0`,
      `${WHERE}: assertions[1] (max_cost): value must be a number ≥ 0, got "$0.01"`
    ])
  })

  it('wants calls_tool to name a tool and arguments to be a mapping', () => {
    expect(
      problems({ type: 'calls_tool' }, { type: 'calls_tool', value: 'search', arguments: 'q=x' })
    ).toEqual([
      `${WHERE}: assertions[0] (calls_tool): value must be a non-empty string, got nothing`,
      `${WHERE}: assertions[1] (calls_tool): arguments must be a mapping, got "q=x"`
    ])
  })

  it('wants llm_judge criteria (value accepted as alias)', () => {
    expect(problems({ type: 'llm_judge' }, { type: 'llm_judge', criteria: '' })).toEqual([
      `${WHERE}: assertions[0] (llm_judge): criteria must be a non-empty string, got nothing`,
      `${WHERE}: assertions[1] (llm_judge): criteria must be a non-empty string, got ""`
    ])
  })

  it('wants similar thresholds in (0, 1] and a known method', () => {
    expect(problems({ type: 'similar', threshold: 1.5, method: 'cosine' })).toEqual([
      `${WHERE}: assertions[0] (similar): method must be embedding or lexical (or absent: embedding when available)`,
      `${WHERE}: assertions[0] (similar): threshold must be a number > 0 and ≤ 1, got 1.5`
    ])
  })
})
