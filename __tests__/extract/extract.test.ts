import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls, PRECEDENCE } from '../../src/extract/index.js'
import type { Convention } from '../../src/extract/model.js'
import { traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

const ALL_CONVENTIONS: Convention[] = [
  'toad-eye',
  'otel-genai',
  'otel-genai-deprecated',
  'openllmetry',
  'openinference',
  'vercel-ai',
  'langfuse',
  'langsmith',
  'logfire'
]

function chatSpan(
  spanId: string,
  attributes: Record<string, string | number>,
  parentSpanId?: string
) {
  return span({
    spanId,
    ...(parentSpanId === undefined ? {} : { parentSpanId }),
    attributes: { 'gen_ai.operation.name': 'chat', ...attributes }
  })
}

describe('which spans are calls', () => {
  it('keeps the innermost of nested LLM spans; the outer one fills only what the inner one lacks', () => {
    const outer = chatSpan('00000000000000a1', {
      'gen_ai.system': 'langchain',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.usage.input_tokens': 130,
      'gen_ai.usage.cost': 0.002,
      'gen_ai.input.messages':
        '[{"role":"user","parts":[{"type":"text","content":"outer rendering"}]}]'
    })
    const inner = chatSpan(
      '00000000000000a2',
      {
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.usage.input_tokens': 40,
        'gen_ai.input.messages': '[{"role":"user","parts":[{"type":"text","content":"Hi"}]}]',
        'gen_ai.output.messages':
          '[{"role":"assistant","parts":[{"type":"text","content":"Hello"}]}]'
      },
      '00000000000000a1'
    )
    const { calls, skipped } = extractLlmCalls(traceOf([outer, inner]))
    expect(skipped).toEqual([])
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      spanId: '00000000000000a2',
      messages: [{ role: 'user', content: 'Hi' }],
      usage: { input: 40 },
      cost: 0.002
    })
  })

  it('does not let an outer span mix its prompt into the call: input and output each come from one span', () => {
    const outer = chatSpan('00000000000000b1', {
      'gen_ai.system_instructions': 'outer system',
      'gen_ai.output.messages':
        '[{"role":"assistant","parts":[{"type":"text","content":"outer answer"}]}]'
    })
    const inner = chatSpan(
      '00000000000000b2',
      { 'gen_ai.input.messages': '[{"role":"user","parts":[{"type":"text","content":"Hi"}]}]' },
      '00000000000000b1'
    )
    const [call] = extractLlmCalls(traceOf([outer, inner])).calls
    expect(call?.system).toBeUndefined()
    expect(call?.output).toBe('outer answer')
  })

  it('orders calls by start time, not by their order in the file', () => {
    const late = span({
      spanId: '00000000000000c2',
      startTimeUnixMicros: 2_000,
      attributes: { 'gen_ai.toad_eye.prompt': 'b' }
    })
    const early = span({
      spanId: '00000000000000c1',
      startTimeUnixMicros: 1_000,
      attributes: { 'gen_ai.toad_eye.prompt': 'a' }
    })
    expect(extractLlmCalls(traceOf([late, early])).calls.map(call => call.promptText)).toEqual([
      'a',
      'b'
    ])
  })

  it('reports an LLM span without content, naming its convention; tool and agent spans are neither', () => {
    const spans = [
      chatSpan('00000000000000d1', {
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o'
      }),
      span({
        spanId: '00000000000000d2',
        attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'search' }
      }),
      span({
        spanId: '00000000000000d3',
        attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.request.model': 'gpt-4o' }
      }),
      span({
        spanId: '00000000000000d4',
        attributes: { 'gen_ai.operation.name': 'embeddings', 'gen_ai.request.model': 'e5' }
      })
    ]
    expect(extractLlmCalls(traceOf(spans))).toEqual({
      calls: [],
      skipped: [
        {
          traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
          spanId: '00000000000000d1',
          spanName: 'chat gpt-4o-mini',
          reason: 'no-content',
          convention: 'otel-genai'
        }
      ]
    })
  })

  it('fills the identity, timing and error fields from the span', () => {
    const failed = chatSpan('00000000000000e1', {
      'gen_ai.input.messages': '[{"role":"user","content":"Hi"}]'
    })
    failed.status = { code: 'error' }
    failed.events = [
      {
        name: 'exception',
        timeUnixMicros: 1,
        attributes: Object.assign(Object.create(null), {
          'exception.type': 'APITimeoutError',
          'exception.message': 'Request timed out.'
        })
      }
    ]
    failed.durationMicros = 30_000_123
    expect(extractLlmCalls(traceOf([failed])).calls[0]).toMatchObject({
      traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
      spanId: '00000000000000e1',
      service: 'support-bot',
      spanName: 'chat gpt-4o-mini',
      startTime: '2025-11-26T09:00:00.020Z',
      latencyMs: 30_000.123,
      error: { type: 'APITimeoutError', message: 'Request timed out.' }
    })
  })
})

