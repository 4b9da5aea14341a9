import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import { corpusTraces, flatAttributesTrace, traceOf } from '../helpers/corpus.js'
import { span, spanEvent } from '../helpers/span.js'

const FRANCE_PROMPT =
  '\n    You are a helpful assistant that provides clear and concise answers.\n\n    Question: What is the capital of France?\n\n    Please provide a helpful answer:\n    '

describe('OpenLIT: content in gen_ai.content.prompt/completion span events (bakeoff capture)', () => {
  const results = corpusTraces('oteltest-envelope.openlit-content-events.bakeoff.json').map(
    extractLlmCalls
  )

  it('keeps the inner OpenAI span of each LangChain call: one call per trace', () => {
    expect(results.map(result => result.calls.map(call => call.spanId))).toEqual([
      ['2b584edf158ae132'],
      ['885b629f7751087e']
    ])
    expect(results.flatMap(result => result.skipped)).toEqual([])
  })

  it('parses the `user: …` transcript back into the message, multi-line content intact', () => {
    const call = results[0]?.calls[0]
    expect(call?.messages).toEqual([{ role: 'user', content: FRANCE_PROMPT }])
    expect(call?.promptText).toBeUndefined()
    expect(call?.output).toBe('The capital of France is Paris.')
  })

  it('reads the call metadata, cost included, and leaves out unset parameters', () => {
    expect(results[0]?.calls[0]).toMatchObject({
      spanName: 'chat gpt-3.5-turbo',
      service: 'default',
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-3.5-turbo',
      responseModel: 'gpt-3.5-turbo-0125',
      finishReason: 'stop',
      usage: { input: 39, output: 7, total: 46 },
      cost: 0.00003,
      conventions: ['otel-genai', 'otel-genai-deprecated']
    })
    // OpenLIT writes max_tokens -1 and seed '' when they were not set.
    expect(results[0]?.calls[0]?.params).toEqual({ temperature: 1, topP: 1 })
  })
})

describe('deprecated gen_ai.prompt / gen_ai.completion blobs (OpenInference converter fixture)', () => {
  const { calls, skipped } = extractLlmCalls(
    flatAttributesTrace(
      'attrs-flat.otel-genai-deprecated-prompt-completion.openinference-genai-fixture.json'
    )
  )

  it('reads the conversation and `{text, finish_reason}` answer', () => {
    expect(skipped).toEqual([])
    expect(calls[0]?.messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: 'Absolutely! Let me check the weather for you.',
        toolCalls: [{ id: '1234', name: 'get_weather', arguments: { location: 'Paris' } }]
      },
      { role: 'tool', toolCallId: '1234', content: 'rainy, 57°F' }
    ])
    expect(calls[0]).toMatchObject({
      output: 'The weather in Paris is currently rainy with a temperature of 57°F.',
      finishReason: 'stop',
      conventions: ['otel-genai', 'otel-genai-deprecated']
    })
  })
})

describe('deprecated forms written by hand-rolled and older instrumentations', () => {
  it('reads OpenAI-style messages with tool calls from gen_ai.prompt, gen_ai.system as the provider', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'gen_ai.system': 'OpenAI',
            'gen_ai.request.model': 'gpt-4o',
            'gen_ai.usage.prompt_tokens': '120',
            'gen_ai.usage.completion_tokens': '9',
            'gen_ai.prompt': JSON.stringify([
              { role: 'system', content: 'You book meetings.' },
              { role: 'user', content: 'Book Monday 10am.' },
              {
                role: 'assistant',
                content: null,
                tool_calls: [
                  {
                    id: 'call_1',
                    type: 'function',
                    function: { name: 'book', arguments: '{"day":"Mon","hour":10}' }
                  }
                ]
              },
              { role: 'tool', tool_call_id: 'call_1', content: 'booked' }
            ]),
            'gen_ai.completion': JSON.stringify([
              { role: 'assistant', content: 'Booked for Monday 10:00.' }
            ])
          }
        })
      ])
    ).calls[0]
    expect(call).toMatchObject({
      provider: 'openai',
      system: 'You book meetings.',
      output: 'Booked for Monday 10:00.',
      usage: { input: 120, output: 9 }
    })
    expect(call?.messages).toEqual([
      { role: 'user', content: 'Book Monday 10am.' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'call_1', name: 'book', arguments: { day: 'Mon', hour: 10 } }]
      },
      { role: 'tool', toolCallId: 'call_1', content: 'booked' }
    ])
  })

  it('reads per-message events (fields as attributes or as a JSON body) and the gen_ai.choice event', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: { 'gen_ai.system': 'openai', 'gen_ai.request.model': 'gpt-4o-mini' },
          events: [
            spanEvent('gen_ai.system.message', {
              'gen_ai.system': 'openai',
              content: 'You are terse.'
            }),
            spanEvent('gen_ai.user.message', { body: '{"content":"Capital of Peru?"}' }),
            spanEvent('gen_ai.assistant.message', {
              body: '{"tool_calls":[{"id":"t1","type":"function","function":{"name":"search","arguments":"{\\"q\\":\\"Peru capital\\"}"}}]}'
            }),
            spanEvent('gen_ai.tool.message', { id: 't1', content: 'Lima' }),
            spanEvent('gen_ai.choice', {
              index: 0,
              finish_reason: 'stop',
              body: '{"message":{"role":"assistant","content":"Lima."}}'
            })
          ]
        })
      ])
    ).calls[0]
    expect(call?.system).toBe('You are terse.')
    expect(call?.messages).toEqual([
      { role: 'user', content: 'Capital of Peru?' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 't1', name: 'search', arguments: { q: 'Peru capital' } }]
      },
      { role: 'tool', content: 'Lima', toolCallId: 't1' }
    ])
    expect(call).toMatchObject({ output: 'Lima.', finishReason: 'stop', provider: 'openai' })
  })

  it('keeps a prompt that is plain text and not a transcript as the prompt text', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: { 'gen_ai.system': 'cohere', 'gen_ai.request.model': 'command-r' },
          events: [
            spanEvent('gen_ai.content.prompt', { 'gen_ai.prompt': 'Write a haiku about rain.' }),
            spanEvent('gen_ai.content.completion', {
              'gen_ai.completion': 'Soft rain on tin roofs'
            })
          ]
        })
      ])
    ).calls[0]
    expect(call).toMatchObject({
      promptText: 'Write a haiku about rain.',
      messages: [{ role: 'user', content: 'Write a haiku about rain.' }],
      output: 'Soft rain on tin roofs',
      provider: 'cohere'
    })
  })

  it('keeps an answer that is itself JSON as the text it was', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'gen_ai.system': 'openai',
            'gen_ai.request.model': 'gpt-4o',
            'gen_ai.prompt': '[{"role":"user","content":"Order status as JSON"}]',
            'gen_ai.completion': '{"order": "A-1187", "status": "shipped"}'
          }
        })
      ])
    ).calls[0]
    expect(call?.output).toBe('{"order": "A-1187", "status": "shipped"}')
  })
})
