import { describe, expect, it } from '@jest/globals'
import {
  decodeTraceDocuments,
  decodeTraces,
  TraceFormatError
} from '../../src/traces/decode/index.js'
import {
  decodeCorpus,
  decodeFixture,
  onlyTrace,
  parentLinks,
  readFixture,
  spanById
} from './decode-helpers.js'

describe('Jaeger v1 API response ({data: [trace]})', () => {
  it('decodes the translation of an OTLP request, dropping the duplicated span', () => {
    const result = decodeCorpus('jaeger-v1-api-response.otlp2jaeger-out.json')
    expect(result.format).toBe('jaeger-v1')
    const trace = onlyTrace(result)
    expect(trace.traceId).toBe('83a9efd15c1c98a977e0711cc93ee28b')
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
        // otel.scope.name and span.kind became fields; the other tags stay.
        attributes: { 'net.peer.ip': '1.2.3.4', 'peer.service': 'telemetrygen-client' },
        events: [],
        resource: { 'service.name': 'telemetrygen' },
        scope: { name: 'telemetrygen' }
      }
    ])
  })

  it('decodes the same spans as the OTLP it was translated from', () => {
    const fromJaeger = onlyTrace(decodeCorpus('jaeger-v1-api-response.otlp2jaeger-out.json'))
    const fromOtlp = onlyTrace(decodeCorpus('otlp-json.jaeger-otlp2jaeger-in.json'))
    expect(fromJaeger).toEqual(fromOtlp)
  })

  it('decodes the UI enriched response (inline processes, nested reference spans) like its OTLP source', () => {
    const fromJaeger = onlyTrace(decodeCorpus('jaeger-v1-api-response.jaeger-ui-multi-out.json'))
    const fromOtlp = onlyTrace(decodeCorpus('otlp-jsonl.jaeger-ui-multi-in.jsonl'))
    expect(parentLinks(fromJaeger)).toEqual([
      '26f5ef9dbb885479 -> 49b8e9efa1e8a3b1',
      'e76628f4e6dde174 -> 49b8e9efa1e8a3b1',
      '49b8e9efa1e8a3b1 -> eff3153be6b1fb93',
      'eff3153be6b1fb93 -> root'
    ])
    const main = spanById(fromJaeger, 'eff3153be6b1fb93')
    // otel.library.* is the name older translators used for the scope.
    expect(main.scope).toEqual({ name: 'widgets', version: '1.2.3' })
    expect(main.attributes).toEqual({})
    expect(main.resource).toEqual({
      'service.name': 'example-trace',
      'telemetry.sdk.language': 'nodejs',
      'telemetry.sdk.name': 'opentelemetry',
      'telemetry.sdk.version': '1.22.0'
    })
    const byId = (a: { spanId: string }, b: { spanId: string }) => a.spanId.localeCompare(b.spanId)
    expect([...fromJaeger.spans].sort(byId)).toEqual([...fromOtlp.spans].sort(byId))
  })

  it('surfaces the errors Jaeger returns instead of a trace', () => {
    expect(() => decodeFixture('jaeger-v1-not-found.json')).toThrow(
      new TraceFormatError(
        'jaeger-v1-not-found.json',
        'no trace returned: Jaeger error: trace not found (code 404)'
      )
    )
  })

  it('keeps errors that come with traces as warnings of the trace they name', () => {
    const response = JSON.parse(readFixture('jaeger-v1-mapped-tags.json')) as { traceID: string }
    const { traces } = decodeTraceDocuments(
      [
        {
          data: [response],
          errors: [
            { code: 500, msg: 'storage timeout', traceID: '4bf92f3577b34da6a1b2c3d4e5f60001' }
          ]
        }
      ],
      { origin: 'http://jaeger:16686/api/traces' }
    )
    expect(onlyTrace({ traces, format: 'jaeger-v1' }).warnings).toContain(
      'Jaeger error: storage timeout (code 500)'
    )
  })

  it('returns no traces for an empty search result when the caller allows it', () => {
    const empty = { data: [], total: 0, limit: 0, offset: 0, errors: null }
    expect(decodeTraceDocuments([empty], { origin: 'search', allowEmpty: true })).toEqual({
      traces: [],
      format: 'jaeger-v1'
    })
    expect(() => decodeTraceDocuments([empty], { origin: 'search' })).toThrow(
      'search: no spans in the Jaeger JSON'
    )
  })
})

