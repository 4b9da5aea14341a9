import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  decodeTraceDocuments,
  decodeTraces,
  TraceFormatError,
  type TraceFormat
} from '../../src/traces/decode/index.js'
import { decodeFixture, onlyTrace, readCorpus } from './decode-helpers.js'

const EXPECTED =
  'expected Jaeger JSON ({"data":[…]}, a trace with "spans", or an array of spans), ' +
  'OTLP JSON ({"resourceSpans":[…]}, one object per line in JSON Lines), ' +
  'Jaeger api_v3 ({"result":…}) or Tempo ({"batches":[…]} / {"trace":…})'

function decodeError(text: string, origin = 'traces.json'): TraceFormatError {
  try {
    decodeTraces(text, { origin })
  } catch (error) {
    if (error instanceof TraceFormatError) return error
    throw error
  }
  throw new Error('expected a TraceFormatError')
}

/** An OTLP request holding `spans` as given, so tests can pass malformed ones. */
function otlpRequest(...spans: unknown[]): string {
  return JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans }] }] })
}

const GOOD_SPAN = {
  traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
  spanId: '01e1a2b3c4d5e6f7',
  name: 'chat',
  startTimeUnixNano: '1764147600000000000',
  endTimeUnixNano: '1764147601000000000'
}

describe('every file in the format corpus', () => {
  const corpusFiles = readdirSync(resolve('../shared/corpus/formats')).filter(
    name => name !== 'SOURCES.md'
  )

  /** What each file is: a trace format, or not trace data at all (attribute maps, exports, summaries). */
  function expectedFormat(name: string): TraceFormat | 'not traces' {
    if (name.startsWith('jaeger-v1-')) return 'jaeger-v1'
    if (name === 'jaeger-apiv3-GetTrace.json') return 'jaeger-api-v3'
    if (name.startsWith('tempo-v1-')) return 'tempo'
    if (name.startsWith('otlp-') || name.startsWith('tempo-otlp-')) return 'otlp'
    return 'not traces'
  }

  it('is covered', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(25)
  })

  it.each(corpusFiles)('%s decodes to spans or fails with a TraceFormatError', name => {
    const expected = expectedFormat(name)
    if (expected === 'not traces') {
      expect(() => decodeTraces(readCorpus(name), { origin: name })).toThrow(TraceFormatError)
      return
    }
    const result = decodeTraces(readCorpus(name), { origin: name })
    expect(result.format).toBe(expected)
    expect(result.traces.length).toBeGreaterThan(0)
    for (const trace of result.traces) {
      expect(trace.traceId).toMatch(/^[0-9a-f]{32}$/)
      for (const span of trace.spans) {
        expect(span.traceId).toBe(trace.traceId)
        expect(span.spanId).toMatch(/^[0-9a-f]{16}$/)
        if (span.parentSpanId !== undefined) expect(span.parentSpanId).toMatch(/^[0-9a-f]{16}$/)
      }
    }
  })
})

