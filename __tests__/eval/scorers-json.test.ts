import { describe, expect, it } from '@jest/globals'
import { scoreOne } from './scorers-helpers.js'

describe('is_json', () => {
  it('passes any JSON value, surrounding whitespace allowed, as toad-eye parses it', async () => {
    expect(await scoreOne({ type: 'is_json', value: true }, '\n{"status": "ok"}\n')).toEqual({
      type: 'is_json',
      passed: true,
      reason: 'valid JSON (object)'
    })
    expect((await scoreOne({ type: 'is_json' }, '[1, 2]')).reason).toBe('valid JSON (array)')
    expect((await scoreOne({ type: 'is_json' }, '42')).reason).toBe('valid JSON (integer)')
  })

  it('fails prose with the start of the answer', async () => {
    expect(
      await scoreOne({ type: 'is_json' }, 'Sure! Here is the JSON you asked for: {"a": 1}')
    ).toEqual({
      type: 'is_json',
      passed: false,
      reason: 'not JSON: starts with "Sure! Here is the JSON you asked for: {\\"…"'
    })
  })

  it('points at a code fence, the usual near miss', async () => {
    expect((await scoreOne({ type: 'is_json' }, '```json\n{"a": 1}\n```')).reason).toBe(
      'not JSON: wrapped in a ``` code fence (contains_json allows that)'
    )
  })

  it('fails an empty answer', async () => {
    expect((await scoreOne({ type: 'is_json' }, '  ')).reason).toBe('not JSON: empty answer')
  })
})

describe('json_schema', () => {
  const person = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 2, maxLength: 20, pattern: '^[A-Z]' },
      age: { type: 'integer', minimum: 18, maximum: 130 },
      role: { enum: ['admin', 'user'] },
      tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 },
      kind: { const: 'person' }
    },
    required: ['name', 'age'],
    additionalProperties: false
  }

  it('passes a matching answer', async () => {
    const answer = '{"name": "Ada", "age": 36, "role": "admin", "tags": ["math"], "kind": "person"}'
    expect(await scoreOne({ type: 'json_schema', value: person }, answer)).toEqual({
      type: 'json_schema',
      passed: true,
      reason: 'matches the schema'
    })
  })

  it('names the first violation by JSON pointer and counts the rest', async () => {
    expect(await scoreOne({ type: 'json_schema', value: person }, '{"age": 17}')).toEqual({
      type: 'json_schema',
      passed: false,
      reason: '/name: required property missing (+1 more)'
    })
  })

  it('checks each keyword', async () => {
    const reasonFor = async (answer: string): Promise<string> =>
      (await scoreOne({ type: 'json_schema', value: person }, answer)).reason
    const valid = { name: 'Ada', age: 36 }
    const variant = (patch: object): string => JSON.stringify({ ...valid, ...patch })
    expect(await reasonFor(variant({ age: 36.5 }))).toBe('/age: expected integer, got number')
    expect(await reasonFor(variant({ age: 200 }))).toBe('/age: 200 > maximum 130')
    expect(await reasonFor(variant({ name: 'A' }))).toBe('/name: 1 chars < minLength 2')
    expect(await reasonFor(variant({ name: 'x'.repeat(21) }))).toBe(
      '/name: 21 chars > maxLength 20 (+1 more)'
    )
    expect(await reasonFor(variant({ name: 'ada' }))).toBe('/name: "ada" does not match /^[A-Z]/')
    expect(await reasonFor(variant({ role: 'root' }))).toBe('/role: "root" not in enum')
    expect(await reasonFor(variant({ tags: [] }))).toBe('/tags: 0 items < minItems 1')
    expect(await reasonFor(variant({ tags: ['a', 'b', 'c', 'd'] }))).toBe(
      '/tags: 4 items > maxItems 3'
    )
    expect(await reasonFor(variant({ tags: ['a', 2] }))).toBe(
      '/tags/1: expected string, got integer'
    )
    expect(await reasonFor(variant({ kind: 'robot' }))).toBe(
      '/kind: "robot" is not the const value'
    )
    expect(await reasonFor(variant({ extra: 1 }))).toBe('/extra: property not allowed')
    expect(await reasonFor('[]')).toBe('/: expected object, got array')
  })

  it('counts string length in code points, as JSON Schema does', async () => {
    const schema = { type: 'string', maxLength: 1 }
    expect((await scoreOne({ type: 'json_schema', value: schema }, '"🐸"')).passed).toBe(true)
  })

  it('supports exclusive bounds and combinators', async () => {
    const schema = {
      anyOf: [
        { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        { type: 'string', enum: ['none'] }
      ]
    }
    expect((await scoreOne({ type: 'json_schema', value: schema }, '0.5')).passed).toBe(true)
    expect((await scoreOne({ type: 'json_schema', value: schema }, '"none"')).passed).toBe(true)
    expect((await scoreOne({ type: 'json_schema', value: schema }, '1')).reason).toBe(
      '/: matches none of anyOf (/: 1 ≥ exclusiveMaximum 1)'
    )
    const oneOf = { oneOf: [{ type: 'integer' }, { type: 'number' }] }
    expect((await scoreOne({ type: 'json_schema', value: oneOf }, '3')).reason).toBe(
      '/: matches 2 of oneOf, expected exactly 1'
    )
    expect((await scoreOne({ type: 'json_schema', value: oneOf }, '3.5')).passed).toBe(true)
    const allOfNot = { allOf: [{ type: 'string' }, { not: { const: 'forbidden' } }] }
    expect((await scoreOne({ type: 'json_schema', value: allOfNot }, '"forbidden"')).reason).toBe(
      '/: matches the schema under not'
    )
  })

  it('validates additional properties against a schema and accepts the schema alias key', async () => {
    const schema = { type: 'object', additionalProperties: { type: 'number' } }
    expect((await scoreOne({ type: 'json_schema', schema }, '{"a": 1, "b": "x"}')).reason).toBe(
      '/b: expected number, got string'
    )
  })

  it('escapes property names in pointers', async () => {
    const schema = { type: 'object', required: ['a/b'] }
    expect((await scoreOne({ type: 'json_schema', value: schema }, '{}')).reason).toBe(
      '/a~1b: required property missing'
    )
  })

  it('fails an answer that is not JSON before checking the schema', async () => {
    expect((await scoreOne({ type: 'json_schema', value: person }, 'no')).reason).toBe(
      'not JSON: starts with "no"'
    )
  })
})

