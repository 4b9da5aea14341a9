import { describe, expect, it } from '@jest/globals'
import { backoffDelayMs, parseRetryAfter } from '../../src/http/retry.js'

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z')

  it('parses Retry-After seconds and dates, capped at 60 s', () => {
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('3600', now)).toBe(60_000)
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000)
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
  })

  it('takes another cap when asked', () => {
    expect(parseRetryAfter('30', now, 5000)).toBe(5000)
  })
})

describe('backoffDelayMs', () => {
  it('backs off exponentially with full jitter, capped at 10 s', () => {
    expect([1, 2, 3, 4].map(attempt => backoffDelayMs(attempt, () => 1))).toEqual([
      500, 1000, 2000, 4000
    ])
    expect(backoffDelayMs(10, () => 1)).toBe(10_000)
    expect(backoffDelayMs(3, () => 0)).toBe(0)
  })

  it('takes other limits', () => {
    const limits = { baseMs: 1000, maxMs: 30_000 }
    expect([1, 2, 6].map(attempt => backoffDelayMs(attempt, () => 0.5, limits))).toEqual([
      500, 1000, 15_000
    ])
  })
})
