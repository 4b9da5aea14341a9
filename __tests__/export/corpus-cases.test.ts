import { describe, expect, it } from '@jest/globals'
import { traceToDataset } from '../../src/export/export-trace.js'
import type { EvalCase } from '../../src/dataset/format.js'
import { corpusTraces } from '../helpers/corpus.js'

const EPOCH = () => new Date(0)

function casesOf(file: string): EvalCase[] {
  return corpusTraces(file).flatMap(trace => traceToDataset(trace, { now: EPOCH })?.cases ?? [])
}

/** Every interlingua file records the same exchange through a different instrumentation. */
describe.each([
  [
    'otlp-json.otel-genai-v1.37.openai-v2-util-genai.interlingua-raw.json',
    'gpt-4o-mini',
    { input: 412, output: 27 }
  ],
  [
    'otlp-json.openllmetry-0.62.3.interlingua.json',
    'gpt-4o-mini',
    { input: 412, output: 27, total: 439, cached_input: 256, reasoning: 8 }
  ],
  [
    'otlp-json.openllmetry-legacy-indexed.interlingua.json',
    'gpt-4o-mini',
    { input: 412, output: 27, total: 439 }
  ],
  [
    'otlp-json.openinference.openai-0.1.58.interlingua.json',
    'gpt-4o-mini',
    { input: 412, output: 27, total: 439, cached_input: 256, reasoning: 8 }
  ],
  [
    'otlp-json.vercel-ai-sdk-5.interlingua.json',
    'gpt-4o-mini',
    { input: 412, output: 27, cached_input: 384 }
  ],
  [
    'otlp-json.litellm-1.79.3.interlingua.json',
    'anthropic.claude-3-5-sonnet-20241022-v2:0',
    { input: 1204, output: 88, total: 1292, cached_input: 1024 }
  ]
])('the support-agent exchange in %s', (file, model, tokens) => {
  it('becomes one case asking for the order, answered by a lookup_order call', () => {
    const cases = casesOf(file)
    expect(cases).toHaveLength(1)
    const [evalCase] = cases
    expect(evalCase?.variables.input).toBe('Where is order A-1187?')
    expect(evalCase?.system).toBe('You are a support agent. Use the tools you are given.')
    expect(evalCase?.output).toBe('')
    expect(evalCase?.tool_calls?.map(call => [call.name, call.arguments])).toEqual([
      ['lookup_order', { order_id: 'A-1187' }]
    ])
    expect(evalCase?.assertions).toEqual([{ type: 'calls_tool', value: 'lookup_order' }])
    expect(evalCase?.source?.model).toBe(model)
    expect(evalCase?.source?.tokens).toEqual(tokens)
  })
})

describe('the Jaeger UI GenAI trace (current semantic conventions)', () => {
  it('becomes one case per chat span, keeping the system instructions apart', () => {
    const cases = casesOf('jaeger-v1-ui-trace.genai-semconv.jaeger-ui.json')
    expect(cases.map(evalCase => [evalCase.variables.input, evalCase.output])).toEqual([
      [
        'Why did the checkout latency regress this afternoon?',
        'Latency rose with a slow pod rollout. Checking the dashboards and traces now.'
      ],
      [
        'Summarise the findings from the dashboards and traces.',
        'A pod rollout at 14:05 slowed checkout; latency recovered once it completed.'
      ]
    ])
    expect(cases[0]?.system).toMatch(
      /^You are a triage assistant\. Use the available tools before a/
    )
    expect(cases.map(evalCase => evalCase.source?.tokens)).toEqual([
      { input: 1840, output: 260, cached_input: 920 },
      { input: 920, output: 140, cached_input: 460 }
    ])
    expect(cases.map(evalCase => evalCase.assertions[0])).toEqual([
      { type: 'max_length', value: 116 },
      { type: 'max_length', value: 114 }
    ])
  })
})

/** Three instrumentations of one LangChain app asking two questions each. */
describe.each([
  ['oteltest-envelope.openllmetry-langchain-indexed.bakeoff.json', [7, 93]],
  ['oteltest-envelope.langsmith-otel.bakeoff.json', [7, 97]],
  ['oteltest-envelope.openlit-content-events.bakeoff.json', [7, 110]]
])('the LangChain captures in %s', (file, outputTokens) => {
  it('become one case per question with the answer recorded', () => {
    const cases = casesOf(file)
    expect(cases).toHaveLength(2)
    expect(cases.map(evalCase => evalCase.variables.input.trim().split('\n')[0])).toEqual([
      'You are a helpful assistant that provides clear and concise answers.',
      'You are a helpful assistant that provides clear and concise answers.'
    ])
    expect(cases[0]?.output).toBe('The capital of France is Paris.')
    expect(cases[1]?.output).toMatch(/^Photosynthesis is the process by which/)
    expect(cases.map(evalCase => evalCase.source?.tokens?.output)).toEqual(outputTokens)
    expect(cases.map(evalCase => evalCase.source?.model)).toEqual([
      'gpt-3.5-turbo',
      'gpt-3.5-turbo'
    ])
  })
})