describe('contains_json', () => {
  it('finds JSON in a code fence', async () => {
    expect(
      await scoreOne({ type: 'contains_json' }, 'Here:\n```json\n{"a": 1}\n```\nDone.')
    ).toEqual({
      type: 'contains_json',
      passed: true,
      reason: 'JSON object in a code fence at char 14'
    })
  })

  it('finds JSON after prose, skipping brackets that are not JSON', async () => {
    expect(
      (await scoreOne({ type: 'contains_json', value: true }, 'Options [see below]: ["a", "b"] ok'))
        .reason
    ).toBe('JSON array at char 21')
  })

  it('fails when there is no object or array', async () => {
    expect(await scoreOne({ type: 'contains_json' }, 'The answer is 42.')).toEqual({
      type: 'contains_json',
      passed: false,
      reason: 'no JSON object or array found'
    })
  })

  it('with a schema, passes when any found value matches it', async () => {
    const schema = { type: 'object', required: ['id'] }
    const answer = 'First {"name": "x"} then {"id": 7}'
    expect(await scoreOne({ type: 'contains_json', schema }, answer)).toEqual({
      type: 'contains_json',
      passed: true,
      reason: 'JSON object at char 25 matches the schema'
    })
    expect(await scoreOne({ type: 'contains_json', value: schema }, 'Only {"name": "x"}')).toEqual({
      type: 'contains_json',
      passed: false,
      reason: '1 JSON value found, none matches the schema: /id: required property missing'
    })
  })

  it('handles braces inside JSON strings', async () => {
    const answer = 'Result: {"template": "Hello {name}]", "n": 1} end'
    expect(
      (await scoreOne({ type: 'contains_json', schema: { required: ['n'] } }, answer)).passed
    ).toBe(true)
  })
})
