import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createResponseCache, disabledCache, type ResponseCache } from '../../src/eval/cache.js'
import { callModel, type CallModelDependencies } from '../../src/eval/call-model.js'
import type { ChatRequest } from '../../src/eval/model.js'
import { priceTable } from '../../src/eval/pricing.js'
import { createProvider } from '../../src/eval/providers/index.js'
import { createScheduler } from '../../src/eval/scheduler.js'
import {
  fakeAnswer,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeLlm,
  type ScriptedReply
} from '../helpers/fake-llm.js'
import { recordingSleep } from '../helpers/http-server.js'

let dir: string
let fake: FakeLlm | undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'toad-eval-call-'))
})

afterEach(async () => {
  await fake?.close()
  fake = undefined
  await rm(dir, { recursive: true, force: true })
})

const request: ChatRequest = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Reply in JSON.' },
    { role: 'user', content: 'How do I reset my password?' }
  ],
  params: { temperature: 0 }
}

/** A clock that advances 250 ms per reading: every measured call takes exactly that. */
function steppingClock(stepMs = 250): () => number {
  let time = 1000
  return () => (time += stepMs) - stepMs
}

async function setUp(
  options: { script?: ScriptedReply[]; cache?: ResponseCache; kind?: 'openai' | 'anthropic' } = {}
) {
  const kind = options.kind ?? 'openai'
  const start = kind === 'openai' ? startFakeOpenAI : startFakeAnthropic
  fake = await start({ script: options.script ?? [], apiKey: 'sk-test-abcdef123456' })
  const timing = recordingSleep()
  const dependencies: Omit<CallModelDependencies, 'sample'> = {
    provider: createProvider({ kind, baseUrl: fake.baseUrl, apiKey: 'sk-test-abcdef123456' }),
    scheduler: createScheduler({ concurrency: 2, sleep: timing.sleep, random: () => 0.5 }),
    cache: options.cache ?? createResponseCache(dir),
    prices: priceTable(),
    now: steppingClock()
  }
  return { fake, dependencies, waits: timing.waits }
}

describe('callModel', () => {
  it('asks the provider, measures latency, prices the answer and caches it', async () => {
    const { fake, dependencies } = await setUp()

    const result = await callModel(request, { ...dependencies, sample: 0 })

    // The fake counts words: 9 in the prompt, 6 in the answer; gpt-4o-mini costs $0.15 / $0.60 per million.
    expect(result).toEqual({
      ok: true,
      cached: false,
      latencyMs: 250,
      costUsd: (9 * 0.15 + 6 * 0.6) / 1_000_000,
      response: {
        text: JSON.stringify({ answer: 'How do I reset my password?' }),
        toolCalls: [],
        usage: { input: 9, output: 6 },
        finishReason: 'stop',
        model: 'gpt-4o-mini'
      }
    })
    expect(result.ok && result.response.text).toBe(fakeAnswer(request.messages).text)
    expect(fake.requests).toHaveLength(1)
    expect(dependencies.cache.stats()).toEqual({ hits: 0, misses: 1, writeFailures: 0 })
  })

  it('answers a repeated question from the cache without a request or latency', async () => {
    const { fake, dependencies } = await setUp()
    const first = await callModel(request, { ...dependencies, sample: 0 })

    const second = await callModel(request, { ...dependencies, sample: 0 })

    expect(fake.requests).toHaveLength(1)
    expect(second).toEqual({
      ok: true,
      cached: true,
      costUsd: first.ok ? first.costUsd : undefined,
      response: first.ok ? first.response : undefined
    })
    expect(dependencies.cache.stats()).toEqual({ hits: 1, misses: 1, writeFailures: 0 })
  })

  it('asks again for another sample of the same question', async () => {
    const { fake, dependencies } = await setUp()
    await callModel(request, { ...dependencies, sample: 0 })

    const other = await callModel(request, { ...dependencies, sample: 1 })

    expect(other.ok && other.cached).toBe(false)
    expect(fake.requests).toHaveLength(2)
  })

  it('asks every time when the cache is disabled', async () => {
    const { fake, dependencies } = await setUp({ cache: disabledCache() })
    await callModel(request, { ...dependencies, sample: 0 })
    const again = await callModel(request, { ...dependencies, sample: 0 })
    expect(again.ok && again.cached).toBe(false)
    expect(fake.requests).toHaveLength(2)
  })

  it('retries a 500 and a throttled request, then answers', async () => {
    const { fake, dependencies, waits } = await setUp({
      kind: 'anthropic',
      script: [{ status: 500 }, { status: 429, headers: { 'retry-after': '3' } }]
    })

    const result = await callModel(
      { ...request, model: 'claude-3-5-haiku-20241022' },
      { ...dependencies, sample: 0 }
    )

    expect(fake.requests).toHaveLength(3)
    expect(waits).toEqual([1000, 3000])
    // Latency is the successful attempt's alone.
    expect(result).toMatchObject({ ok: true, cached: false, latencyMs: 250 })
    expect(result.ok && result.costUsd).toBe((9 * 0.8 + 6 * 4) / 1_000_000)
  })

  it('turns a failure that outlasts the retries into an error result', async () => {
    const throttled: ScriptedReply = { status: 429, headers: { 'retry-after': '1' } }
    const { fake, dependencies, waits } = await setUp({ script: Array(5).fill(throttled) })

    const result = await callModel(request, { ...dependencies, sample: 0 })

    expect(result).toEqual({
      ok: false,
      failure: 'rate-limit',
      attempts: 5,
      error: `OpenAI ${fake.baseUrl}/chat/completions answered HTTP 429 Too Many Requests: Rate limit reached for requests (rate_limit_error)`
    })
    expect(waits).toEqual([1000, 1000, 1000, 1000])

    // A failure is not cached: the next call asks again, and the script is used up.
    const retried = await callModel(request, { ...dependencies, sample: 0 })
    expect(retried).toMatchObject({ ok: true, cached: false })
    expect(fake.requests).toHaveLength(6)
  })

  it('reports a rejected key at once, without the key', async () => {
    const { fake, dependencies } = await setUp()
    const provider = createProvider({
      kind: 'openai',
      baseUrl: fake.baseUrl,
      apiKey: 'sk-wrong-key-987654'
    })

    const result = await callModel(request, { ...dependencies, provider, sample: 0 })

    expect(result).toMatchObject({ ok: false, failure: 'auth', attempts: 1 })
    expect(!result.ok && result.error).toMatch(
      /Incorrect API key provided: \*\*\*\..*Set OPENAI_API_KEY/
    )
    expect(JSON.stringify(result)).not.toContain('sk-wrong-key-987654')
  })

  it('leaves the cost unknown for an unpriced model', async () => {
    const { dependencies } = await setUp()
    const result = await callModel(
      { ...request, model: 'my-finetune' },
      { ...dependencies, sample: 0 }
    )
    expect(result.ok).toBe(true)
    expect(result.ok && 'costUsd' in result).toBe(false)
  })
})
