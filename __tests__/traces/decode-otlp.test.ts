import { describe, expect, it } from '@jest/globals'
import {
  decodeTraceDocuments,
  decodeTraces,
  TraceFormatError
} from '../../src/traces/decode/index.js'
import type { Trace } from '../../src/traces/model.js'
import {
  decodeCorpus,
  decodeFixture,
  onlyTrace,
  parentLinks,
  readCorpus,
  spanById,
  spanByName
} from './decode-helpers.js'

describe('OTLP JSON (ExportTraceServiceRequest / TracesData)', () => {
  it('decodes the spec example and drops its duplicated span', () => {
    const result = decodeCorpus('otlp-json.jaeger-otlp2jaeger-in.json')
    expect(result.format).toBe('otlp')
    const trace = onlyTrace(result)
    expect(trace.warnings).toBeUndefined()
    expect(trace.spans).toEqual([
      {
        traceId: '83a9efd15c1c98a977e0711cc93ee28b',
        spanId: 'e127af99e3b3e074',
        parentSpanId: '909541b92cf05311',
        name: 'okey-dokey-0',
        service: 'telemetrygen',
        kind: 'server',
        startTimeUnixMicros: 1706678909209712,
        durationMicros: 123,
        status: { code: 'unset' },
        attributes: { 'net.peer.ip': '1.2.3.4', 'peer.service': 'telemetrygen-client' },
        events: [],
        resource: { 'service.name': 'telemetrygen' },
        scope: { name: 'telemetrygen' }
      }
    ])
  })

  it('merges JSON Lines (one request per line) into one trace', () => {
    const result = decodeCorpus('otlp-jsonl.jaeger-ui-multi-in.jsonl')
    expect(result.format).toBe('otlp')
    const trace = onlyTrace(result)
    expect(trace.traceId).toBe('c620759e5d60fafb8ee0922b30e06bc6')
    // An empty parentSpanId means a root span.
    expect(parentLinks(trace)).toEqual([
      '26f5ef9dbb885479 -> 49b8e9efa1e8a3b1',
      'e76628f4e6dde174 -> 49b8e9efa1e8a3b1',
      '49b8e9efa1e8a3b1 -> eff3153be6b1fb93',
      'eff3153be6b1fb93 -> root'
    ])
    const main = spanById(trace, 'eff3153be6b1fb93')
    expect(main).toMatchObject({
      name: 'main',
      kind: 'internal',
      service: 'example-trace',
      scope: { name: 'widgets', version: '1.2.3' },
      startTimeUnixMicros: 1711138246940000,
      // 176321958 ns: truncated to whole microseconds, as Jaeger does.
      durationMicros: 176321
    })
    expect(main.resource['telemetry.sdk.version']).toBe('1.22.0')
  })

  it('reads snake_case keys, instrumentationLibrarySpans, numeric times and every AnyValue kind', () => {
    const trace = onlyTrace(decodeFixture('otlp-snake-case.json'))
    const [span] = trace.spans
    expect(span).toMatchObject({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      name: 'every value kind',
      service: 'legacy-exporter',
      kind: 'producer',
      startTimeUnixMicros: 1764147600000000,
      durationMicros: 0,
      status: { code: 'error', message: 'deadline exceeded' },
      scope: { name: 'io.opentelemetry.legacy', version: '0.16.0' }
    })
    expect(span?.parentSpanId).toBeUndefined()
    expect(span?.resource).toEqual({ 'service.name': 'legacy-exporter', 'host.id': 12 })
    expect(span?.attributes).toEqual({
      text: 'hello',
      flag: true,
      small: 42,
      huge: '9223372036854775807',
      ratio: 0.25,
      'not.a.number': 'NaN',
      raw: 'AAAwOQ==',
      list: ['a', 1, null],
      map: { ['__proto__']: 'plain key', nested: { ok: false } },
      empty: null
    })
    const map = span?.attributes['map'] as Record<string, unknown>
    expect(Object.getPrototypeOf(map)).toBeNull()
    expect(Object.keys(map)).toEqual(['__proto__', 'nested'])
    expect(span?.events).toEqual([
      {
        name: 'exception',
        timeUnixMicros: 1764147600000500,
        attributes: { 'exception.type': 'TimeoutError' }
      },
      { name: '', timeUnixMicros: 1764147600000600, attributes: {} }
    ])
    expect(span?.links).toEqual([
      {
        traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
        spanId: '01e1a2b3c4d5e6f7',
        attributes: { 'link.reason': 'retry of' }
      }
    ])
    expect(trace.warnings).toEqual(['span b7ad6b7169203331: ignored a link with an invalid id'])
  })

  describe('LLM instrumentation captures (genai-interlingua)', () => {
    it('OTel GenAI current: one client span with JSON message strings', () => {
      const trace = onlyTrace(
        decodeCorpus('otlp-json.otel-genai-v1.37.openai-v2-util-genai.interlingua-raw.json')
      )
      expect(trace.traceId).toBe('053074667b1113278073667614bb3e19')
      const chat = spanById(trace, '03491beea3cb073d')
      expect(chat).toMatchObject({
        name: 'chat gpt-4o-mini',
        service: 'capture',
        kind: 'client',
        scope: { name: 'opentelemetry.util.genai.handler', version: '1.1b0' },
        status: { code: 'unset' }
      })
      expect(chat.parentSpanId).toBeUndefined()
      expect(chat.attributes['gen_ai.provider.name']).toBe('openai')
      expect(chat.attributes['gen_ai.request.temperature']).toBe(0.7)
      expect(chat.attributes['gen_ai.usage.input_tokens']).toBe(412)
      expect(chat.attributes['gen_ai.response.finish_reasons']).toEqual(['tool_calls'])
      // OTLP strings stay strings: only Jaeger's translator hides arrays in JSON text.
      expect(typeof chat.attributes['gen_ai.input.messages']).toBe('string')
    })

    it('OpenLLMetry migrated: a workflow span with its chat child', () => {
      const trace = onlyTrace(decodeCorpus('otlp-json.openllmetry-0.62.3.interlingua.json'))
      expect(trace.traceId).toBe('77d66be22a4ffc8149309684b3a319f7')
      expect(parentLinks(trace)).toEqual([
        '76a26812b532f640 -> aaa24d5a6cca68bf',
        'aaa24d5a6cca68bf -> root'
      ])
      const workflow = spanById(trace, 'aaa24d5a6cca68bf')
      expect(workflow.name).toBe('support_triage.workflow')
      expect(workflow.scope).toEqual({ name: 'traceloop.tracer' })
      expect(workflow.attributes['traceloop.span.kind']).toBe('workflow')
      const chat = spanById(trace, '76a26812b532f640')
      expect(chat.name).toBe('openai.chat')
      expect(chat.kind).toBe('client')
      expect(chat.attributes['gen_ai.is_streaming']).toBe(false)
      expect(chat.attributes['gen_ai.usage.reasoning_tokens']).toBe(8)
      expect(chat.attributes['gen_ai.response.finish_reasons']).toEqual(['tool_call'])
    })

    it('OpenLLMetry legacy: indexed prompt attributes', () => {
      const trace = onlyTrace(decodeCorpus('otlp-json.openllmetry-legacy-indexed.interlingua.json'))
      expect(trace.traceId).toBe('5b8efff798038103d269b633813fc60c')
      const chat = spanById(trace, 'eee19b7ec3c1b174')
      expect(chat.parentSpanId).toBe('eee19b7ec3c1b173')
      expect(chat.service).toBe('support-triage')
      expect(chat.attributes['gen_ai.prompt.1.content']).toBe('Where is order A-1187?')
      expect(chat.attributes['gen_ai.completion.0.tool_calls.0.name']).toBe('lookup_order')
      expect(chat.attributes['llm.chat.stop_sequences']).toEqual(['\n\nObservation:'])
      expect(chat.attributes['traceloop.prompt.version']).toBe(3)
      expect(spanById(trace, 'eee19b7ec3c1b175').name).toBe('POST')
    })

    it('OpenInference: status by enum name', () => {
      const trace = onlyTrace(
        decodeCorpus('otlp-json.openinference.openai-0.1.58.interlingua.json')
      )
      const span = spanById(trace, 'e9856d6fe698c4f2')
      expect(span).toMatchObject({
        name: 'ChatCompletion',
        kind: 'internal',
        status: { code: 'ok' },
        scope: { name: 'openinference.instrumentation.openai', version: '0.1.58' }
      })
      expect(span.attributes['openinference.span.kind']).toBe('LLM')
      expect(span.attributes['llm.token_count.prompt']).toBe(412)
      expect(span.attributes['llm.input_messages.1.message.content']).toBe('Where is order A-1187?')
    })

    it('Vercel AI SDK: three spans, an array attribute of JSON strings', () => {
      const trace = onlyTrace(decodeCorpus('otlp-json.vercel-ai-sdk-5.interlingua.json'))
      expect(trace.traceId).toBe('c4a1f7e29b0d3856a1f2c3d4e5f60718')
      expect(trace.spans.map(span => [span.name, span.kind])).toEqual([
        ['ai.generateText', 'internal'],
        ['ai.generateText.doGenerate', 'client'],
        ['ai.toolCall', 'internal']
      ])
      expect(parentLinks(trace)).toEqual([
        'aa01bb02cc03dd04 -> root',
        'aa01bb02cc03dd05 -> aa01bb02cc03dd04',
        'aa01bb02cc03dd06 -> aa01bb02cc03dd04'
      ])
      const generate = spanByName(trace, 'ai.generateText.doGenerate')
      expect(generate.service).toBe('ticket-triage')
      expect(generate.scope).toEqual({ name: 'ai', version: '5.0.26' })
      expect(generate.durationMicros).toBe(1890000)
      const tools = generate.attributes['ai.prompt.tools']
      expect(
        Array.isArray(tools) &&
          typeof tools[0] === 'string' &&
          tools[0].startsWith('{"type":"function"')
      ).toBe(true)
      expect(spanByName(trace, 'ai.toolCall').attributes['ai.toolCall.name']).toBe('lookup_order')
    })

    it('LiteLLM: a plain-text system instruction stays text', () => {
      const trace = onlyTrace(decodeCorpus('otlp-json.litellm-1.79.3.interlingua.json'))
      const span = spanById(trace, '1122334455667788')
      expect(span).toMatchObject({
        name: 'litellm_request',
        service: 'litellm-proxy',
        kind: 'client'
      })
      expect(span.attributes['gen_ai.system_instructions']).toBe(
        'You are a support agent. Use the tools you are given.'
      )
      expect(span.attributes['gen_ai.request.stream']).toBe(true)
      expect(span.attributes['litellm.preprocessing.duration_ms']).toBe(4.2)
    })
  })

  describe('oteltest envelopes (OTLP at .trace_requests[].pbreq, base64 ids, enum names)', () => {
    function decodeEnvelope(name: string): Trace[] {
      const envelope = JSON.parse(readCorpus(name)) as { trace_requests: { pbreq: unknown }[] }
      const result = decodeTraceDocuments(
        envelope.trace_requests.map(request => request.pbreq),
        { origin: name }
      )
      expect(result.format).toBe('otlp')
      return result.traces
    }

    it('OpenLIT: content in span events', () => {
      const traces = decodeEnvelope('oteltest-envelope.openlit-content-events.bakeoff.json')
      expect(traces.map(trace => trace.traceId)).toEqual([
        '43d62172134f790be191dab00a66b12c',
        '4bdb554832b77f6a552e3f92052b22e1'
      ])
      const [first] = traces
      const chat = spanById(first as Trace, '2b584edf158ae132')
      expect(chat).toMatchObject({
        parentSpanId: '3e1c2438c92352cb',
        name: 'chat gpt-3.5-turbo',
        service: 'default',
        kind: 'client',
        status: { code: 'ok' },
        startTimeUnixMicros: 1747330242830926,
        durationMicros: 1178271
      })
      expect(chat.events.map(event => event.name)).toEqual([
        'gen_ai.content.prompt',
        'gen_ai.content.completion'
      ])
      expect(chat.events[1]).toEqual({
        name: 'gen_ai.content.completion',
        timeUnixMicros: 1747330244008661,
        attributes: { 'gen_ai.completion': 'The capital of France is Paris.' }
      })
      expect(chat.attributes['gen_ai.usage.cost']).toBe(0.00003)
      expect(chat.attributes['gen_ai.request.max_tokens']).toBe(-1)
      expect(chat.attributes['gen_ai.request.stop_sequences']).toEqual([])
    })

    it('LangSmith: enum names and blobs in gen_ai.prompt', () => {
      const traces = decodeEnvelope('oteltest-envelope.langsmith-otel.bakeoff.json')
      expect(traces).toHaveLength(2)
      const first = traces[0] as Trace
      expect(first.traceId).toBe('e718a121c58d72ce34ceb20ea04174bb')
      const parallel = spanById(first, 'd6792c5aeb06a5b6')
      expect(parallel).toMatchObject({
        parentSpanId: 'ee0b5211b28629f9',
        name: 'RunnableParallel<question>',
        service: 'langsmith',
        kind: 'internal',
        status: { code: 'ok' },
        scope: { name: 'langsmith' }
      })
      expect(parallel.attributes['langsmith.span.kind']).toBe('chain')
      expect(parallel.attributes['gen_ai.prompt']).toBe(
        '{"input":"What is the capital of France?"}'
      )
    })

    it('OpenLLMetry LangChain: indexed prompt on a client span', () => {
      const traces = decodeEnvelope('oteltest-envelope.openllmetry-langchain-indexed.bakeoff.json')
      expect(traces.map(trace => trace.traceId).slice(0, 2)).toEqual([
        '50011aef341b58ddc6e6c78c9bedf4bf',
        '780fdc9312094a76e6340dc1193dc3db'
      ])
      const first = traces[0] as Trace
      expect(spanById(first, '23ab423975d3f845').parentSpanId).toBeUndefined()
      const chat = spanById(first, '6dd05d4807a8b3ee')
      expect(chat).toMatchObject({
        parentSpanId: '23ab423975d3f845',
        name: 'ChatOpenAI.chat',
        service: 'unknown_service',
        kind: 'client',
        scope: { name: 'opentelemetry.instrumentation.langchain', version: '0.40.6' }
      })
      expect(chat.attributes['gen_ai.completion.0.content']).toBe('The capital of France is Paris.')
      expect(chat.attributes['gen_ai.usage.prompt_tokens']).toBe(39)
    })
  })
})