describe('Jaeger v1 trace object (UI "Download JSON")', () => {
  it('converts every tag type, 64-bit trace ids, logs, references and processes (ui_01)', () => {
    const trace = onlyTrace(decodeCorpus('jaeger-v1-ui-trace.ui_01.json'))
    expect(trace.traceId).toBe('00000000000000000000000000000001')
    expect(trace.spans.map(span => [span.spanId, span.name, span.service])).toEqual([
      ['0000000000000002', 'test-general-conversion', 'service-x'],
      ['0000000000000002', 'some-operation', 'service-x'],
      ['0000000000000003', 'some-operation', 'service-y'],
      ['0000000000000004', 'reference-test', 'service-y'],
      ['0000000000000005', 'preserveParentID-test', 'service-y']
    ])

    const [first, second] = trace.spans
    expect(first?.events).toEqual([
      { name: 'some-event', timeUnixMicros: 1485467191639875, attributes: {} },
      { name: '', timeUnixMicros: 1485467191639875, attributes: { x: 'y' } }
    ])
    expect(second?.attributes).toEqual({
      'peer.service': 'service-y',
      'peer.ipv4': 23456,
      temperature: 72.5,
      // Beyond 2^53: the exact decimal text, not a rounded number.
      javascript_limit: '9223372036854775222',
      blob: 'AAAwOQ=='
    })
    expect(second?.status).toEqual({ code: 'error' })

    // The first CHILD_OF within the trace is the parent; a CHILD_OF into another trace and
    // FOLLOWS_FROM become links.
    const referenceTest = spanById(trace, '0000000000000004')
    expect(referenceTest.parentSpanId).toBe('0000000000000002')
    expect(referenceTest.links).toEqual([
      { traceId: '000000000000000000000000000000ff', spanId: '00000000000000ff', attributes: {} },
      { traceId: '00000000000000000000000000000001', spanId: '0000000000000002', attributes: {} }
    ])
    expect(spanById(trace, '0000000000000005').parentSpanId).toBe('0000000000000004')
    expect(spanById(trace, '0000000000000003').resource).toEqual({ 'service.name': 'service-y' })

    expect(trace.warnings).toEqual([
      'span 0000000000000002 appears more than once with different content; kept every version',
      'Jaeger: some trace warning',
      'span 0000000000000004: Jaeger: some span warning',
      'span 0000000000000005: Jaeger: some span warning'
    ])
  })

  it('decodes a GenAI trace with 57 spans and an extra _comment key', () => {
    const trace = onlyTrace(decodeCorpus('jaeger-v1-ui-trace.genai-semconv.jaeger-ui.json'))
    expect(trace.traceId).toBe('4a1b2c3d4e5f60718293a4b5c6d7e8f9')
    expect(trace.spans).toHaveLength(57)
    expect(new Set(trace.spans.map(span => span.service)).size).toBe(10)

    const root = spanById(trace, '0000000000000001')
    expect(root.parentSpanId).toBeUndefined()
    expect(root.name).toBe('POST /api/graphql')
    expect(root.service).toBe('api-edge')
    expect(root.attributes['http.response.status_code']).toBe(200)

    const chat = spanById(trace, '0000000000000005')
    expect(chat.name).toBe('chat model-a')
    expect(chat.parentSpanId).toBe('0000000000000004')
    expect(chat.kind).toBe('client')
    expect(chat.service).toBe('coding-agent')
    expect(chat.attributes['gen_ai.request.model']).toBe('model-a')
    expect(chat.attributes['gen_ai.usage.input_tokens']).toBe(1840)
    // Compact JSON text round-trips exactly, so it is read back as the array it was.
    expect(chat.attributes['gen_ai.system_instructions']).toEqual([
      {
        type: 'text',
        content: 'You are a triage assistant. Use the available tools before answering.'
      }
    ])
    const [message] = chat.attributes['gen_ai.input.messages'] as {
      role: string
      parts: { type: string }[]
    }[]
    expect(message?.role).toBe('user')
    expect(message?.parts[0]?.type).toBe('text')

    const tool = spanById(trace, '0000000000000007')
    expect(tool.name).toBe('execute_tool list_dashboards')
    expect(tool.kind).toBe('internal')
    expect(tool.attributes['gen_ai.tool.call.arguments']).toEqual({ window: '1h' })

    const failed = spanById(trace, '0000000000000011')
    expect(failed.status).toEqual({ code: 'error' })
    expect(failed.attributes['error']).toBeUndefined()
    expect(failed.attributes['http.response.status_code']).toBe(500)
  })

  it('lifts OTel tags into the model and keeps the rest (hand-written fixture)', () => {
    const trace = onlyTrace(decodeFixture('jaeger-v1-mapped-tags.json'))
    expect(trace.spans.map(span => span.spanId)).toEqual(['01e1a2b3c4d5e6f7', '02e1a2b3c4d5e6f7'])

    const chat = spanById(trace, '01e1a2b3c4d5e6f7')
    expect(chat.kind).toBe('client')
    expect(chat.scope).toEqual({ name: 'toad-eye', version: '2.1.0' })
    expect(chat.status).toEqual({ code: 'error', message: 'rate limited' })
    expect(chat.resource).toEqual({
      'service.name': 'support-bot',
      'deployment.environment': 'production'
    })
    expect(Object.keys(chat.attributes)).toEqual([
      'gen_ai.response.finish_reasons',
      'gen_ai.request.stop_sequences',
      'gen_ai.request.logit_bias',
      'gen_ai.request.temperature',
      'gen_ai.usage.input_tokens',
      'gen_ai.request.seed',
      'gen_ai.request.stream'
    ])
    expect(chat.attributes['gen_ai.response.finish_reasons']).toEqual(['stop'])
    // Spacing would not survive a round trip: the text stays as it was.
    expect(chat.attributes['gen_ai.request.stop_sequences']).toBe('[ "END" ]')
    const logitBias = chat.attributes['gen_ai.request.logit_bias'] as Record<string, unknown>
    expect(Object.getPrototypeOf(logitBias)).toBeNull()
    expect(Object.keys(logitBias)).toEqual(['50256', '__proto__'])
    expect(logitBias['__proto__']).toBe(1)
    expect(chat.attributes['gen_ai.request.seed']).toBe('12345678901234567890')
    expect(chat.attributes['gen_ai.request.stream']).toBe(false)
    expect(chat.events).toEqual([
      {
        name: 'gen_ai.user.message',
        timeUnixMicros: 1764147600030000,
        attributes: { content: { parts: ['Hi'] } }
      }
    ])

    const http = spanById(trace, '02e1a2b3c4d5e6f7')
    expect(http.parentSpanId).toBe('01e1a2b3c4d5e6f7')
    // An unknown span.kind is not a kind: it stays an attribute.
    expect(http.kind).toBe('unspecified')
    expect(http.attributes).toEqual({ 'span.kind': 'sideways' })
    expect(http.scope).toEqual({ name: 'undici' })
    expect(http.service).toBe('')

    expect(trace.warnings).toEqual([
      'skipped span #2: invalid spanID "not-hex!"',
      'span 02e1a2b3c4d5e6f7: no process "p9" in the trace\'s processes'
    ])
  })
})