describe('format detection and errors', () => {
  it('names what it expected and what it found', () => {
    expect(decodeError('{"foo":1,"bar":2}').message).toBe(
      `traces.json: not a trace file: ${EXPECTED}; found an object with keys: foo, bar`
    )
  })

  it.each([
    ['{}', 'found an empty object'],
    ['[]', 'found an empty array'],
    ['null', 'found null'],
    ['42', 'found a number (42)'],
    ['"traces"', 'found a string ("traces")'],
    ['[[1]]', 'found an array of arrays'],
    ['[{"id":1}]', 'found an array whose first item is an object with keys: id'],
    ['{"a":1}\n{"b":2}', 'found an object with keys: a (the first of 2 JSON values)'],
    [
      '{"trace":{"id":"x"},"observations":[]}',
      'which looks like a Langfuse export, which is not OTLP'
    ],
    ['{"resourceMetrics":[]}', 'which looks like OTLP metrics, not traces'],
    [
      '{"traces":[{"traceID":"abc","rootServiceName":"x"}]}',
      'which looks like a search result without spans'
    ]
  ])('rejects %s', (text, found) => {
    const error = decodeError(text)
    expect(error.message).toContain(`traces.json: not a trace file: ${EXPECTED}; `)
    expect(error.message).toContain(found)
  })

  it('rejects an empty input', () => {
    expect(decodeError(' \n').message).toBe(`traces.json: the input is empty; ${EXPECTED}`)
    expect(() => decodeTraceDocuments([], { origin: 'http://tempo' })).toThrow(
      'http://tempo: the input is empty'
    )
  })

  it('reports invalid JSON with its position', () => {
    const truncated = otlpRequest(GOOD_SPAN).slice(0, 80)
    expect(decodeError(truncated).message).toBe(
      'traces.json: invalid JSON: Unexpected end of JSON input at line 1, column 81'
    )
    expect(decodeError('{"resourceSpans":[]}\n{"resourceSpans": [,]}').message).toBe(
      `traces.json: invalid JSON: Unexpected token ',' at line 2, column 20`
    )
  })

  it('shows how non-JSON text starts, and spots an HTML page', () => {
    expect(
      decodeError(
        '<!DOCTYPE html>\n<html><title>502 Bad Gateway</title></html>',
        'http://jaeger/api/traces/1'
      ).message
    ).toBe(
      `http://jaeger/api/traces/1: invalid JSON: Unexpected token '<' at line 1, column 1; ` +
        `the text starts with "<!DOCTYPE html>" (an HTML page, not JSON: is the URL right?)`
    )
    expect(decodeError('trace not found\n').message).toBe(
      `traces.json: invalid JSON: Unexpected token 'a' at line 1, column 3; the text starts with "trace not found"`
    )
  })

  it('fails on a recognised shape without spans, unless the caller allows it', () => {
    expect(decodeError('{"resourceSpans":[]}').message).toBe(
      'traces.json: no spans in the OTLP JSON'
    )
    expect(decodeError('{"batches":[]}').message).toBe(
      'traces.json: no spans in the Tempo response'
    )
    expect(decodeError('{"result":{}}').message).toBe(
      'traces.json: no spans in the Jaeger api_v3 response'
    )
    expect(decodeError('{"traceID":"1","spans":[]}').message).toBe(
      'traces.json: no spans in the Jaeger JSON'
    )
    expect(
      decodeTraces('{"result":{"resourceSpans":[]}}', { origin: 'search', allowEmpty: true })
    ).toEqual({
      traces: [],
      format: 'jaeger-api-v3'
    })
  })

  it('fails when every span is malformed, even if empty results are allowed, and says why', () => {
    const text = otlpRequest({ ...GOOD_SPAN, spanId: 'xyz' }, { ...GOOD_SPAN, traceId: '' }, 7)
    expect(() => decodeTraces(text, { origin: 'bad.json', allowEmpty: true })).toThrow(
      'bad.json: no readable spans in the OTLP JSON: skipped span #1: invalid spanId "xyz"; ' +
        'skipped span #2: invalid traceId ""; skipped span #3: expected an object, found 7'
    )
  })

  it('reports the format of the first trace document', () => {
    const text = `${otlpRequest(GOOD_SPAN)}\n{"result":{"resourceSpans":[]}}`
    expect(decodeTraces(text, { origin: 'mixed.jsonl' }).format).toBe('otlp')
  })

  it('skips JSON values that are not trace data among ones that are, with a warning', () => {
    const text = `{"resourceMetrics":[]}\n${otlpRequest(GOOD_SPAN)}\n{"hello":"world"}`
    const trace = onlyTrace(decodeTraces(text, { origin: 'collector.jsonl' }))
    expect(trace.spans.map(span => span.name)).toEqual(['chat'])
    expect(trace.warnings).toEqual([
      'skipped JSON value 1 of 3: OTLP metrics, not traces',
      'skipped JSON value 3 of 3: not trace data (an object with keys: hello)'
    ])
  })
})