describe('Jaeger api_v3 ({"result": TracesData})', () => {
  it('decodes GetTrace: integer enums, no times', () => {
    const result = decodeCorpus('jaeger-apiv3-GetTrace.json')
    expect(result.format).toBe('jaeger-api-v3')
    expect(onlyTrace(result).spans).toEqual([
      {
        traceId: '00000000000000000000000000000001',
        spanId: '0000000000000002',
        name: 'foobar',
        service: '',
        kind: 'server',
        startTimeUnixMicros: 0,
        durationMicros: 0,
        status: { code: 'error' },
        attributes: {},
        events: [],
        resource: {}
      }
    ])
  })

  it('merges streamed chunks by trace id', () => {
    const result = decodeFixture('jaeger-apiv3-stream.json')
    expect(result.format).toBe('jaeger-api-v3')
    expect(result.traces.map(trace => [trace.traceId, trace.spans.map(span => span.name)])).toEqual(
      [
        ['4bf92f3577b34da6a1b2c3d4e5f60001', ['POST /chat', 'chat gpt-4o-mini']],
        ['4bf92f3577b34da6a1b2c3d4e5f60002', ['GET /invoice']]
      ]
    )
    const chat = spanByName(result.traces[0] as Trace, 'chat gpt-4o-mini')
    expect(chat.parentSpanId).toBe('01e1a2b3c4d5e6f7')
    expect(chat.status).toEqual({ code: 'error', message: 'rate limited' })
    expect(chat.durationMicros).toBe(1380000)
    expect(spanByName(result.traces[1] as Trace, 'GET /invoice').status).toEqual({ code: 'ok' })
  })

  it('fails with the message of an error chunk', () => {
    expect(() => decodeFixture('jaeger-apiv3-error.json')).toThrow(
      'jaeger-apiv3-error.json: Jaeger api_v3 returned an error: trace not found (HTTP 404)'
    )
    const good = JSON.parse(readCorpus('jaeger-apiv3-GetTrace.json')) as unknown
    expect(() =>
      decodeTraceDocuments([good, { error: { message: 'context deadline exceeded' } }], {
        origin: 'stream'
      })
    ).toThrow('stream: Jaeger api_v3 returned an error: context deadline exceeded')
  })

  it('rejects a trace summary list with a hint', () => {
    expect(() => decodeCorpus('jaeger-apiv3-FindTraceSummaries.json')).toThrow(
      'found an object with keys: summaries, which looks like a list of trace summaries (Jaeger api_v3 /trace-summaries); fetch each trace by id'
    )
  })
})

