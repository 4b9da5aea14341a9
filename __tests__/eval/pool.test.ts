import { describe, expect, it } from '@jest/globals'
import { mapWithLimit } from '../../src/eval/pool.js'

describe('mapWithLimit', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithLimit([5, 1, 4, 2, 3, 0], 2, async (item, index) => {
      running++
      peak = Math.max(peak, running)
      await new Promise(resolve => setImmediate(resolve))
      running--
      return `${index}:${item * 10}`
    })
    expect(results).toEqual(['0:50', '1:10', '2:40', '3:20', '4:30', '5:0'])
    expect(peak).toBe(2)
  })

  it('handles fewer items than the limit, and none', async () => {
    expect(await mapWithLimit([1], 8, async item => item + 1)).toEqual([2])
    expect(await mapWithLimit([], 8, async item => item)).toEqual([])
  })

  it('rejects a limit below one', async () => {
    await expect(mapWithLimit([1], 0, async item => item)).rejects.toThrow('Invalid limit 0')
  })
})