describe('malformed spans', () => {
  it('skips a span with a bad id among good ones and keeps the rest', () => {
    const text = otlpRequest(
      GOOD_SPAN,
      { ...GOOD_SPAN, spanId: 'not-an-id', name: 'broken' },
      { ...GOOD_SPAN, spanId: '02e1a2b3c4d5e6f7', parentSpanId: GOOD_SPAN.spanId, name: 'child' }
    )
    const trace = onlyTrace(decodeTraces(text, { origin: 'traces.json' }))
    expect(trace.spans.map(span => span.name)).toEqual(['chat', 'child'])
    expect(trace.warnings).toEqual(['skipped span #2: invalid spanId "not-an-id"'])
  })

  it('keeps a span whose parent id is garbage, as a root, with a warning', () => {
    const trace = onlyTrace(
      decodeTraces(otlpRequest({ ...GOOD_SPAN, parentSpanId: '??' }), { origin: 't' })
    )
    expect(trace.spans[0]?.parentSpanId).toBeUndefined()
    expect(trace.warnings).toEqual(['span 01e1a2b3c4d5e6f7: ignored invalid parentSpanId "??"'])
  })

  it('keeps both versions of a span id with different content, with a warning', () => {
    const text = otlpRequest(GOOD_SPAN, { ...GOOD_SPAN, name: 'retried chat' }, GOOD_SPAN)
    const trace = onlyTrace(decodeTraces(text, { origin: 't' }))
    expect(trace.spans.map(span => span.name)).toEqual(['chat', 'retried chat'])
    expect(trace.warnings).toEqual([
      'span 01e1a2b3c4d5e6f7 appears more than once with different content; kept every version'
    ])
  })

  it('reads odd but harmless values without failing', () => {
    const span = {
      ...GOOD_SPAN,
      name: 42,
      kind: 9,
      startTimeUnixNano: 1764147600000000000,
      endTimeUnixNano: '1764147500000000000',
      status: 'broken',
      events: 'none',
      links: [null],
      attributes: [
        null,
        { key: 1, value: { stringValue: 'no key' } },
        { key: 'inf', value: { doubleValue: 'Infinity' } },
        { key: 'text.double', value: { doubleValue: '1.5' } },
        { key: 'number.int', value: { intValue: 42 } },
        { key: 'text.int', value: { intValue: 'forty-two' } },
        { key: 'bool.text', value: { boolValue: 'true' } },
        { key: 'missing' }
      ]
    }
    const [decoded] = onlyTrace(decodeTraces(otlpRequest(span), { origin: 't' })).spans
    expect(decoded).toMatchObject({
      name: '',
      kind: 'unspecified',
      startTimeUnixMicros: 1764147600000000,
      durationMicros: 0,
      status: { code: 'unset' },
      events: []
    })
    expect(decoded?.links).toBeUndefined()
    expect(decoded?.attributes).toEqual({
      inf: 'Infinity',
      'text.double': 1.5,
      'number.int': 42,
      'text.int': 'forty-two',
      'bool.text': true,
      missing: null
    })
  })

  it('reads kinds and status codes by number or by name', () => {
    const spans = ['SPAN_KIND_PRODUCER', 5, '2', 'SPAN_KIND_UNSPECIFIED'].map((kind, index) => ({
      ...GOOD_SPAN,
      spanId: `0${index + 1}e1a2b3c4d5e6f7`,
      kind,
      status: { code: ['STATUS_CODE_ERROR', 1, 'STATUS_CODE_UNSET', 7][index] }
    }))
    const trace = onlyTrace(decodeTraces(otlpRequest(...spans), { origin: 't' }))
    expect(trace.spans.map(span => [span.kind, span.status.code])).toEqual([
      ['producer', 'error'],
      ['consumer', 'ok'],
      ['server', 'unset'],
      ['unspecified', 'unset']
    ])
  })
})

