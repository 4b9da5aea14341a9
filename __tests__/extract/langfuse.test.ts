import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { extractLlmCalls } from '../../src/extract/index.js'
import { decodeTraces } from '../../src/traces/decode/index.js'
import type { Trace } from '../../src/traces/model.js'
import { traceOf } from '../helpers/corpus.js'
import {
  isoToMicros,
  langfuseExportObservations,
  LANGFUSE_EXPORT_TRACE_ID
} from '../helpers/langfuse-export.js'
import { span } from '../helpers/span.js'

describe('Langfuse SDK spans (langfuse.observation.*)', () => {
  const path = '__fixtures__/extract/langfuse-sdk.otlp.json'
  const [trace] = decodeTraces(readFileSync(path, 'utf8'), { origin: path }).traces
  const { calls, skipped } = extractLlmCalls(trace as Trace)

  it('takes generations for calls, in start order; span and tool observations are not calls', () => {
    expect(calls.map(call => call.spanId)).toEqual(['1000000000000002', '1000000000000003'])
    expect(skipped).toEqual([])
  })

  it('reads the chat input, the answer, parameters, usage details and cost details', () => {
    expect(calls[1]).toMatchObject({
      service: 'acme-support',
      system: "You are Acme support. Reply in the customer's language.",
      messages: [{ role: 'user', content: 'Mi factura de marzo está duplicada.' }],
      output: 'Lo siento. He anulado la factura duplicada de marzo; verá el reembolso en 3–5 días.',
      model: 'gpt-4o',
      provider: 'openai',
      cost: 0.000985,
      conventions: ['langfuse'],
      latencyMs: 1400
    })
    expect(calls[1]?.usage).toEqual({ input: 230, output: 41, total: 271, cachedInput: 128 })
    expect(calls[1]?.params).toEqual({ temperature: 0.3, maxTokens: 400 })
  })

  it('reads a failed generation: its input, no answer, the status message', () => {
    expect(calls[0]).toMatchObject({
      messages: [{ role: 'user', content: 'Mi factura de marzo está duplicada.' }],
      error: { message: 'Request timed out after 600ms' }
    })
    expect(calls[0]?.output).toBeUndefined()
  })
})

describe('Langfuse export (pydantic-ai), observations as Langfuse would carry them on OTel spans', () => {
  // Langfuse's export format is not OTLP: rebuild the spans a Langfuse SDK writes from
  // each observation's own fields.
  const spans = langfuseExportObservations().map(observation =>
    span({
      traceId: LANGFUSE_EXPORT_TRACE_ID,
      spanId: observation.id,
      ...(observation.parentObservationId === null
        ? {}
        : { parentSpanId: observation.parentObservationId }),
      name: observation.name,
      startTimeUnixMicros: isoToMicros(observation.startTime),
      durationMicros: isoToMicros(observation.endTime) - isoToMicros(observation.startTime),
      attributes: {
        'langfuse.observation.type': observation.type.toLowerCase(),
        ...(observation.model === null
          ? {}
          : { 'langfuse.observation.model.name': observation.model }),
        ...(observation.input === null
          ? {}
          : { 'langfuse.observation.input': JSON.stringify(observation.input) }),
        ...(observation.output === null
          ? {}
          : { 'langfuse.observation.output': JSON.stringify(observation.output) }),
        'langfuse.observation.usage_details': JSON.stringify(observation.usageDetails),
        'langfuse.observation.cost_details': JSON.stringify(observation.costDetails)
      }
    })
  )
  const { calls, skipped } = extractLlmCalls(traceOf(spans))

  it('reads the one generation: event-shaped input messages and the gen_ai.choice output', () => {
    expect(skipped).toEqual([])
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      spanName: 'chat gpt-4o',
      system: 'You are a helpful assistant that answers questions clearly and concisely.',
      messages: [{ role: 'user', content: 'What is Langfuse?' }],
      output: expect.stringMatching(/^Langfuse is a tool designed for observability/),
      model: 'gpt-4o',
      cost: 0.0010375,
      latencyMs: 4794
    })
    expect(calls[0]?.usage).toEqual({ input: 31, output: 96, total: 127 })
  })
})

describe('Langfuse observations in shapes of the caller’s choosing', () => {
  it('keeps an input and an output that are not chat messages whole, as text', () => {
    const [call] = extractLlmCalls(
      traceOf([
        span({
          attributes: {
            'langfuse.observation.type': 'generation',
            'langfuse.observation.input': '{"ticket": "T-9", "tone": "formal"}',
            'langfuse.observation.output': '{"reply": "Dear customer, …", "escalate": false}'
          }
        })
      ])
    ).calls
    expect(call).toMatchObject({
      promptText: '{"ticket": "T-9", "tone": "formal"}',
      messages: [{ role: 'user', content: '{"ticket": "T-9", "tone": "formal"}' }],
      output: '{"reply": "Dear customer, …", "escalate": false}'
    })
  })
})
