import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import type { Span } from '../../src/traces/model.js'
import { corpusTrace, traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

describe('Vercel AI SDK 5 (genai-interlingua)', () => {
  const trace = corpusTrace('otlp-json.vercel-ai-sdk-5.interlingua.json')

  it('keeps the inner doGenerate span; the outer ai.generateText and the ai.toolCall span are not calls', () => {
    const { calls, skipped } = extractLlmCalls(trace)
    expect(calls.map(call => call.spanName)).toEqual(['ai.generateText.doGenerate'])
    expect(skipped).toEqual([])
  })

  it('falls back to the outer span when the inner one is missing', () => {
    const outerOnly = traceOf(
      trace.spans.filter(candidate => candidate.name !== 'ai.generateText.doGenerate')
    )
    const [call] = extractLlmCalls(outerOnly).calls
    expect(call).toMatchObject({
      spanName: 'ai.generateText',
      operation: 'ai.generateText',
      messages: [{ role: 'user', content: 'Where is order A-1187?' }],
      output: '',
      outputToolCalls: [
        { id: 'call_9RtYbK2mXqLp', name: 'lookup_order', arguments: { order_id: 'A-1187' } }
      ],
      finishReason: 'tool-calls',
      provider: 'openai',
      model: 'gpt-4o-mini',
      usage: { input: 412, output: 27 },
      params: { maxTokens: 1024 }
    })
    expect(call?.system).toBeUndefined()
  })
})

const TRACE_ID = 'c4a1f7e29b0d3856a1f2c3d4e5f60718'

function vercelSpan(
  spanId: string,
  name: string,
  start: number,
  attributes: Record<string, string | number>,
  parentSpanId?: string
): Span {
  return span({
    traceId: TRACE_ID,
    spanId,
    name,
    startTimeUnixMicros: start,
    ...(parentSpanId === undefined ? {} : { parentSpanId }),
    attributes: {
      'ai.operationId': name,
      'ai.model.provider': 'anthropic.messages',
      'ai.model.id': 'claude-sonnet-4',
      ...attributes
    }
  })
}

describe('Vercel AI SDK: a multi-step streamText run (v4 attribute names)', () => {
  const outer = vercelSpan('0000000000000001', 'ai.streamText', 0, {
    'ai.prompt': JSON.stringify({
      system: 'You are a travel agent.',
      prompt: 'Weather in Oslo, then pack?'
    }),
    'ai.response.text': 'Pack a raincoat.',
    'ai.usage.promptTokens': 300,
    'ai.usage.completionTokens': 40
  })
  const first = vercelSpan(
    '0000000000000002',
    'ai.streamText.doStream',
    10,
    {
      'ai.prompt.messages': JSON.stringify([
        { role: 'system', content: 'You are a travel agent.' },
        { role: 'user', content: [{ type: 'text', text: 'Weather in Oslo, then pack?' }] }
      ]),
      'ai.response.text': '',
      'ai.response.toolCalls': JSON.stringify([
        { toolCallId: 't1', toolName: 'weather', args: '{"city":"Oslo"}' }
      ]),
      'ai.response.finishReason': 'tool-calls',
      'ai.usage.promptTokens': '120',
      'ai.usage.completionTokens': '15',
      'ai.settings.temperature': 0.2
    },
    '0000000000000001'
  )
  const tool = vercelSpan(
    '0000000000000003',
    'ai.toolCall',
    20,
    { 'ai.toolCall.name': 'weather' },
    '0000000000000001'
  )
  const second = vercelSpan(
    '0000000000000004',
    'ai.streamText.doStream',
    30,
    {
      'ai.prompt.messages': JSON.stringify([
        { role: 'system', content: 'You are a travel agent.' },
        { role: 'user', content: [{ type: 'text', text: 'Weather in Oslo, then pack?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'tool-call', toolCallId: 't1', toolName: 'weather', args: { city: 'Oslo' } }
          ]
        },
        {
          role: 'tool',
          content: [
            { type: 'tool-result', toolCallId: 't1', toolName: 'weather', result: { sky: 'rain' } }
          ]
        }
      ]),
      'ai.response.text': 'Pack a raincoat.',
      'ai.response.finishReason': 'stop',
      'ai.usage.promptTokens': 180,
      'ai.usage.completionTokens': 25
    },
    '0000000000000001'
  )
  const { calls, skipped } = extractLlmCalls(traceOf([outer, second, tool, first]))

  it('gives one call per model request, in start order, and nothing for the run or the tool', () => {
    expect(calls.map(call => call.spanId)).toEqual(['0000000000000002', '0000000000000004'])
    expect(skipped).toEqual([])
  })

  it('reads the first step: the tool call, with its arguments parsed', () => {
    expect(calls[0]).toMatchObject({
      system: 'You are a travel agent.',
      messages: [{ role: 'user', content: 'Weather in Oslo, then pack?' }],
      output: '',
      outputToolCalls: [{ id: 't1', name: 'weather', arguments: { city: 'Oslo' } }],
      usage: { input: 120, output: 15 },
      params: { temperature: 0.2 },
      provider: 'anthropic',
      model: 'claude-sonnet-4'
    })
  })

  it('reads the second step with the tool round trip, and takes no totals from the run', () => {
    expect(calls[1]?.messages).toEqual([
      { role: 'user', content: 'Weather in Oslo, then pack?' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 't1', name: 'weather', arguments: { city: 'Oslo' } }]
      },
      { role: 'tool', toolCallId: 't1', name: 'weather', content: '{"sky":"rain"}' }
    ])
    expect(calls[1]?.usage).toEqual({ input: 180, output: 25 })
  })
})

describe('Vercel AI SDK: generateObject', () => {
  it('keeps the generated object as its JSON text, and a provider id with its API suffix normalized', () => {
    const call = extractLlmCalls(
      traceOf([
        vercelSpan('0000000000000009', 'ai.generateObject.doGenerate', 0, {
          'ai.model.provider': 'google.vertex.chat',
          'ai.model.id': 'gemini-2.0-flash',
          'ai.prompt.messages': '[{"role":"user","content":"Extract the city: I live in Lyon."}]',
          'ai.response.object': '{"city":"Lyon"}',
          'ai.usage.inputTokens': 12,
          'ai.usage.outputTokens': 6
        })
      ])
    ).calls[0]
    expect(call).toMatchObject({
      output: '{"city":"Lyon"}',
      provider: 'gcp.vertex_ai',
      usage: { input: 12, output: 6 }
    })
  })
})
