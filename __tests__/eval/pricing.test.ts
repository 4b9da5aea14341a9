import { describe, expect, it } from '@jest/globals'
import { costOf, DEFAULT_PRICES, priceOf, priceTable } from '../../src/eval/pricing.js'

describe('priceOf', () => {
  it('finds exact names and dated versions by the longest prefix', () => {
    expect(priceOf('gpt-4o', DEFAULT_PRICES)).toEqual({ input: 2.5, output: 10 })
    expect(priceOf('gpt-4o-mini-2024-07-18', DEFAULT_PRICES)).toEqual({ input: 0.15, output: 0.6 })
    expect(priceOf('gpt-4o-2024-08-06', DEFAULT_PRICES)).toEqual({ input: 2.5, output: 10 })
    expect(priceOf('gpt-4o-2024-05-13', DEFAULT_PRICES)).toEqual({ input: 5, output: 15 })
    expect(priceOf('claude-3-5-sonnet-20241022', DEFAULT_PRICES)).toEqual({ input: 3, output: 15 })
    expect(priceOf('claude-3-5-haiku-latest', DEFAULT_PRICES)).toEqual({ input: 0.8, output: 4 })
    expect(priceOf('claude-opus-4-20250514', DEFAULT_PRICES)).toEqual({ input: 15, output: 75 })
    expect(priceOf('claude-opus-4-5-20251101', DEFAULT_PRICES)).toEqual({ input: 5, output: 25 })
    expect(priceOf('o3-pro-2025-06-10', DEFAULT_PRICES)).toEqual({ input: 20, output: 80 })
  })

  it('matches prefixes only at a name boundary', () => {
    // `gpt-4` must not price `gpt-4o-…` or `gpt-4.1-…`, nor `o1` price `o1x`.
    expect(priceOf('gpt-4.1-nano-2025-04-14', DEFAULT_PRICES)).toEqual({ input: 0.1, output: 0.4 })
    expect(priceOf('gpt-4-0613', DEFAULT_PRICES)).toEqual({ input: 30, output: 60 })
    expect(priceOf('o1x', DEFAULT_PRICES)).toBeUndefined()
  })

  it('ignores router and cloud prefixes and letter case', () => {
    expect(priceOf('openai/gpt-4o-mini', DEFAULT_PRICES)).toEqual({ input: 0.15, output: 0.6 })
    expect(priceOf('us.anthropic.claude-3-7-sonnet-20250219-v1:0', DEFAULT_PRICES)).toEqual({
      input: 3,
      output: 15
    })
    expect(priceOf('claude-3-5-sonnet-v2@20241022', DEFAULT_PRICES)).toEqual({
      input: 3,
      output: 15
    })
    expect(priceOf('GPT-4o', DEFAULT_PRICES)).toEqual({ input: 2.5, output: 10 })
  })
})

describe('priceTable', () => {
  it('lays overrides over the defaults', () => {
    const prices = priceTable({
      'gpt-4o': { input: 1, output: 2 },
      'llama3.1': { input: 0, output: 0 }
    })
    expect(priceOf('gpt-4o-2024-11-20', prices)).toEqual({ input: 1, output: 2 })
    expect(priceOf('llama3.1:8b', prices)).toEqual({ input: 0, output: 0 })
    expect(priceOf('gpt-4o-mini', prices)).toEqual({ input: 0.15, output: 0.6 })
  })
})

describe('costOf', () => {
  it('prices input and output tokens per million', () => {
    expect(costOf('gpt-4o', { input: 1000, output: 500 })).toBeCloseTo(0.0075, 10)
    expect(costOf('claude-sonnet-4-20250514', { input: 2_000_000, output: 0 })).toBe(6)
    expect(costOf('gpt-4o-mini', { output: 1_000_000 })).toBeCloseTo(0.6, 10)
  })

  it('is unknown, not free, for an unpriced model or missing usage', () => {
    expect(costOf('my-finetune', { input: 1000, output: 1000 })).toBeUndefined()
    expect(costOf('gpt-4o', {})).toBeUndefined()
    expect(
      costOf('local', { input: 10, output: 10 }, priceTable({ local: { input: 0, output: 0 } }))
    ).toBe(0)
  })
})
