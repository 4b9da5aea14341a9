import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import { flatAttributesTrace, traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

describe('OpenInference flattened messages (converter fixture)', () => {
  const { calls } = extractLlmCalls(
    flatAttributesTrace('attrs-flat.openinference-tool-calls.openinference-genai-fixture.json')
  )

  it('reads `contents` parts, tool calls and the tool result turn', () => {
    expect(calls[0]?.messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: 'Absolutely! Let me check the weather for you.',
        toolCalls: [{ id: '1234', name: 'get_weather', arguments: { location: 'Paris' } }]
      },
      { role: 'tool', content: 'rainy, 57°F', toolCallId: '1234' }
    ])
    expect(calls[0]?.output).toBe(
      'The weather in Paris is currently rainy with a temperature of 57°F.'
    )
  })

  it('takes the requested model from the invocation parameters and the answering one from llm.model_name', () => {
    expect(calls[0]).toMatchObject({
      provider: 'openai',
      model: 'gpt-4',
      responseModel: 'gpt-4-0613',
      finishReason: 'stop',
      usage: { input: 97, output: 52, total: 149 },
      params: { temperature: 0.5, maxTokens: 200, topP: 0.9 },
      conventions: ['openinference']
    })
  })
})

describe('OpenInference without flattened messages', () => {
  it('falls back to the raw request and response in input.value / output.value', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'openinference.span.kind': 'LLM',
            'input.mime_type': 'application/json',
            'input.value': JSON.stringify({
              model: 'claude-3-5-haiku',
              system: 'Reply with one word.',
              max_tokens: 16,
              messages: [{ role: 'user', content: [{ type: 'text', text: 'Sky colour?' }] }]
            }),
            'output.mime_type': 'application/json',
            'output.value': JSON.stringify({
              model: 'claude-3-5-haiku-20241022',
              role: 'assistant',
              content: [{ type: 'text', text: 'Blue.' }],
              stop_reason: 'end_turn',
              usage: { input_tokens: 14, output_tokens: 3 }
            })
          }
        })
      ])
    ).calls[0]
    expect(call).toMatchObject({
      system: 'Reply with one word.',
      messages: [{ role: 'user', content: 'Sky colour?' }],
      output: 'Blue.',
      finishReason: 'end_turn',
      model: 'claude-3-5-haiku',
      responseModel: 'claude-3-5-haiku-20241022',
      provider: 'anthropic',
      params: { maxTokens: 16 }
    })
  })

  it('keeps text/plain input and output as text', () => {
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'openinference.span.kind': 'LLM',
            'llm.model_name': 'mistral-small',
            'input.mime_type': 'text/plain',
            'input.value': '[draft] Rewrite: hello wrld',
            'output.value': 'Hello, world.'
          }
        })
      ])
    ).calls[0]
    expect(call).toMatchObject({
      promptText: '[draft] Rewrite: hello wrld',
      messages: [{ role: 'user', content: '[draft] Rewrite: hello wrld' }],
      output: 'Hello, world.',
      model: 'mistral-small',
      provider: 'mistral_ai'
    })
  })

  it('does not take CHAIN, TOOL or EMBEDDING spans for calls, and reports an LLM span without content', () => {
    const kinds = ['CHAIN', 'TOOL', 'EMBEDDING', 'LLM'].map((kind, index) =>
      span({
        spanId: `000000000000000${index}`,
        name: kind.toLowerCase(),
        attributes: { 'openinference.span.kind': kind, 'llm.model_name': 'gpt-4o' }
      })
    )
    expect(extractLlmCalls(traceOf(kinds))).toEqual({
      calls: [],
      skipped: [
        {
          traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
          spanId: '0000000000000003',
          spanName: 'llm',
          reason: 'no-content',
          convention: 'openinference'
        }
      ]
    })
  })
})
