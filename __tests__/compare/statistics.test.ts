import { describe, expect, it } from '@jest/globals'
import { fisherHeadBetter, fisherHeadWorse, percentile } from '../../src/compare/statistics.js'

describe('fisherHeadWorse', () => {
  // Exact values: sums of hypergeometric terms in rational arithmetic, equal to R's
  // fisher.test(matrix(c(basePass, headPass, baseFail, headFail), 2), alternative = 'greater').
  it.each([
    [10, 0, 3, 7, 1 / 646],
    [3, 1, 1, 3, 17 / 70], // R's TeaTasting example: p-value = 0.2429
    [5, 0, 0, 5, 1 / 252],
    [3, 0, 0, 3, 1 / 20],
    [2, 0, 0, 2, 1 / 6],
    [10, 0, 5, 5, 21 / 1292],
    [8, 2, 3, 7, 293 / 8398],
    [20, 0, 16, 4, 51 / 962],
    [5, 0, 1, 4, 1 / 42],
    [6, 4, 6, 4, 5669 / 8398],
    [50, 50, 30, 70, 0.00296867058301],
    [1, 0, 0, 1, 0.5],
    [1, 0, 1, 0, 1],
    [0, 1, 1, 0, 1],
    [0, 5, 5, 0, 1],
    [0, 0, 0, 0, 1]
  ])('[[%i, %i], [%i, %i]] gives %f', (basePass, baseFail, headPass, headFail, expected) => {
    const p = fisherHeadWorse({ basePass, baseFail, headPass, headFail })
    expect(Math.abs(p - expected)).toBeLessThan(1e-9)
  })

  it('never exceeds 1', () => {
    expect(
      fisherHeadWorse({ basePass: 40, baseFail: 60, headPass: 60, headFail: 40 })
    ).toBeLessThanOrEqual(1)
  })

  it('rejects counts that are not whole numbers', () => {
    expect(() => fisherHeadWorse({ basePass: 1.5, baseFail: 0, headPass: 0, headFail: 1 })).toThrow(
      'whole numbers >= 0, got 1.5'
    )
    expect(() => fisherHeadWorse({ basePass: -1, baseFail: 0, headPass: 0, headFail: 1 })).toThrow(
      RangeError
    )
  })
})

describe('fisherHeadBetter', () => {
  it('is the other tail', () => {
    expect(fisherHeadBetter({ basePass: 3, baseFail: 7, headPass: 10, headFail: 0 })).toBeCloseTo(
      1 / 646,
      12
    )
    expect(fisherHeadBetter({ basePass: 10, baseFail: 0, headPass: 3, headFail: 7 })).toBe(1)
  })
})

describe('percentile (nearest rank)', () => {
  it('returns an observed value', () => {
    const latencies = [400, 100, 300, 200]
    expect(percentile(latencies, 50)).toBe(200)
    expect(percentile(latencies, 95)).toBe(400)
    expect(percentile(latencies, 100)).toBe(400)
    expect(percentile(latencies, 1)).toBe(100)
  })

  it('takes the 95th value of 100 and the 10th of 10 for p95', () => {
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10)
  })

  it('has nothing to say about no values', () => {
    expect(percentile([], 50)).toBeUndefined()
  })

  it('rejects a percent outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow('percentile must be in (0, 100], got 0')
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })
})
