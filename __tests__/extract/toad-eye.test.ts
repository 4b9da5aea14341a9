import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { extractLlmCalls } from '../../src/extract/index.js'
import { decodeTraces } from '../../src/traces/decode/index.js'
import type { Trace } from '../../src/traces/model.js'
import { traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

function tracesOf(path: string): Trace[] {
  return decodeTraces(readFileSync(path, 'utf8'), { origin: path }).traces
}

const SYSTEM_LINE = 'You are the support assistant of Acme. Answer briefly.'

describe('toad-eye: the example support-bot traces', () => {
  const results = tracesOf('examples/traces/support-bot.jaeger.json').map(extractLlmCalls)

  it('finds one call per trace and skips nothing', () => {
    expect(results.map(result => result.calls.length)).toEqual([1, 1, 1])
    expect(results.flatMap(result => result.skipped)).toEqual([])
  })

  it('keeps the joined prompt whole, as prompt text and as one user turn', () => {
    const call = results[0]?.calls[0]
    const prompt =
      'You are the support assistant of Acme. Answer briefly. When the user asks for JSON, answer with a JSON object only.\nHow do I reset my password?'
    expect(call?.promptText).toBe(prompt)
    expect(call?.messages).toEqual([{ role: 'user', content: prompt }])
    expect(call?.system).toBeUndefined()
  })

  it('reads the whole call as toad-eye recorded it', () => {
    expect(results[0]?.calls[0]).toEqual({
      traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
      spanId: '01e1a2b3c4d5e6f7',
      service: 'support-bot',
      spanName: 'chat gpt-4o-mini',
      startTime: '2025-11-26T09:00:00.020Z',
      latencyMs: 1380,
      conventions: ['toad-eye'],
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      messages: [{ role: 'user', content: expect.stringContaining('How do I reset my password?') }],
      promptText: expect.stringContaining('How do I reset my password?'),
      output:
        'Open Settings → Security, choose "Reset password" and follow the link we e-mail you. The link is valid for 30 minutes.',
      finishReason: 'stop',
      usage: { input: 182, output: 31 },
      cost: 0.0000459,
      params: { temperature: 0.2 },
      hasContent: true
    })
  })

  it('keeps a JSON answer as the text it was', () => {
    expect(results[1]?.calls[0]?.output).toBe(
      '{"order":"A-1187","status":"shipped","carrier":"DHL","eta":"2025-11-28"}'
    )
  })
})

describe('toad-eye: successes, failures, hashed and missing content', () => {
  const [trace] = tracesOf('__fixtures__/extract/toad-eye-outcomes.jaeger.json')
  const { calls, skipped } = extractLlmCalls(trace as Trace)

  it('lists the calls with content in start order, whatever the file order', () => {
    expect(calls.map(call => call.spanId)).toEqual(['a2000000000000d1', 'a2000000000000e1'])
  })

  it('reads a successful call, with its reasoning tokens', () => {
    expect(calls[0]).toMatchObject({
      promptText: `${SYSTEM_LINE}\nWhere can I download my invoices?`,
      output: 'Go to Billing → Invoices and click Download next to the month you need.',
      usage: { input: 96, output: 18, reasoning: 4 },
      cost: 0.0000324,
      finishReason: 'stop',
      latencyMs: 910
    })
    expect(calls[0]?.error).toBeUndefined()
  })

  it('reads a failed call: the prompt, no answer, and the error', () => {
    expect(calls[1]).toMatchObject({
      promptText: `${SYSTEM_LINE}\nSummarize my last ten tickets.`,
      usage: { input: 0, output: 0 },
      cost: 0,
      error: {
        type: '429 Rate limit reached for gpt-4o-mini',
        message: '429 Rate limit reached for gpt-4o-mini'
      }
    })
    expect(calls[1]?.output).toBeUndefined()
  })

  it('reports hashed content (hashContent) and unrecorded content as LLM spans without content', () => {
    expect(skipped).toEqual([
      {
        traceId: '7c1e9a2b3d4f5a6b7c8d9e0f1a2b3c4d',
        spanId: 'a2000000000000f1',
        spanName: 'chat gpt-4o-mini',
        reason: 'no-content',
        convention: 'toad-eye'
      },
      {
        traceId: '7c1e9a2b3d4f5a6b7c8d9e0f1a2b3c4d',
        spanId: 'a200000000000101',
        spanName: 'chat gpt-4o-mini',
        reason: 'no-content',
        convention: 'toad-eye'
      }
    ])
  })

  it('does not count embeddings as a call', () => {
    const spanIds = [...calls, ...skipped].map(call => call.spanId)
    expect(spanIds).not.toContain('a200000000000201')
  })
})

describe('toad-eye: content cut short by the backend', () => {
  it('keeps the prompt and marks the call truncated', () => {
    const cut = span({
      attributes: {
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.toad_eye.prompt':
          'You are the support assistant of Acme.\nPlease summarize the atta',
        'gen_ai.toad_eye.completion': 'Done.',
        'gen_ai.toad_eye.status': 'success'
      },
      truncatedAttributes: ['gen_ai.toad_eye.prompt']
    })
    const [call] = extractLlmCalls(traceOf([cut])).calls
    expect(call?.promptText).toBe(
      'You are the support assistant of Acme.\nPlease summarize the atta'
    )
    expect(call?.truncated).toBe(true)
  })

  it('does not mark a call whose cut attribute it did not use', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: { 'gen_ai.toad_eye.prompt': 'Hi', 'gen_ai.toad_eye.completion': 'Hello!' },
          truncatedAttributes: ['http.url']
        })
      ])
    ).calls[0]
    expect(call?.truncated).toBeUndefined()
  })
})
