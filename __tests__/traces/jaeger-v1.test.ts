import { afterEach, describe, expect, it } from '@jest/globals'
import { HttpError } from '../../src/traces/http.js'
import { createJaegerSource } from '../../src/traces/jaeger.js'
import type { TraceSource } from '../../src/traces/source.js'
import { fakeJaegerV1, type FakeJaegerV1 } from '../helpers/fake-jaeger.js'
import {
  recordingSleep,
  sendGoError,
  startTestServer,
  type TestServer
} from '../helpers/http-server.js'
import { traceIdOf, type WireSpan } from '../helpers/trace-wire.js'

const NOW = new Date('2025-06-01T12:00:00.000Z')
const HOUR = 3_600_000

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function jaegerSource(
  fake: FakeJaegerV1,
  basePath = '',
  pageSize?: number
): Promise<TraceSource> {
  server = await startTestServer(fakeJaegerV1(fake))
  return createJaegerSource({
    baseUrl: `${server.url}${basePath}`,
    api: 'v1',
    now: () => NOW,
    pageSize,
    sleep: recordingSleep().sleep
  })
}

const chat: WireSpan = {
  traceId: traceIdOf(0xabc),
  service: 'support-bot',
  name: 'chat gpt-4o',
  startMs: NOW.getTime() - HOUR,
  attributes: { 'gen_ai.request.model': 'gpt-4o' }
}

describe('Jaeger v1 API', () => {
  it('describes itself with the API and the URL', async () => {
    const source = await jaegerSource({ spans: [] })
    expect(source.description).toBe(`Jaeger v1 API at ${server?.url}`)
  })

  it('lists services and operations, sorted and without repeats', async () => {
    const source = await jaegerSource({
      spans: [
        { ...chat, service: 'zeta', name: 'b' },
        { ...chat, service: 'alpha', name: 'op' },
        { ...chat, service: 'zeta', name: 'a' },
        { ...chat, service: 'zeta', name: 'a' }
      ]
    })

    expect(await source.listServices()).toEqual(['alpha', 'zeta'])
    expect(await source.listOperations('zeta')).toEqual(['a', 'b'])
    expect(server?.requests.map(req => `${req.rawPath}?${req.query.toString()}`)).toEqual([
      '/api/services?',
      '/api/operations?service=zeta'
    ])
  })

  it('falls back to /api/services/{service}/operations on Jaeger releases without /api/operations', async () => {
    const source = await jaegerSource({
      spans: [{ ...chat, service: 'billing/v2 #1', name: 'charge' }],
      legacyUi: true
    })

    expect(await source.listOperations('billing/v2 #1')).toEqual(['charge'])
    expect(server?.requests.map(req => req.rawPath)).toEqual([
      '/api/operations',
      '/api/services/billing%2Fv2%20%231/operations'
    ])
  })

  it('searches with start and end in microseconds computed from the lookback, and decodes the traces', async () => {
    const source = await jaegerSource({ spans: [chat] })

    const traces = await source.findTraces({
      service: 'support-bot',
      operation: 'chat gpt-4o',
      tags: { 'gen_ai.request.model': 'gpt-4o' },
      lookback: '2h',
      minDuration: '1ms',
      maxDuration: '2s',
      limit: 20
    })

    expect(server?.requests).toHaveLength(1)
    const request = server?.requests[0]
    expect(request?.rawPath).toBe('/api/traces')
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      service: 'support-bot',
      operation: 'chat gpt-4o',
      tags: '{"gen_ai.request.model":"gpt-4o"}',
      start: String((NOW.getTime() - 2 * HOUR) * 1000),
      end: String(NOW.getTime() * 1000),
      minDuration: '1ms',
      maxDuration: '2s',
      limit: '20'
    })
    expect(traces).toHaveLength(1)
    expect(traces[0]?.traceId).toBe(chat.traceId)
    expect(traces[0]?.spans[0]).toMatchObject({
      name: 'chat gpt-4o',
      service: 'support-bot',
      attributes: { 'gen_ai.request.model': 'gpt-4o' }
    })
  })

  it('splits the window when the server caps a search, and returns every trace once', async () => {
    const spans = Array.from({ length: 23 }, (_, index) => ({
      ...chat,
      traceId: traceIdOf(index + 1),
      startMs: NOW.getTime() - (index + 1) * 3 * 60_000
    }))
    const source = await jaegerSource({ spans, cap: 5 }, '', 5)

    const traces = await source.findTraces({ service: 'support-bot', lookback: '2h', limit: 500 })

    const ids = traces.map(trace => trace.traceId)
    expect(new Set(ids).size).toBe(23)
    expect([...ids].sort()).toEqual(spans.map(span => span.traceId).sort())
    expect(server?.requests.length).toBeGreaterThan(5)
    expect(server?.requests.every(req => req.query.get('limit') === '5')).toBe(true)
  })

  it('needs a service to search, before asking the server', async () => {
    const source = await jaegerSource({ spans: [chat] })

    await expect(source.findTraces({ lookback: '1h' })).rejects.toThrow(
      'Searching Jaeger through its v1 API needs a service name: set the service to search.'
    )
    expect(server?.requests).toHaveLength(0)
  })

  it('gets a trace by id, under a base path', async () => {
    const source = await jaegerSource({ spans: [chat], basePath: '/jaeger' }, '/jaeger/')

    const trace = await source.getTrace('ABC')

    expect(trace?.traceId).toBe(chat.traceId)
    expect(server?.requests[0]?.rawPath).toBe(`/jaeger/api/traces/${chat.traceId}`)
  })

  it('returns undefined for a trace Jaeger does not have', async () => {
    const source = await jaegerSource({ spans: [chat] })

    expect(await source.getTrace(traceIdOf(0xdef))).toBeUndefined()
    expect(server?.requests).toHaveLength(1)
  })

  it('reports a 404 that is not Jaeger speaking (a wrong base path) as an error', async () => {
    const source = await jaegerSource({ spans: [chat], basePath: '/jaeger' }, '/wrong')

    const error = await source.getTrace(chat.traceId).catch((reason: unknown) => reason)

    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).message).toBe(
      `GET ${server?.url}/wrong/api/traces/${chat.traceId} failed: HTTP 404 Not Found: 404 page not found`
    )
  })

  it('rejects a malformed trace id without asking the server', async () => {
    const source = await jaegerSource({ spans: [chat] })

    await expect(source.getTrace('not-a-trace/../id')).rejects.toThrow(
      'Invalid trace id "not-a-trace/../id"'
    )
    expect(server?.requests).toHaveLength(0)
  })

  it('passes on the server message of a failed search', async () => {
    server = await startTestServer((_, res) =>
      sendGoError(
        res,
        400,
        JSON.stringify({
          data: null,
          errors: [{ code: 400, msg: "unable to parse param 'minDuration'" }]
        })
      )
    )
    const source = createJaegerSource({ baseUrl: server.url, api: 'v1', now: () => NOW })

    await expect(source.findTraces({ service: 's', minDuration: 'fast' })).rejects.toThrow(
      "failed: HTTP 400 Bad Request: unable to parse param 'minDuration'"
    )
  })
})
