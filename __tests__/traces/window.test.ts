import { describe, expect, it } from '@jest/globals'
import {
  fetchAllInWindow,
  parseDurationText,
  parseLookback,
  resolveWindow,
  type FetchPage,
  type TimeWindow
} from '../../src/traces/window.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('parseLookback', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['24h', DAY],
    ['7d', 7 * DAY],
    ['1h30m', 90 * MINUTE],
    ['2w', 14 * DAY],
    ['500ms', 500],
    ['1.5h', 90 * MINUTE],
    [' 90s ', 90_000]
  ])('reads %p', (text, expected) => {
    expect(parseLookback(text)).toBe(expected)
  })

  it.each(['', '10', 'abc', '5x', '-1h', '1h 30m', '1H', 'h'])(
    'rejects %p with the accepted forms',
    text => {
      expect(() => parseLookback(text)).toThrow(
        `Invalid lookback "${text}": expected e.g. 30m, 24h, 7d or 1h30m (units: ns, us, ms, s, m, h, d, w)`
      )
    }
  )

  it('rejects a lookback shorter than a millisecond', () => {
    expect(() => parseLookback('0m')).toThrow('Invalid lookback "0m": it must be at least 1ms')
  })
})

describe('parseDurationText', () => {
  it('reads Go durations as Jaeger and Tempo take them, in milliseconds', () => {
    expect(parseDurationText('1.5s')).toBe(1500)
    expect(parseDurationText('300ms')).toBe(300)
    expect(parseDurationText('250us')).toBeCloseTo(0.25)
    expect(parseDurationText('2m3s')).toBe(123_000)
    expect(() => parseDurationText('fast')).toThrow('Invalid duration "fast"')
  })
})

describe('resolveWindow', () => {
  const now = new Date('2025-06-01T12:00:00.000Z')

  it('ends now and starts the lookback before', () => {
    expect(resolveWindow({ lookback: '2h' }, now)).toEqual({
      start: new Date('2025-06-01T10:00:00.000Z'),
      end: now
    })
  })

  it('uses 24h when neither start nor lookback is given', () => {
    expect(resolveWindow({}, now).start).toEqual(new Date('2025-05-31T12:00:00.000Z'))
  })

  it('counts the lookback back from an explicit end, and lets an explicit start win', () => {
    const end = new Date('2025-05-01T00:00:00.000Z')
    expect(resolveWindow({ end, lookback: '1d' }, now).start).toEqual(
      new Date('2025-04-30T00:00:00.000Z')
    )
    const start = new Date('2025-05-31T00:00:00.000Z')
    expect(resolveWindow({ start, lookback: '1h' }, now)).toEqual({ start, end: now })
  })

  it('rejects a window whose start is not before its end', () => {
    expect(() => resolveWindow({ start: now, end: now }, now)).toThrow(
      'Invalid time window: start 2025-06-01T12:00:00.000Z is not before end 2025-06-01T12:00:00.000Z'
    )
    expect(() => resolveWindow({ start: new Date('nope') }, now)).toThrow('not a valid date')
  })
})

interface Item {
  traceId: string
  time: number
}

/** A backend holding `items` that returns at most `cap` per request, newest first, and logs each window asked. */
function cappedBackend(items: Item[], cap: number) {
  const asked: TimeWindow[] = []
  const fetchPage: FetchPage<Item> = async (window, size) => {
    asked.push(window)
    const inWindow = items
      .filter(item => item.time >= window.start.getTime() && item.time <= window.end.getTime())
      .sort((a, b) => b.time - a.time)
      .slice(0, Math.min(size, cap))
    return { items: inWindow, returned: inWindow.length }
  }
  return { fetchPage, asked, all: items }
}

function itemsEvery(count: number, stepMs: number, from: number): Item[] {
  return Array.from({ length: count }, (_, index) => ({
    traceId: `t${String(index).padStart(3, '0')}`,
    time: from + index * stepMs
  }))
}

