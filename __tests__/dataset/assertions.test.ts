import { describe, expect, it } from '@jest/globals'
import { baselineAssertions, REFUSAL_PHRASES } from '../../src/dataset/assertions.js'

const refusals = REFUSAL_PHRASES.map(value => ({ type: 'not_contains', value }))

describe('baselineAssertions', () => {
  it('bounds the length at 1.5 times the production answer, rounded up', () => {
    expect(baselineAssertions({ output: 'x'.repeat(101) })[0]).toEqual({
      type: 'max_length',
      value: 152
    })
  })

  it('asserts every refusal phrase the production answer did not contain', () => {
    expect(baselineAssertions({ output: 'Sure: 4.' })).toEqual([
      { type: 'max_length', value: 12 },
      ...refusals
    ])
  })

  it('leaves out refusal phrases production itself used, whatever their case', () => {
    const assertions = baselineAssertions({ output: "I can't share that. As an AI I cannot." })
    expect(assertions.filter(a => a.type === 'not_contains').map(a => a.value)).toEqual([
      'i am unable to',
      "i'm unable to",
      "i'm sorry, but"
    ])
  })

  it('adds is_json for a JSON object or array answer only', () => {
    expect(baselineAssertions({ output: ' {"order":"A-1187"} ' })).toContainEqual({
      type: 'is_json',
      value: true
    })
    expect(baselineAssertions({ output: '[1, 2]' })).toContainEqual({
      type: 'is_json',
      value: true
    })
    for (const output of ['42', '"text"', '{broken', 'null']) {
      expect(baselineAssertions({ output }).map(a => a.type)).not.toContain('is_json')
    }
  })

  it('requires each tool production called, once per tool name', () => {
    const assertions = baselineAssertions({
      output: '',
      outputToolCalls: [
        { name: 'lookup_order', arguments: { order_id: 'A-1187' } },
        { name: 'lookup_order', arguments: { order_id: 'A-1188' } },
        { name: 'notify' }
      ]
    })
    expect(assertions).toEqual([
      { type: 'calls_tool', value: 'lookup_order' },
      { type: 'calls_tool', value: 'notify' }
    ])
  })

  it('writes nothing when no answer was recorded', () => {
    expect(baselineAssertions({ output: undefined })).toEqual([])
  })
})
