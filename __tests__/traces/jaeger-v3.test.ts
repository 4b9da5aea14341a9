import { afterEach, describe, expect, it } from '@jest/globals'
import { HttpError } from '../../src/traces/http.js'
import { createJaegerSource } from '../../src/traces/jaeger.js'
import type { TraceSource } from '../../src/traces/source.js'
import { fakeJaegerV3, type FakeJaegerV3 } from '../helpers/fake-jaeger.js'
import {
  recordingSleep,
  sendText,
  startTestServer,
  type Handler,
  type TestServer
} from '../helpers/http-server.js'
import { apiV3Result, traceIdOf, type WireSpan } from '../helpers/trace-wire.js'

const NOW = new Date('2025-06-01T12:00:00.000Z')
const HOUR = 3_600_000

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function sourceFor(handler: Handler, pageSize?: number): Promise<TraceSource> {
  server = await startTestServer(handler)
  return createJaegerSource({
    baseUrl: server.url,
    api: 'v3',
    now: () => NOW,
    pageSize,
    sleep: recordingSleep().sleep
  })
}

function v3Source(fake: FakeJaegerV3, pageSize?: number): Promise<TraceSource> {
  return sourceFor(fakeJaegerV3(fake), pageSize)
}

const chat: WireSpan = {
  traceId: traceIdOf(0xabc),
  service: 'support-bot',
  name: 'chat gpt-4o',
  startMs: NOW.getTime() - HOUR,
  attributes: { 'gen_ai.request.model': 'gpt-4o', tenant: 'acme' }
}
const other: WireSpan = { ...chat, traceId: traceIdOf(0xdef), attributes: { tenant: 'globex' } }

describe('Jaeger api_v3', () => {
  it('sends every search parameter in both spellings, and the search depth', async () => {
    const source = await v3Source({ spans: [chat], spelling: 'both', readsAttributes: true })

    await source.findTraces({
      service: 'support-bot',
      operation: 'chat gpt-4o',
      tags: { tenant: 'acme' },
      lookback: '2h',
      minDuration: '1ms',
      maxDuration: '2s',
      limit: 20
    })

    expect(server?.requests[0]?.rawPath).toBe('/api/v3/traces')
    expect(Object.fromEntries(server?.requests[0]?.query ?? [])).toEqual({
      'query.serviceName': 'support-bot',
      'query.service_name': 'support-bot',
      'query.operationName': 'chat gpt-4o',
      'query.operation_name': 'chat gpt-4o',
      'query.startTimeMin': '2025-06-01T10:00:00.000Z',
      'query.start_time_min': '2025-06-01T10:00:00.000Z',
      'query.startTimeMax': '2025-06-01T12:00:00.000Z',
      'query.start_time_max': '2025-06-01T12:00:00.000Z',
      'query.durationMin': '1ms',
      'query.duration_min': '1ms',
      'query.durationMax': '2s',
      'query.duration_max': '2s',
      'query.searchDepth': '20',
      'query.num_traces': '20',
      'query.attributes': '{"tenant":"acme"}'
    })
  })

  it.each(['camelCase', 'both', 'snake_case'] as const)(
    'finds traces on a server that reads %s names',
    async spelling => {
      const source = await v3Source({
        spans: [chat, other],
        spelling,
        readsAttributes: spelling !== 'snake_case'
      })

      const traces = await source.findTraces({ service: 'support-bot', lookback: '2h' })

      expect(traces.map(trace => trace.traceId).sort()).toEqual([chat.traceId, other.traceId])
      expect(traces.find(trace => trace.traceId === chat.traceId)?.spans[0]).toMatchObject({
        name: 'chat gpt-4o',
        service: 'support-bot',
        kind: 'client',
        attributes: { 'gen_ai.request.model': 'gpt-4o' }
      })
    }
  )

  it('filters by tags itself when the server ignores query.attributes', async () => {
    const source = await v3Source({
      spans: [chat, other],
      spelling: 'snake_case',
      readsAttributes: false
    })

    const traces = await source.findTraces({ service: 'support-bot', tags: { tenant: 'globex' } })

    expect(traces.map(trace => trace.traceId)).toEqual([other.traceId])
  })

  it('reads "No traces found" (a 404 with the gateway error body) as an empty result, without retrying', async () => {
    const source = await v3Source({ spans: [], spelling: 'both' })

    expect(await source.findTraces({ service: 'support-bot' })).toEqual([])
    expect(server?.requests).toHaveLength(1)
  })

  it('splits the window when a search comes back full, and returns each trace once', async () => {
    const spans = Array.from({ length: 17 }, (_, index) => ({
      ...chat,
      traceId: traceIdOf(index + 1),
      startMs: NOW.getTime() - (index + 1) * 5 * 60_000
    }))
    const source = await v3Source({ spans, spelling: 'both', cap: 4 }, 4)

    const traces = await source.findTraces({ service: 'support-bot', lookback: '2h', limit: 100 })

    const ids = traces.map(trace => trace.traceId)
    expect(new Set(ids).size).toBe(17)
    expect([...ids].sort()).toEqual(spans.map(span => span.traceId).sort())
    expect(server?.requests.every(req => req.query.get('query.searchDepth') === '4')).toBe(true)
  })

  it('decodes a body of several {"result"} chunks', async () => {
    const body = `${JSON.stringify(apiV3Result([chat]))}\n${JSON.stringify(apiV3Result([other]))}\n`
    const source = await sourceFor((_, res) =>
      sendText(res, 200, body, { 'content-type': 'application/json' })
    )

    const traces = await source.findTraces({ service: 'support-bot' })

    expect(traces.map(trace => trace.traceId)).toEqual([chat.traceId, other.traceId])
  })

  it('fails on an error chunk streamed after a 200', async () => {
    const body = `${JSON.stringify(apiV3Result([chat]))}{"error":{"httpCode":500,"message":"storage closed"}}`
    const source = await sourceFor((_, res) => sendText(res, 200, body))

    await expect(source.findTraces({ service: 'support-bot' })).rejects.toThrow(
      'Jaeger api_v3 returned an error: storage closed (HTTP 500)'
    )
  })

  it('gets a trace by id, and returns undefined for one the server does not have', async () => {
    const source = await v3Source({ spans: [chat], spelling: 'both' })

    expect((await source.getTrace(chat.traceId))?.spans[0]?.name).toBe('chat gpt-4o')
    expect(await source.getTrace(other.traceId)).toBeUndefined()
    expect(server?.requests.map(req => req.rawPath)).toEqual([
      `/api/v3/traces/${chat.traceId}`,
      `/api/v3/traces/${other.traceId}`
    ])
  })

  it('reports a route 404 as an error, not as a missing trace', async () => {
    const source = await v3Source({ spans: [chat], spelling: 'both', withoutSearch: true })

    const error = await source.getTrace(chat.traceId).catch((reason: unknown) => reason)

    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).status).toBe(404)
  })

  it('lists services and operations, encoding the service name', async () => {
    const source = await v3Source({
      spans: [chat, { ...chat, service: 'billing/v2 & co', name: 'charge' }],
      spelling: 'both'
    })

    expect(await source.listServices()).toEqual(['billing/v2 & co', 'support-bot'])
    expect(await source.listOperations('billing/v2 & co')).toEqual(['charge'])
    expect(await source.listOperations('nobody')).toEqual([])
    expect(server?.requests[1]?.query.get('service')).toBe('billing/v2 & co')
  })

  it('describes itself with the API and the URL', async () => {
    const source = await v3Source({ spans: [], spelling: 'both' })
    expect(source.description).toBe(`Jaeger api_v3 at ${server?.url}`)
  })
})