describe('hostile content', () => {
  it('keeps __proto__ and constructor as plain attribute keys', () => {
    const trace = onlyTrace(decodeFixture('hostile-names.otlp.json'))
    const [span] = trace.spans
    expect(Object.getPrototypeOf(span?.attributes)).toBeNull()
    expect(Object.keys(span?.attributes ?? {})).toEqual(['__proto__'])
    expect(span?.attributes['__proto__']).toBe('polluted')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    // Names are data: the decoder keeps them verbatim, renderers escape them.
    expect(span?.service).toBe('evil\u001b[2Jservice')
  })

  it('does not resolve a Jaeger processID through Object.prototype', () => {
    const trace = {
      traceID: '4bf92f3577b34da6a1b2c3d4e5f60001',
      spans: [
        {
          traceID: '4bf92f3577b34da6a1b2c3d4e5f60001',
          spanID: '1',
          operationName: 'a',
          processID: 'constructor'
        },
        {
          traceID: '4bf92f3577b34da6a1b2c3d4e5f60001',
          spanID: '2',
          operationName: 'b',
          processID: '__proto__'
        }
      ],
      processes: {}
    }
    const decoded = onlyTrace(decodeTraceDocuments([trace], { origin: 't' }))
    expect(decoded.spans.map(span => span.service)).toEqual(['', ''])
    expect(decoded.warnings).toEqual([
      `span 0000000000000001: no process "constructor" in the trace's processes`,
      `span 0000000000000002: no process "__proto__" in the trace's processes`
    ])
  })

  it('keeps Jaeger tag keys such as __proto__ as plain keys', () => {
    const span = {
      traceID: '4bf92f3577b34da6a1b2c3d4e5f60001',
      spanID: '1',
      tags: [
        { key: '__proto__', type: 'string', value: '{"polluted":true}' },
        { key: 'constructor', type: 'string', value: 'x' }
      ]
    }
    const [decoded] = onlyTrace(decodeTraceDocuments([[span]], { origin: 't' })).spans
    expect(Object.keys(decoded?.attributes ?? {})).toEqual(['__proto__', 'constructor'])
    expect(decoded?.attributes['__proto__']).toEqual({ polluted: true })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  function deepArrayValue(depth: number): unknown {
    const value =
      '{"arrayValue":{"values":['.repeat(depth) + '{"stringValue":"bottom"}' + ']}}'.repeat(depth)
    const attributes = `[{"key":"deep","value":${value}}]`
    const text = otlpRequest(GOOD_SPAN).replace(
      '"name":"chat"',
      `"name":"chat","attributes":${attributes}`
    )
    return onlyTrace(decodeTraces(text, { origin: 't' })).spans[0]?.attributes['deep']
  }

  /** Follows the first item of nested arrays; how deep they go and what is at the bottom. */
  function descend(value: unknown): { arrays: number; bottom: unknown } {
    let arrays = 0
    while (Array.isArray(value)) {
      value = value[0]
      arrays++
    }
    return { arrays, bottom: value }
  }

  it('caps deep arrayValue nesting and keeps the rest as JSON text', () => {
    const { arrays, bottom } = descend(deepArrayValue(100))
    expect(arrays).toBe(64)
    expect(bottom).toBe(
      '{"values":['.concat(
        '{"arrayValue":{"values":['.repeat(35),
        '{"stringValue":"bottom"}',
        ']}}'.repeat(35),
        ']}'
      )
    )
  })

  it('survives nesting too deep even to print', () => {
    const { arrays, bottom } = descend(deepArrayValue(50_000))
    expect(arrays).toBe(64)
    expect(bottom).toBe('[value nested too deeply]')
  })

  it('caps deep JSON in a Jaeger string tag the same way', () => {
    const deep = '['.repeat(1_000) + ']'.repeat(1_000)
    const span = { traceID: '1', spanID: '1', tags: [{ key: 'deep', type: 'string', value: deep }] }
    const [decoded] = onlyTrace(decodeTraceDocuments([[span]], { origin: 't' })).spans
    expect(descend(decoded?.attributes['deep'])).toEqual({
      arrays: 64,
      bottom: '['.repeat(936) + ']'.repeat(936)
    })
  })
})
