import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import type { TraceSource } from '../../src/traces/source.js'
import { createTempoSource, logfmt, type TempoSourceOptions } from '../../src/traces/tempo.js'
import {
  recordingSleep,
  sendJson,
  sendRouteNotFound,
  sendText,
  startTestServer,
  type RecordedRequest,
  type TestServer
} from '../helpers/http-server.js'
import { otlpResourceSpans, traceIdOf, type WireSpan } from '../helpers/trace-wire.js'

const NOW = new Date('2025-06-01T12:00:00.000Z')
const HOUR = 3_600_000

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

interface FakeTempo {
  spans: WireSpan[]
  /** Tempo releases before `/api/v2/traces` and `/api/v2/search/tag` (2.x before 2.2 and 1.x). */
  withoutV2?: boolean
  /** The most traces one search returns. */
  cap?: number
}

/**
 * Answers like Tempo's HTTP API (`pkg/api/http.go`): search ids with leading zeros dropped,
 * base64 OTLP ids in traces, gorilla/mux's 404 for unknown routes.
 */
function fakeTempo(fake: FakeTempo) {
  return (req: RecordedRequest, res: ServerResponse): void => {
    const v2Trace = /^\/api\/v2\/traces\/([^/]+)$/.exec(req.path)
    const v1Trace = /^\/api\/traces\/([^/]+)$/.exec(req.path)
    const tagValues = /^\/api\/(v2\/)?search\/tag\/([^/]+)\/values$/.exec(req.path)
    if (req.path === '/api/search') return search(fake, req, res)
    if (v2Trace && !fake.withoutV2) {
      const span = fake.spans.find(candidate => candidate.traceId === v2Trace[1])
      if (!span) return sendText(res, 404, 'trace not found')
      return sendJson(res, 200, { trace: { resourceSpans: [otlpResourceSpans(span, 'base64')] } })
    }
    if (v1Trace) {
      const span = fake.spans.find(candidate => candidate.traceId === v1Trace[1])
      if (!span) return sendText(res, 404, 'trace not found')
      return sendJson(res, 200, { batches: [otlpResourceSpans(span, 'base64')] })
    }
    if (tagValues && (tagValues[1] === undefined || !fake.withoutV2)) {
      return sendTagValues(fake, tagValues[2] ?? '', tagValues[1] !== undefined, req, res)
    }
    return sendRouteNotFound(res)
  }
}

function search(fake: FakeTempo, req: RecordedRequest, res: ServerResponse): void {
  if (req.query.has('tags') && req.query.has('q')) {
    return sendText(res, 400, "invalid request: can't specify tags and q in the same query")
  }
  const service = /service\.name=(\S+)/.exec(req.query.get('tags') ?? '')?.[1]
  const startMs = Number(req.query.get('start')) * 1000
  const endMs = Number(req.query.get('end')) * 1000
  const limit = Math.min(Number(req.query.get('limit') ?? 20), fake.cap ?? Infinity)
  const traces = fake.spans
    .filter(span => service === undefined || span.service === service)
    .filter(span => (span.startMs ?? 0) >= startMs && (span.startMs ?? 0) <= endMs)
    .sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0))
    .slice(0, limit)
    .map(span => ({
      traceID: span.traceId.replace(/^0+/, ''),
      rootServiceName: span.service,
      rootTraceName: span.name,
      startTimeUnixNano: String(BigInt(span.startMs ?? 0) * 1_000_000n),
      durationMs: 1
    }))
  sendJson(res, 200, {
    traces,
    metrics: { inspectedBytes: '1024', completedJobs: 1, totalJobs: 1 }
  })
}

function sendTagValues(
  fake: FakeTempo,
  tag: string,
  v2: boolean,
  req: RecordedRequest,
  res: ServerResponse
): void {
  const quoted = /resource\.service\.name = ("(?:[^"\\]|\\.)*")/.exec(req.query.get('q') ?? '')?.[1]
  const scopedService = quoted === undefined ? undefined : (JSON.parse(quoted) as string)
  const spans = fake.spans.filter(
    span => scopedService === undefined || span.service === scopedService
  )
  const values = spans.map(span => (tag === 'name' ? span.name : span.service))
  sendJson(res, 200, {
    tagValues: v2 ? values.map(value => ({ type: 'string', value })) : values,
    metrics: {}
  })
}