describe('Jaeger v1 array of spans with inline processes (jaeger-anonymizer)', () => {
  it('reads each span with its own process, and "true" text as a boolean', () => {
    const result = decodeCorpus('jaeger-v1-spans-embedded-process.anonymizer.json')
    expect(result.format).toBe('jaeger-v1')
    const trace = onlyTrace(result)
    expect(trace.traceId).toBe('00000000000000002be38093ead7a083')
    expect(parentLinks(trace)).toEqual([
      '7606ddfe69932d34 -> 492770a15935810f',
      '7bd66f09ba90ea3d -> 7606ddfe69932d34'
    ])

    const server = spanById(trace, '7606ddfe69932d34')
    expect(server).toMatchObject({
      name: 'a071653098f9250d',
      service: '16af988c443cff37',
      kind: 'server',
      startTimeUnixMicros: 1605223981761425,
      durationMicros: 267037,
      status: { code: 'unset' },
      attributes: {}
    })
    const client = spanById(trace, '7bd66f09ba90ea3d')
    expect(client.kind).toBe('client')
    expect(client.service).toBe('3c220036602f839e')
    expect(client.status).toEqual({ code: 'error' })
    expect(client.attributes).toEqual({})
  })

  it('skips a malformed item among good spans', () => {
    const good = {
      traceID: '2be38093ead7a083',
      spanID: '7606ddfe69932d34',
      operationName: 'ok',
      startTime: 1,
      duration: 2
    }
    const { traces } = decodeTraces(
      JSON.stringify([good, 'oops', { ...good, traceID: 'zz', spanID: '1' }]),
      {
        origin: 'spans.json'
      }
    )
    expect(traces.map(trace => trace.spans.map(span => span.name))).toEqual([['ok']])
    expect(traces[0]?.warnings).toEqual([
      'skipped span #2: expected an object, found "oops"',
      'skipped span #3: invalid traceID "zz"'
    ])
  })
})

describe('Jaeger v1 references and parents', () => {
  const span = (fields: object) => ({
    traceID: '4bf92f3577b34da6a1b2c3d4e5f60001',
    spanID: '0000000000000009',
    operationName: 'child',
    startTime: 1,
    duration: 1,
    ...fields
  })

  it('reads the parentSpanID field older writers use', () => {
    const { traces } = decodeTraceDocuments([[span({ parentSpanID: '8' })]], { origin: 'old.json' })
    expect(traces[0]?.spans[0]?.parentSpanId).toBe('0000000000000008')
  })

  it('treats an all-zero parent id as none', () => {
    const { traces } = decodeTraceDocuments([[span({ parentSpanID: '0000000000000000' })]], {
      origin: 'old.json'
    })
    expect(traces[0]?.spans[0]?.parentSpanId).toBeUndefined()
  })

  it('ignores a reference with a bad id, with a warning', () => {
    const references = [
      { refType: 'CHILD_OF', traceID: '4bf92f3577b34da6a1b2c3d4e5f60001', spanID: 'nope' }
    ]
    const { traces } = decodeTraceDocuments([[span({ references })]], { origin: 'refs.json' })
    expect(traces[0]?.spans[0]?.parentSpanId).toBeUndefined()
    expect(traces[0]?.warnings).toEqual([
      'span 0000000000000009: ignored a reference with an invalid id'
    ])
  })
})
