import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import { corpusTrace, corpusTraces, traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

describe('OpenLLMetry LangChain instrumentation (bakeoff capture)', () => {
  const results = corpusTraces('oteltest-envelope.openllmetry-langchain-indexed.bakeoff.json').map(
    extractLlmCalls
  )

  it('finds the ChatOpenAI.chat span of each trace; workflow and task spans are not calls', () => {
    expect(results.map(result => result.calls.map(call => call.spanName))).toEqual([
      ['ChatOpenAI.chat'],
      ['ChatOpenAI.chat']
    ])
    expect(results.flatMap(result => result.skipped)).toEqual([])
  })

  it('reads the indexed prompt and completion', () => {
    const call = results[0]?.calls[0]
    expect(call?.messages).toEqual([
      {
        role: 'user',
        content:
          '\n    You are a helpful assistant that provides clear and concise answers.\n\n    Question: What is the capital of France?\n\n    Please provide a helpful answer:\n    '
      }
    ])
    expect(call?.output).toBe('The capital of France is Paris.')
  })

  it('does not take `Langchain` for the provider: it infers openai from the model', () => {
    expect(results[0]?.calls[0]).toMatchObject({
      provider: 'openai',
      model: 'gpt-3.5-turbo',
      responseModel: 'gpt-3.5-turbo-0125',
      operation: 'chat',
      usage: { input: 39, output: 7, total: 46, cachedInput: 0 }
    })
    expect(results[1]?.calls[0]?.usage).toEqual({
      input: 38,
      output: 93,
      total: 131,
      cachedInput: 0
    })
  })
})

describe('OpenLLMetry workflow spans', () => {
  it('is not a call on its own: its entity output (JSON in a JSON string) only fills the call it wraps', () => {
    const trace = corpusTrace('otlp-json.openllmetry-0.62.3.interlingua.json')
    const chat = trace.spans.find(candidate => candidate.name === 'openai.chat')
    if (chat === undefined) throw new Error('openai.chat span missing')
    // The same call with its output not recorded on the call span.
    delete chat.attributes['gen_ai.output.messages']
    const { calls } = extractLlmCalls(trace)
    expect(calls.map(call => call.spanName)).toEqual(['openai.chat'])
    expect(calls[0]?.outputToolCalls).toEqual([
      { id: 'call_9RtYbK2mXqLp', name: 'lookup_order', arguments: { order_id: 'A-1187' } }
    ])
    expect(calls[0]?.conventions).toEqual(['otel-genai', 'openllmetry'])
  })

  it('lends nothing when it wraps several calls', () => {
    const workflow = span({
      spanId: '00000000000000a0',
      name: 'answer.workflow',
      attributes: {
        'traceloop.span.kind': 'workflow',
        'traceloop.entity.output': JSON.stringify({
          choices: [{ message: { role: 'assistant', content: 'final' } }]
        })
      }
    })
    const chat = (spanId: string, start: number) =>
      span({
        spanId,
        parentSpanId: '00000000000000a0',
        name: 'openai.chat',
        startTimeUnixMicros: start,
        attributes: {
          'llm.request.type': 'chat',
          'gen_ai.request.model': 'gpt-4o',
          'gen_ai.prompt.0.role': 'user',
          'gen_ai.prompt.0.content': `step ${spanId}`
        }
      })
    const { calls } = extractLlmCalls(
      traceOf([workflow, chat('00000000000000a2', 2), chat('00000000000000a1', 1)])
    )
    expect(calls.map(call => call.spanId)).toEqual(['00000000000000a1', '00000000000000a2'])
    expect(calls.map(call => call.output)).toEqual([undefined, undefined])
  })
})

describe('OpenLLMetry indexed attributes', () => {
  it('reads list content stored as JSON text, tool results, and an embedding span as no call', () => {
    const chat = span({
      attributes: {
        'llm.request.type': 'chat',
        'gen_ai.system': 'Anthropic',
        'gen_ai.request.model': 'claude-3-5-sonnet',
        'gen_ai.prompt.0.role': 'user',
        'gen_ai.prompt.0.content':
          '[{"type":"text","text":"Total of"},{"type":"text","text":"2+2?"}]',
        'gen_ai.prompt.1.role': 'assistant',
        'gen_ai.prompt.1.tool_calls.0.id': 'tu_1',
        'gen_ai.prompt.1.tool_calls.0.name': 'calc',
        'gen_ai.prompt.1.tool_calls.0.arguments': '{"expr":"2+2"}',
        'gen_ai.prompt.2.role': 'tool',
        'gen_ai.prompt.2.tool_call_id': 'tu_1',
        'gen_ai.prompt.2.content': '4',
        'gen_ai.completion.0.role': 'assistant',
        'gen_ai.completion.0.content': 'It is 4.',
        'gen_ai.completion.0.finish_reason': 'end_turn'
      }
    })
    const embedding = span({
      spanId: '00000000000000e1',
      name: 'openai.embeddings',
      attributes: {
        'llm.request.type': 'embedding',
        'gen_ai.request.model': 'text-embedding-3-small'
      }
    })
    const { calls, skipped } = extractLlmCalls(traceOf([chat, embedding]))
    expect(skipped).toEqual([])
    expect(calls).toHaveLength(1)
    expect(calls[0]?.messages).toEqual([
      { role: 'user', content: 'Total of\n2+2?' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'tu_1', name: 'calc', arguments: { expr: '2+2' } }]
      },
      { role: 'tool', content: '4', toolCallId: 'tu_1' }
    ])
    expect(calls[0]).toMatchObject({
      output: 'It is 4.',
      finishReason: 'end_turn',
      provider: 'anthropic'
    })
  })
})