describe('two attribute families on one span', () => {
  it('takes the prompt whole from the structured messages, not from toad-eye’s joined string', () => {
    const [call] = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'gen_ai.toad_eye.prompt': 'Be brief.\nHi',
            'gen_ai.toad_eye.completion': 'Hello',
            'gen_ai.input.messages': JSON.stringify([
              { role: 'system', parts: [{ type: 'text', content: 'Be brief.' }] },
              { role: 'user', parts: [{ type: 'text', content: 'Hi' }] }
            ]),
            'gen_ai.request.model': 'gpt-4o-mini',
            'gen_ai.usage.input_tokens': 9
          }
        })
      ])
    ).calls
    expect(call).toMatchObject({
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hi' }],
      output: 'Hello',
      usage: { input: 9 },
      conventions: ['toad-eye', 'otel-genai']
    })
    expect(call?.promptText).toBeUndefined()
  })

  it('has a complete precedence table: every row orders every convention once', () => {
    for (const order of Object.values(PRECEDENCE)) {
      expect([...order].sort()).toEqual([...ALL_CONVENTIONS].sort())
    }
  })
})

describe('untrusted input', () => {
  it('never throws on values of the wrong type and keeps what is usable', () => {
    const weird = span({
      attributes: {
        'gen_ai.operation.name': 42,
        'gen_ai.request.model': 7,
        'gen_ai.usage.input_tokens': 'many',
        'gen_ai.usage.output_tokens': -3,
        'gen_ai.request.temperature': 'None',
        'gen_ai.input.messages': '[{"role": 5, "content": "hi"}, 7, null, {"parts": "not a list"}]',
        'gen_ai.output.messages': [{ parts: [{ type: 'text', content: 12 }] }, null],
        'gen_ai.tool.definitions': '[{"name": {"x": 1}}, null, "{\\"name\\":\\"ok\\"}"]'
      }
    })
    const { calls, skipped } = extractLlmCalls(traceOf([weird]))
    expect(skipped).toEqual([])
    expect(calls[0]).toMatchObject({
      operation: '42',
      model: '7',
      messages: [{ role: 'user', content: 'hi' }],
      output: '12',
      tools: [{ name: 'ok' }]
    })
    expect(calls[0]?.usage).toEqual({})
    expect(calls[0]?.params).toEqual({})
  })

  it('takes an output whose first choice is unreadable for no output', () => {
    const unreadable = chatSpan('00000000000000f0', {
      'gen_ai.input.messages': '[{"role":"user","content":"hi"}]',
      'gen_ai.output.messages': '[null, {"role":"assistant","content":"second choice"}]'
    })
    expect(extractLlmCalls(traceOf([unreadable])).calls[0]?.output).toBeUndefined()
  })

  it('keeps `__proto__` keys as data and never touches Object.prototype', () => {
    const hostile = span({
      attributes: {
        'gen_ai.input.messages':
          '[{"__proto__":{"polluted":true},"role":"user","content":"hi","constructor":{"prototype":{"polluted":true}}}]',
        'gen_ai.output.messages':
          '[{"role":"assistant","parts":[{"type":"tool_call","name":"f","arguments":{"__proto__":{"polluted":true}}}]}]'
      }
    })
    const [call] = extractLlmCalls(traceOf([hostile])).calls
    expect(call?.messages).toEqual([{ role: 'user', content: 'hi' }])
    expect(Object.keys(call?.outputToolCalls?.[0]?.arguments as object)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('keeps deeply nested JSON as text instead of walking it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const [call] = extractLlmCalls(
      traceOf([
        chatSpan('00000000000000f1', {
          'gen_ai.input.messages': deep,
          'gen_ai.output.messages': deep
        })
      ])
    ).calls
    expect(call?.promptText === deep).toBe(true)
    expect(call?.output === deep).toBe(true)
    expect(call?.truncated).toBeUndefined()
  })

  it('handles a huge prompt and a parent cycle', () => {
    const huge = 'x'.repeat(5_000_000)
    const a = span({
      spanId: '00000000000000f2',
      parentSpanId: '00000000000000f3',
      attributes: { 'gen_ai.toad_eye.prompt': huge }
    })
    const b = span({
      spanId: '00000000000000f3',
      parentSpanId: '00000000000000f2',
      attributes: { 'gen_ai.toad_eye.prompt': 'b' }
    })
    const { calls } = extractLlmCalls(traceOf([a, b]))
    expect(calls.map(call => call.promptText?.length)).toEqual([5_000_000, 1])
  })

  it('gives a start time and latency even for out-of-range timestamps', () => {
    const [call] = extractLlmCalls(
      traceOf([
        span({
          startTimeUnixMicros: Number.MAX_VALUE,
          durationMicros: Number.NaN,
          attributes: { 'gen_ai.toad_eye.prompt': 'p' }
        })
      ])
    ).calls
    expect(call).toMatchObject({ startTime: '1970-01-01T00:00:00.000Z', latencyMs: 0 })
  })
})