describe('Tempo', () => {
  it('decodes v1 {"batches": [...]} with uppercase hex ids', () => {
    const result = decodeCorpus('tempo-v1-batches.tempopb-trace.json')
    expect(result.format).toBe('tempo')
    expect(onlyTrace(result).spans).toEqual([
      {
        traceId: '5b8efff798038103d269b633813fc60c',
        spanId: 'eee19b7ec3c1b174',
        parentSpanId: 'eee19b7ec3c1b173',
        name: "I'm a server span",
        service: 'my.service',
        kind: 'server',
        startTimeUnixMicros: 1544712660000000,
        durationMicros: 1000000,
        status: { code: 'unset' },
        attributes: { 'my.span.attr': 'some value' },
        events: [],
        resource: { 'service.name': 'my.service' },
        scope: { name: 'my.library', version: '1.0.0' }
      }
    ])
  })

  it('decodes v2 {"trace": ...} and warns about a partial trace', () => {
    const result = decodeFixture('tempo-v2-partial.json')
    expect(result.format).toBe('tempo')
    const trace = onlyTrace(result)
    expect(trace.traceId).toBe('4bf92f3577b34da6a1b2c3d4e5f60001')
    expect(trace.spans[0]).toMatchObject({
      spanId: '01e1a2b3c4d5e6f7',
      kind: 'client',
      status: { code: 'unset' }
    })
    expect(trace.warnings).toEqual([
      'Tempo returned a partial trace: trace exceeds max size (max bytes: 5000000), only part of the trace is returned'
    ])
  })

  it('decodes gogo-jsonpb output: base64 ids and nameless events (vulture)', () => {
    const trace = onlyTrace(decodeCorpus('tempo-otlp-base64ids.vulture-trace.json'))
    expect(trace.traceId).toBe('3149195ffb0bec05347b48efe8ecc1b0')
    expect(parentLinks(trace)).toEqual([
      '4b23de25d1fb6641 -> root',
      '3ef58fd67f3c3c44 -> 4b23de25d1fb6641',
      '23483ddcaf958888 -> 3ef58fd67f3c3c44',
      '04b1672edf34433d -> 23483ddcaf958888',
      '083a27a20c7b6de3 -> root',
      '5ef2b292ae1ab9e8 -> 083a27a20c7b6de3'
    ])
    const root = spanById(trace, '4b23de25d1fb6641')
    expect(root).toMatchObject({
      name: 'vulture-68',
      service: 'tempo-vulture',
      kind: 'unspecified',
      durationMicros: 92
    })
    expect(root.scope).toBeUndefined()
    expect(root.attributes['http.status_code']).toBe(110)
    expect(root.resource['vulture-process-int-01']).toBe(164005)
    expect(root.events).toHaveLength(4)
    expect(root.events[0]).toMatchObject({ name: '', timeUnixMicros: 1636729665000000 })
    expect(root.events[0]?.attributes['vulture-event-int-01']).toBe(424354)
  })

  it('decodes base64 ids with enum names into two traces (servicegraphs)', () => {
    const { traces, format } = decodeCorpus('tempo-otlp-base64ids-enumnames.servicegraphs.json')
    expect(format).toBe('otlp')
    expect(
      traces.map(trace => [trace.traceId, trace.spans.map(span => `${span.service}/${span.kind}`)])
    ).toEqual([
      ['4290b5877a9930de79bb428365398ecc', ['mythical-server/server', 'mythical-requester/client']],
      ['ab4a390ad2fe3b8534404c9f7223a390', ['internal-consumer/consumer']]
    ])
    const first = traces[0] as Trace
    expect(spanById(first, 'd606579e57787587').status).toEqual({ code: 'ok' })
    expect(spanById(first, '53f3329b863da95d')).toMatchObject({
      parentSpanId: 'd606579e57787587',
      name: 'HTTP GET /ready',
      scope: { name: '@opentelemetry/instrumentation-net', version: '0.27.1' },
      attributes: { 'peer.service': 'external-payments-platform' }
    })
  })

  it('marks string values that reach max_attribute_bytes as possibly truncated', () => {
    const limit = 2048
    const value = (text: string) => ({ stringValue: text })
    const request = {
      batches: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: 'S/kvNXezTaahssPU5fYAAQ==',
                  spanId: 'AeGis8TV5vc=',
                  name: 'chat',
                  attributes: [
                    { key: 'at.limit', value: value('a'.repeat(limit)) },
                    // 682 three-byte characters = 2046 bytes: cut at a character boundary.
                    { key: 'cut.mid.character', value: value('€'.repeat(682)) },
                    { key: 'short', value: value('a'.repeat(limit - 4)) },
                    { key: 'number', value: { intValue: '2048' } }
                  ],
                  events: [
                    {
                      name: 'gen_ai.choice',
                      attributes: [{ key: 'message', value: value('b'.repeat(3000)) }]
                    }
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
    const [trace] = decodeTraces(JSON.stringify(request), {
      origin: 'tempo',
      truncationLimitBytes: limit
    }).traces
    expect(trace?.spans[0]?.truncatedAttributes).toEqual([
      'at.limit',
      'cut.mid.character',
      'events[0].message'
    ])

    const untouched = decodeCorpus('tempo-otlp-base64ids.vulture-trace.json', limit)
    expect(untouched.traces[0]?.spans.some(span => span.truncatedAttributes !== undefined)).toBe(
      false
    )
  })
})

describe('TraceFormatError', () => {
  it('is an Error that names the origin', () => {
    const error = new TraceFormatError('traces.json', 'no spans')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('TraceFormatError')
    expect(error.origin).toBe('traces.json')
    expect(error.message).toBe('traces.json: no spans')
  })
})
