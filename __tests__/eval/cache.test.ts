import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  cacheKey,
  canonicalJson,
  createResponseCache,
  disabledCache,
  type CacheKeyParts
} from '../../src/eval/cache.js'
import type { ChatResponse } from '../../src/eval/model.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'toad-eval-cache-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const parts: CacheKeyParts = {
  provider: 'openai',
  baseUrl: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  params: { temperature: 0, maxTokens: 100 },
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'What is 2+2?' }
  ],
  sample: 0
}

const response: ChatResponse = {
  text: '4',
  toolCalls: [{ id: 'c1', name: 'calc', arguments: { expression: '2+2' } }],
  usage: { input: 12, output: 1 },
  finishReason: 'stop',
  model: 'gpt-4o-mini-2024-07-18'
}

describe('cacheKey', () => {
  it('is a sha256 that does not depend on key order or undefined fields', () => {
    const key = cacheKey(parts)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    const reordered: CacheKeyParts = {
      sample: 0,
      messages: parts.messages.map(({ content, role }) => ({ content, role })),
      params: { maxTokens: 100, temperature: 0, topP: undefined },
      model: 'gpt-4o-mini',
      baseUrl: 'https://api.openai.com/v1',
      provider: 'openai',
      tools: undefined
    }
    expect(cacheKey(reordered)).toBe(key)
  })

  it('changes with everything that determines the answer', () => {
    const key = cacheKey(parts)
    const variants: CacheKeyParts[] = [
      { ...parts, provider: 'anthropic' },
      { ...parts, baseUrl: 'https://openrouter.ai/api/v1' },
      { ...parts, model: 'gpt-4o' },
      { ...parts, params: { ...parts.params, temperature: 0.7 } },
      { ...parts, messages: [...parts.messages, { role: 'assistant', content: '4' }] },
      { ...parts, tools: [{ name: 'calc' }] },
      { ...parts, sample: 1 }
    ]
    const keys = variants.map(cacheKey)
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1)
  })

  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"e":2,"f":1}]},"b":1}'
    )
  })
})

describe('createResponseCache', () => {
  it('stores an answer under <2 hex>/<key>.json and reads it back', async () => {
    const cache = createResponseCache(dir)
    const key = cacheKey(parts)

    expect(await cache.get(key)).toBeUndefined()
    await cache.set(key, response)

    expect(await cache.get(key)).toEqual(response)
    expect(await readdir(dir)).toEqual([key.slice(0, 2)])
    expect(await readdir(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`])
    const stored = JSON.parse(await readFile(join(dir, key.slice(0, 2), `${key}.json`), 'utf8'))
    expect(stored).toEqual({ format: 1, key, response })
    expect(cache.stats()).toEqual({ hits: 1, misses: 1, writeFailures: 0 })
  })

  it('is shared by caches on the same directory', async () => {
    const key = cacheKey(parts)
    await createResponseCache(dir).set(key, response)
    expect(await createResponseCache(dir).get(key)).toEqual(response)
  })

  it('overwrites an entry in place, leaving no temporary files', async () => {
    const cache = createResponseCache(dir)
    const key = cacheKey(parts)
    await cache.set(key, response)
    await cache.set(key, { ...response, text: 'four' })
    expect((await cache.get(key))?.text).toBe('four')
    expect(await readdir(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`])
  })

  it('treats corrupt, foreign and unreadable entries as misses', async () => {
    const cache = createResponseCache(dir)
    const [truncated, wrongShape, otherKey, unreadable] = [1, 2, 3, 4].map(sample =>
      cacheKey({ ...parts, sample })
    ) as [string, string, string, string]
    const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)
    for (const key of [truncated, wrongShape, otherKey, unreadable]) {
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true })
    }
    await writeFile(pathOf(truncated), '{"format":1,"key":"')
    await writeFile(
      pathOf(wrongShape),
      JSON.stringify({ format: 1, key: wrongShape, response: { text: 4 } })
    )
    await writeFile(pathOf(otherKey), JSON.stringify({ format: 1, key: truncated, response }))
    await mkdir(pathOf(unreadable))

    for (const key of [truncated, wrongShape, otherKey, unreadable]) {
      expect(await cache.get(key)).toBeUndefined()
    }
    expect(cache.stats()).toEqual({ hits: 0, misses: 4, writeFailures: 0 })
  })

  it('counts a failed write instead of failing the eval', async () => {
    const blocker = join(dir, 'not-a-dir')
    await writeFile(blocker, '')
    const cache = createResponseCache(blocker)

    await cache.set(cacheKey(parts), response)

    const stats = cache.stats()
    expect(stats.writeFailures).toBe(1)
    expect(stats.firstWriteError).toMatch(
      /^could not write .*not-a-dir.*\.json: Error: (ENOTDIR|EEXIST)/
    )
  })
})

describe('disabledCache', () => {
  it('never answers and keeps nothing', async () => {
    const cache = disabledCache()
    await cache.set('k', response)
    expect(await cache.get('k')).toBeUndefined()
    expect(cache.stats()).toEqual({ hits: 0, misses: 0, writeFailures: 0 })
  })
})