describe('fetchAllInWindow', () => {
  const start = new Date('2025-06-01T00:00:00.000Z')
  const end = new Date('2025-06-02T00:00:00.000Z')

  it('asks once when the first page is not full', async () => {
    const backend = cappedBackend(itemsEvery(7, HOUR, start.getTime()), 10)

    const found = await fetchAllInWindow(backend.fetchPage, {
      start,
      end,
      limit: 100,
      pageSize: 10
    })

    expect(found.map(item => item.traceId)).toEqual([
      't006',
      't005',
      't004',
      't003',
      't002',
      't001',
      't000'
    ])
    expect(backend.asked).toEqual([{ start, end }])
  })

  it('splits full windows until it has every item, without duplicates', async () => {
    const items = itemsEvery(230, 6 * MINUTE, start.getTime())
    const backend = cappedBackend(items, 25)

    const found = await fetchAllInWindow(backend.fetchPage, {
      start,
      end,
      limit: 1000,
      pageSize: 25
    })

    const ids = found.map(item => item.traceId)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(items.map(item => item.traceId))
    expect(backend.asked.length).toBeGreaterThan(10)
    // The newest items come first.
    expect(ids.slice(0, 3)).toEqual(['t229', 't228', 't227'])
  })

  it('stops at the limit', async () => {
    const backend = cappedBackend(itemsEvery(230, 6 * MINUTE, start.getTime()), 25)

    const found = await fetchAllInWindow(backend.fetchPage, { start, end, limit: 60, pageSize: 25 })

    expect(found).toHaveLength(60)
    expect(new Set(found.map(item => item.traceId)).size).toBe(60)
  })

  it('tells each page which traces are already found, so a source can skip decoding them', async () => {
    const backend = cappedBackend(itemsEvery(30, MINUTE, start.getTime()), 10)
    const seenAtEachPage: number[] = []
    await fetchAllInWindow(
      (window, size, seen) => {
        seenAtEachPage.push(backend.all.filter(item => seen.has(item.traceId)).length)
        return backend.fetchPage(window, size, seen)
      },
      { start, end, limit: 30, pageSize: 10 }
    )
    expect(seenAtEachPage[0]).toBe(0)
    expect(seenAtEachPage[1]).toBe(10)
    expect(seenAtEachPage.at(-1)).toBeGreaterThan(10)
  })

  it('asks for no more than the limit in one request', async () => {
    const backend = cappedBackend(itemsEvery(50, MINUTE, start.getTime()), 100)
    const sizes: number[] = []

    const found = await fetchAllInWindow(
      (window, size) => {
        sizes.push(size)
        return backend.fetchPage(window, size, { has: () => false })
      },
      { start, end, limit: 5, pageSize: 100 }
    )

    expect(found.map(item => item.traceId)).toEqual(['t049', 't048', 't047', 't046', 't045'])
    expect(sizes).toEqual([5])
  })

  it('does not split below the minimum window, even when pages stay full', async () => {
    // Twelve items in the same millisecond and a cap of 5: splitting cannot separate them.
    const crowded = Array.from({ length: 12 }, (_, index) => ({
      traceId: `c${index}`,
      time: start.getTime() + 500
    }))
    const backend = cappedBackend(crowded, 5)

    const found = await fetchAllInWindow(backend.fetchPage, {
      start,
      end: new Date(start.getTime() + 4000),
      limit: 100,
      pageSize: 5,
      minWindowMs: 1000
    })

    expect(found).toHaveLength(5)
    expect(
      backend.asked.every(window => window.end.getTime() - window.start.getTime() >= 1000)
    ).toBe(true)
    expect(backend.asked.map(window => window.end.getTime() - window.start.getTime())).toEqual([
      4000, 2000, 2000, 1000, 1000
    ])
  })

  it('counts a page as full by what the server returned, not by what survived filtering', async () => {
    const asked: TimeWindow[] = []
    await fetchAllInWindow(
      async window => {
        asked.push(window)
        return { items: [], returned: asked.length === 1 ? 3 : 0 }
      },
      { start, end, limit: 10, pageSize: 3 }
    )
    expect(asked).toHaveLength(3)
  })

  it('rejects a limit or page size that is not a positive whole number', async () => {
    const backend = cappedBackend([], 1)
    await expect(
      fetchAllInWindow(backend.fetchPage, { start, end, limit: 0, pageSize: 5 })
    ).rejects.toThrow('Invalid limit 0: expected a whole number above 0')
    await expect(
      fetchAllInWindow(backend.fetchPage, { start, end, limit: 5, pageSize: 1.5 })
    ).rejects.toThrow('Invalid page size 1.5')
  })
})