async function tempoSource(
  fake: FakeTempo,
  options: Partial<TempoSourceOptions> = {}
): Promise<TraceSource> {
  server = await startTestServer(fakeTempo(fake))
  return createTempoSource({
    baseUrl: server.url,
    now: () => NOW,
    sleep: recordingSleep().sleep,
    ...options
  })
}

const chat: WireSpan = {
  traceId: traceIdOf(0xabc),
  spanId: '00000000000000a1',
  service: 'support-bot',
  name: 'chat gpt-4o',
  startMs: NOW.getTime() - HOUR,
  attributes: { 'gen_ai.request.model': 'gpt-4o' }
}

function requested(): string[] {
  return server?.requests.map(req => req.rawPath) ?? []
}

describe('Grafana Tempo', () => {
  it('searches with logfmt tags and second bounds, then fetches each trace by its full id', async () => {
    const source = await tempoSource({ spans: [chat] })

    const traces = await source.findTraces({
      service: 'support-bot',
      operation: 'chat gpt-4o',
      tags: { 'gen_ai.request.model': 'gpt-4o' },
      lookback: '2h',
      minDuration: '100ms',
      limit: 10
    })

    expect(Object.fromEntries(server?.requests[0]?.query ?? [])).toEqual({
      tags: 'service.name=support-bot name="chat gpt-4o" gen_ai.request.model=gpt-4o',
      start: String((NOW.getTime() - 2 * HOUR) / 1000),
      end: String(NOW.getTime() / 1000),
      minDuration: '100ms',
      limit: '10'
    })
    // Tempo lists the id as "abc"; the trace is fetched with all 32 digits.
    expect(requested()).toEqual(['/api/search', `/api/v2/traces/${chat.traceId}`])
    expect(traces).toHaveLength(1)
    expect(traces[0]?.traceId).toBe(chat.traceId)
    expect(traces[0]?.spans[0]).toMatchObject({
      spanId: '00000000000000a1',
      name: 'chat gpt-4o',
      service: 'support-bot',
      attributes: { 'gen_ai.request.model': 'gpt-4o' }
    })
  })

  it('sends a TraceQL query alone, and refuses to mix it with tags', async () => {
    const source = await tempoSource({ spans: [chat] })

    await source.findTraces({ traceql: '{ span.gen_ai.system = "openai" }', lookback: '1h' })
    await expect(source.findTraces({ traceql: '{}', service: 'support-bot' })).rejects.toThrow(
      'A Tempo search takes either a TraceQL query or service/operation/tags, not both'
    )

    expect(server?.requests).toHaveLength(2)
    expect(server?.requests[0]?.query.get('q')).toBe('{ span.gen_ai.system = "openai" }')
    expect(server?.requests[0]?.query.has('tags')).toBe(false)
  })

  it('falls back to /api/traces/{id} on a Tempo without the v2 route, and remembers it', async () => {
    const second: WireSpan = { ...chat, traceId: traceIdOf(0xdef) }
    const source = await tempoSource({ spans: [chat, second], withoutV2: true })

    const first = await source.getTrace(chat.traceId)
    const again = await source.getTrace(second.traceId)

    expect(first?.traceId).toBe(chat.traceId)
    expect(again?.traceId).toBe(second.traceId)
    expect(requested()).toEqual([
      `/api/v2/traces/${chat.traceId}`,
      `/api/traces/${chat.traceId}`,
      `/api/traces/${second.traceId}`
    ])
  })

  it('returns undefined for a trace Tempo does not have', async () => {
    const source = await tempoSource({ spans: [chat] })

    expect(await source.getTrace('DEF')).toBeUndefined()
    expect(requested()).toEqual([
      `/api/v2/traces/${traceIdOf(0xdef)}`,
      `/api/traces/${traceIdOf(0xdef)}`
    ])
  })

  it('flags attribute values that reach the truncation limit', async () => {
    const long: WireSpan = {
      ...chat,
      attributes: { 'gen_ai.prompt': 'x'.repeat(2048), short: 'y'.repeat(200) }
    }
    const defaults = await tempoSource({ spans: [long] })
    expect((await defaults.getTrace(chat.traceId))?.spans[0]?.truncatedAttributes).toEqual([
      'gen_ai.prompt'
    ])
    await server?.close()

    const strict = await tempoSource({ spans: [long] }, { truncationLimitBytes: 200 })
    expect((await strict.getTrace(chat.traceId))?.spans[0]?.truncatedAttributes).toEqual([
      'gen_ai.prompt',
      'short'
    ])
  })

  it('splits the window in whole seconds when a search comes back full', async () => {
    const spans = Array.from({ length: 13 }, (_, index) => ({
      ...chat,
      traceId: traceIdOf(index + 1),
      startMs: NOW.getTime() - (index + 1) * 7 * 60_000
    }))
    const source = await tempoSource({ spans, cap: 3 }, { pageSize: 3 })

    const traces = await source.findTraces({ service: 'support-bot', lookback: '2h', limit: 50 })

    expect(traces.map(trace => trace.traceId).sort()).toEqual(
      spans.map(span => span.traceId).sort()
    )
    const searches = server?.requests.filter(req => req.rawPath === '/api/search') ?? []
    expect(searches.length).toBeGreaterThan(4)
    expect(
      searches.every(
        req => /^\d+$/.test(req.query.get('start') ?? '') && req.query.get('limit') === '3'
      )
    ).toBe(true)
    expect(server?.requests.filter(req => req.rawPath.startsWith('/api/v2/traces/'))).toHaveLength(
      13
    )
  })

  it('lists services and operations from the v2 tag API', async () => {
    const source = await tempoSource({
      spans: [chat, { ...chat, service: 'billing "eu"', name: 'charge' }]
    })

    expect(await source.listServices()).toEqual(['billing "eu"', 'support-bot'])
    expect(await source.listOperations('billing "eu"')).toEqual(['charge'])
    expect(requested()).toEqual([
      '/api/v2/search/tag/resource.service.name/values',
      '/api/v2/search/tag/name/values'
    ])
    expect(server?.requests[1]?.query.get('q')).toBe(
      '{ resource.service.name = "billing \\"eu\\"" }'
    )
  })

  it('lists services from the v1 tag API on an older Tempo', async () => {
    const source = await tempoSource({ spans: [chat], withoutV2: true })

    expect(await source.listServices()).toEqual(['support-bot'])
    expect(requested()).toEqual([
      '/api/v2/search/tag/resource.service.name/values',
      '/api/search/tag/service.name/values'
    ])
  })

  it('sends the tenant header on every request', async () => {
    const source = await tempoSource({ spans: [chat] }, { headers: { 'X-Scope-OrgID': 'team-a' } })

    await source.findTraces({ service: 'support-bot' })

    expect(server?.requests.map(req => req.headers['x-scope-orgid'])).toEqual(['team-a', 'team-a'])
  })

  it("passes on Tempo's plain-text error", async () => {
    server = await startTestServer((_, res) =>
      sendText(res, 400, 'invalid TraceQL query: parse error at line 1, col 3')
    )
    const source = createTempoSource({ baseUrl: server.url, now: () => NOW })

    await expect(source.findTraces({ traceql: '{ .a = }' })).rejects.toThrow(
      'failed: HTTP 400 Bad Request: invalid TraceQL query: parse error at line 1, col 3'
    )
  })

  it('describes itself with the URL', async () => {
    const source = await tempoSource({ spans: [] })
    expect(source.description).toBe(`Grafana Tempo at ${server?.url}`)
  })
})

describe('logfmt', () => {
  it('quotes values that need it and refuses keys Tempo cannot read', () => {
    expect(
      logfmt([
        ['a', 'b'],
        ['c', 'd e'],
        ['f', 'say "hi"'],
        ['g', '']
      ])
    ).toBe('a=b c="d e" f="say \\"hi\\"" g=""')
    expect(() => logfmt([['bad key', 'x']])).toThrow(
      'Tempo cannot search on the tag name "bad key"'
    )
  })
})
