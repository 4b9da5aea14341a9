/**
 * The genai-interlingua files record one exchange through six instrumentations: a support
 * agent answers "Where is order A-1187?" by calling `lookup_order`. Whatever convention wrote
 * it, extraction must give the same call.
 */
import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import type { LlmCall } from '../../src/extract/model.js'
import { corpusTrace } from '../helpers/corpus.js'

const LOOKUP_ORDER_TOOL = {
  name: 'lookup_order',
  description: 'Look up an order by its identifier.',
  parameters: {
    type: 'object',
    properties: { order_id: { type: 'string' } },
    required: ['order_id']
  }
}

interface Expected {
  file: string
  call: Partial<LlmCall>
}

const CASES: Expected[] = [
  {
    file: 'otlp-json.otel-genai-v1.37.openai-v2-util-genai.interlingua-raw.json',
    call: {
      spanName: 'chat gpt-4o-mini',
      service: 'capture',
      conventions: ['otel-genai'],
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      finishReason: 'tool_calls',
      usage: { input: 412, output: 27 },
      params: { temperature: 0.7, maxTokens: 1024, topP: 0.95 },
      latencyMs: 19.719
    }
  },
  {
    file: 'otlp-json.openllmetry-0.62.3.interlingua.json',
    call: {
      spanName: 'openai.chat',
      conventions: ['otel-genai'],
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      finishReason: 'tool_call',
      usage: { input: 412, output: 27, total: 439, cachedInput: 256, reasoning: 8 },
      params: { temperature: 0.7, maxTokens: 1024, topP: 0.95 },
      tools: [LOOKUP_ORDER_TOOL]
    }
  },
  {
    file: 'otlp-json.openllmetry-legacy-indexed.interlingua.json',
    call: {
      spanName: 'openai.chat',
      service: 'support-triage',
      conventions: ['otel-genai', 'openllmetry', 'otel-genai-deprecated'],
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      finishReason: 'tool_calls',
      usage: { input: 412, output: 27, total: 439 },
      params: { temperature: 0.7, maxTokens: 1024, topP: 0.95, stop: ['\n\nObservation:'] },
      tools: [LOOKUP_ORDER_TOOL],
      latencyMs: 1482
    }
  },
  {
    file: 'otlp-json.openinference.openai-0.1.58.interlingua.json',
    call: {
      spanName: 'ChatCompletion',
      conventions: ['openinference'],
      provider: 'openai',
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      finishReason: 'tool_calls',
      usage: { input: 412, output: 27, total: 439, cachedInput: 256, reasoning: 8 },
      params: { temperature: 0.7, maxTokens: 1024, topP: 0.95 },
      tools: [LOOKUP_ORDER_TOOL]
    }
  },
  {
    file: 'otlp-json.vercel-ai-sdk-5.interlingua.json',
    call: {
      spanName: 'ai.generateText.doGenerate',
      spanId: 'aa01bb02cc03dd05',
      service: 'ticket-triage',
      conventions: ['vercel-ai', 'otel-genai'],
      operation: 'ai.generateText.doGenerate',
      provider: 'openai',
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      finishReason: 'tool-calls',
      usage: { input: 412, output: 27, cachedInput: 384 },
      params: { temperature: 0.7, maxTokens: 1024 },
      tools: [LOOKUP_ORDER_TOOL],
      latencyMs: 1890
    }
  },
  {
    file: 'otlp-json.litellm-1.79.3.interlingua.json',
    call: {
      spanName: 'litellm_request',
      service: 'litellm-proxy',
      conventions: ['otel-genai', 'openllmetry', 'otel-genai-deprecated'],
      operation: 'acompletion',
      provider: 'aws.bedrock',
      model: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
      finishReason: 'tool_use',
      usage: { input: 1204, output: 88, total: 1292, cachedInput: 1024 },
      params: { temperature: 0.3, maxTokens: 2048 },
      tools: [LOOKUP_ORDER_TOOL]
    }
  }
]

describe.each(CASES)('$file', ({ file, call: expected }) => {
  const { calls, skipped } = extractLlmCalls(corpusTrace(file))

  it('yields one call and skips nothing', () => {
    expect(calls).toHaveLength(1)
    expect(skipped).toEqual([])
  })

  it('reads the support agent asking for order A-1187 and calling lookup_order', () => {
    const [call] = calls
    expect(call?.system).toBe('You are a support agent. Use the tools you are given.')
    expect(call?.messages).toEqual([{ role: 'user', content: 'Where is order A-1187?' }])
    expect(call?.output).toBe('')
    expect(call?.outputToolCalls).toEqual([
      {
        id: file.includes('litellm') ? 'toolu_01Wx' : 'call_9RtYbK2mXqLp',
        name: 'lookup_order',
        arguments: { order_id: 'A-1187' }
      }
    ])
    expect(call?.hasContent).toBe(true)
    expect(call?.truncated).toBeUndefined()
    expect(call?.error).toBeUndefined()
  })

  it('reads the call description, token counts, parameters and tools', () => {
    const { usage, params, tools, ...description } = expected
    expect(calls[0]).toMatchObject(description)
    expect(calls[0]?.usage).toEqual(usage)
    expect(calls[0]?.params).toEqual(params)
    expect(calls[0]?.tools).toEqual(tools)
  })
})
