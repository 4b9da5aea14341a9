import { describe, expect, it } from '@jest/globals'
import { newAttributes, spanStartDate } from '../../src/traces/model.js'

describe('traces/model', () => {
  it('keeps __proto__ as a plain key and converts start times', () => {
    const attrs = newAttributes()
    attrs['__proto__'] = 'x'
    expect(Object.keys(attrs)).toEqual(['__proto__'])
    expect(spanStartDate({ startTimeUnixMicros: 1706678909209712 }).toISOString()).toBe(
      '2024-01-31T05:28:29.209Z'
    )
  })
})
