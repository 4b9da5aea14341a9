import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { extractLlmCalls } from '../../src/extract/index.js'
import { decodeTraces } from '../../src/traces/decode/index.js'
import type { Trace } from '../../src/traces/model.js'
import { corpusTrace, flatAttributesTrace, traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

describe('OTel GenAI: the jaeger-ui agent trace (57 spans)', () => {
  const { calls, skipped } = extractLlmCalls(
    corpusTrace('jaeger-v1-ui-trace.genai-semconv.jaeger-ui.json')
  )

  it('finds the five chat spans and nothing else: agents, tools and retrieval are not calls', () => {
    expect(calls.map(call => call.spanId)).toEqual([
      '0000000000000005',
      '0000000000000014',
      '0000000000000023',
      '0000000000000036',
      '0000000000000038'
    ])
    expect(skipped).toEqual([])
  })

  it('reads system instructions, messages and the answer from JSON parts', () => {
    expect(calls[0]).toMatchObject({
      service: 'coding-agent',
      system: 'You are a triage assistant. Use the available tools before answering.',
      messages: [{ role: 'user', content: 'Why did the checkout latency regress this afternoon?' }],
      output: 'Latency rose with a slow pod rollout. Checking the dashboards and traces now.',
      operation: 'chat',
      provider: 'example-ai',
      model: 'model-a',
      usage: { input: 1840, output: 260, cachedInput: 920 },
      latencyMs: 1800,
      conventions: ['otel-genai']
    })
  })

  it('reads the summarizer agent call on its own model', () => {
    expect(calls[3]).toMatchObject({
      model: 'model-b',
      messages: [
        { role: 'user', content: 'Summarise the findings from the dashboards and traces.' }
      ],
      output: 'A pod rollout at 14:05 slowed checkout; latency recovered once it completed.',
      usage: { input: 920, output: 140, cachedInput: 460 }
    })
  })
})

describe('OTel GenAI: the newsroom example (Anthropic)', () => {
  const path = 'examples/traces/newsroom.otlp.json'
  const traces = decodeTraces(readFileSync(path, 'utf8'), { origin: path }).traces

  it('reads one summary call per trace', () => {
    const calls = traces.flatMap(trace => extractLlmCalls(trace).calls)
    expect(calls.map(call => call.output)).toEqual([
      'The council approved a Main Street cycling lane, built March to June, removing east-side parking.',
      "Acme's Q3 revenue rose 8% to €12.4M on subscriptions, with similar growth expected next quarter."
    ])
    expect(calls[0]).toMatchObject({
      system: 'Summarize the article in one sentence of at most 25 words.',
      provider: 'anthropic',
      model: 'claude-3-5-haiku-20241022',
      finishReason: 'stop',
      params: { temperature: 0, maxTokens: 256 },
      usage: { input: 48, output: 21 }
    })
  })
})

describe('OTel GenAI: a tool round trip (OpenInference converter fixture)', () => {
  const [call] = extractLlmCalls(
    flatAttributesTrace(
      'attrs-flat.otel-genai-input-output-messages.openinference-genai-fixture.json'
    )
  ).calls

  it('reads the assistant tool call and the tool response (key `response`) as a tool turn', () => {
    expect(call?.messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: 'Absolutely! Let me check the weather for you.',
        toolCalls: [{ id: '1234', name: 'get_weather', arguments: { location: 'Paris' } }]
      },
      { role: 'tool', toolCallId: '1234', content: 'rainy, 57°F' }
    ])
    expect(call?.output).toBe('The weather in Paris is currently rainy with a temperature of 57°F.')
    expect(call?.finishReason).toBe('stop')
    expect(call).toMatchObject({
      provider: 'openai',
      model: 'gpt-4',
      responseModel: 'gpt-4-0613',
      usage: { input: 97, output: 52 },
      params: { temperature: 0.5, maxTokens: 200, topP: 0.9 }
    })
  })
})

describe('OTel GenAI: message parts', () => {
  function callOf(attributes: Record<string, string>) {
    return extractLlmCalls(
      traceOf([span({ attributes: { 'gen_ai.operation.name': 'chat', ...attributes } })])
    ).calls[0]
  }

  it('reads a tool response under the key `result`, and keeps unknown part types that carry content', () => {
    const call = callOf({
      'gen_ai.input.messages': JSON.stringify([
        {
          role: 'user',
          parts: [
            { type: 'text', content: 'Convert 3 km.' },
            { type: 'citation', content: '[1] unit table' }
          ]
        },
        { role: 'tool', parts: [{ type: 'tool_call_response', id: 'c1', result: { miles: 1.86 } }] }
      ]),
      'gen_ai.output.messages': JSON.stringify([
        {
          role: 'assistant',
          parts: [
            { type: 'reasoning', content: 'km to miles is ×0.621' },
            { type: 'text', content: '3 km is 1.86 miles.' }
          ],
          finish_reason: 'stop'
        }
      ])
    })
    expect(call?.messages).toEqual([
      { role: 'user', content: 'Convert 3 km.\n[1] unit table' },
      { role: 'tool', toolCallId: 'c1', content: '{"miles":1.86}' }
    ])
    expect(call?.output).toBe('3 km is 1.86 miles.')
  })

  it('reads plain-text system instructions (LiteLLM) and a system message inside the input', () => {
    const call = callOf({
      'gen_ai.system_instructions': 'Be brief.',
      'gen_ai.input.messages': JSON.stringify([
        { role: 'system', parts: [{ type: 'text', content: 'Answer in French.' }] },
        { role: 'user', parts: [{ type: 'text', content: 'Hello' }] }
      ])
    })
    expect(call?.system).toBe('Be brief.\nAnswer in French.')
    expect(call?.messages).toEqual([{ role: 'user', content: 'Hello' }])
  })

  it('unwraps messages stored as JSON text of JSON text', () => {
    const inner = JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Hi' }] }])
    expect(callOf({ 'gen_ai.input.messages': JSON.stringify(inner) })?.messages).toEqual([
      { role: 'user', content: 'Hi' }
    ])
  })

  it('reads the output when only output messages were recorded', () => {
    const call = callOf({
      'gen_ai.output.messages':
        '[{"role":"assistant","parts":[{"type":"text","content":"Bonjour"}]}]'
    })
    expect(call).toMatchObject({ output: 'Bonjour', messages: [], hasContent: true })
  })
})

describe('OTel GenAI: messages cut short by Tempo', () => {
  const path = '__fixtures__/extract/otel-genai-truncated.tempo.json'
  const [trace] = decodeTraces(readFileSync(path, 'utf8'), {
    origin: path,
    truncationLimitBytes: 256
  }).traces
  const [call] = extractLlmCalls(trace as Trace).calls

  it('keeps the cut input as text, keeps the intact output, and marks the call truncated', () => {
    expect(call?.truncated).toBe(true)
    expect(call?.promptText).toMatch(/^\[\{"role":"system".*PRs: #412 faster$/)
    expect(call?.messages).toEqual([{ role: 'user', content: call?.promptText }])
    expect(call?.output).toBe(
      '- CSV export is faster\n- Invoice dates use your timezone\n- Dark mode\n- API v1 removed'
    )
    expect(call?.usage).toEqual({ input: 121, output: 29 })
  })

  it('notices JSON cut short even when the backend did not flag it', () => {
    const cut = '[{"role":"user","parts":[{"type":"text","content":"Summarize the attached con'
    const unflagged = extractLlmCalls(
      traceOf([
        span({ attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.input.messages': cut } })
      ])
    ).calls[0]
    expect(unflagged).toMatchObject({ promptText: cut, truncated: true })
  })
})
