import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import { traceOf } from '../helpers/corpus.js'
import {
  isoToMicros,
  langfuseExportObservations,
  LANGFUSE_EXPORT_TRACE_ID
} from '../helpers/langfuse-export.js'
import { span } from '../helpers/span.js'

describe('pydantic-ai 0.2.15 spans, as kept in a Langfuse export', () => {
  const spans = langfuseExportObservations().map(observation =>
    span({
      traceId: LANGFUSE_EXPORT_TRACE_ID,
      spanId: observation.id,
      ...(observation.parentObservationId === null
        ? {}
        : { parentSpanId: observation.parentObservationId }),
      name: observation.name,
      startTimeUnixMicros: isoToMicros(observation.startTime),
      attributes: observation.metadata.attributes ?? {}
    })
  )
  const { calls, skipped } = extractLlmCalls(traceOf(spans))

  it('reads the model request span from its `events` list; the agent run span is not a call', () => {
    expect(skipped).toEqual([])
    expect(calls.map(call => call.spanName)).toEqual(['chat gpt-4o'])
  })

  it('reads the conversation and the answer from the gen_ai.*.message and gen_ai.choice records', () => {
    expect(calls[0]).toMatchObject({
      system: 'You are a helpful assistant that answers questions clearly and concisely.',
      messages: [{ role: 'user', content: 'What is Langfuse?' }],
      output: expect.stringMatching(
        /supporting both self-hosted implementations and cloud-based solutions\.$/
      ),
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-4o',
      responseModel: 'gpt-4o-2024-08-06',
      conventions: ['logfire', 'otel-genai', 'otel-genai-deprecated']
    })
    // pydantic-ai writes its token counts as text.
    expect(calls[0]?.usage).toEqual({ input: 31, output: 96 })
  })
})

describe('pydantic-ai tool use in the `events` attribute', () => {
  it('reads tool calls, tool results and the tools offered', () => {
    const events = [
      { 'event.name': 'gen_ai.system.message', role: 'system', content: 'You check flights.' },
      { 'event.name': 'gen_ai.user.message', role: 'user', content: 'Is LH400 on time?' },
      {
        'event.name': 'gen_ai.assistant.message',
        role: 'assistant',
        tool_calls: [
          {
            id: 'c1',
            type: 'function',
            function: { name: 'flight_status', arguments: '{"flight":"LH400"}' }
          }
        ]
      },
      {
        'event.name': 'gen_ai.tool.message',
        role: 'tool',
        id: 'c1',
        name: 'flight_status',
        content: 'delayed 20 min'
      },
      {
        'event.name': 'gen_ai.choice',
        index: 0,
        message: { role: 'assistant', content: 'LH400 is 20 minutes late.' }
      }
    ]
    const call = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'gen_ai.operation.name': 'chat',
            'gen_ai.system': 'openai',
            'gen_ai.request.model': 'gpt-4o',
            events: JSON.stringify(events),
            model_request_parameters: JSON.stringify({
              function_tools: [
                {
                  name: 'flight_status',
                  description: 'Status of a flight.',
                  parameters_json_schema: {
                    type: 'object',
                    properties: { flight: { type: 'string' } }
                  }
                }
              ],
              allow_text_output: true
            })
          }
        })
      ])
    ).calls[0]
    expect(call?.system).toBe('You check flights.')
    expect(call?.messages).toEqual([
      { role: 'user', content: 'Is LH400 on time?' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'c1', name: 'flight_status', arguments: { flight: 'LH400' } }]
      },
      { role: 'tool', content: 'delayed 20 min', toolCallId: 'c1', name: 'flight_status' }
    ])
    expect(call?.output).toBe('LH400 is 20 minutes late.')
    expect(call?.tools).toEqual([
      {
        name: 'flight_status',
        description: 'Status of a flight.',
        parameters: { type: 'object', properties: { flight: { type: 'string' } } }
      }
    ])
  })
})
