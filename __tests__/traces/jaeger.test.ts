import { afterEach, describe, expect, it } from '@jest/globals'
import { createJaegerSource } from '../../src/traces/jaeger.js'
import type { TraceSource } from '../../src/traces/source.js'
import {
  fakeJaegerV1,
  fakeJaegerV3,
  type FakeJaegerV1,
  type FakeJaegerV3
} from '../helpers/fake-jaeger.js'
import {
  recordingSleep,
  sendGoError,
  startTestServer,
  type Handler,
  type TestServer
} from '../helpers/http-server.js'
import { traceIdOf, type WireSpan } from '../helpers/trace-wire.js'

const NOW = new Date('2025-06-01T12:00:00.000Z')

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function autoSource(handler: Handler): Promise<TraceSource> {
  server = await startTestServer(handler)
  return createJaegerSource({ baseUrl: server.url, now: () => NOW, sleep: recordingSleep().sleep })
}

const chat: WireSpan = {
  traceId: traceIdOf(0xabc),
  service: 'support-bot',
  name: 'chat gpt-4o',
  startMs: NOW.getTime() - 3_600_000
}

function requestedPaths(): string[] {
  return server?.requests.map(req => req.rawPath) ?? []
}

describe("createJaegerSource with api 'auto'", () => {
  it('uses api_v3 on a Jaeger that has no v1 search', async () => {
    const v3Only: FakeJaegerV3 = { spans: [chat], spelling: 'camelCase' }
    const source = await autoSource(fakeJaegerV3(v3Only))

    expect(source.description).toBe(`Jaeger at ${server?.url} (API not detected yet)`)
    const traces = await source.findTraces({ service: 'support-bot' })

    expect(traces.map(trace => trace.traceId)).toEqual([chat.traceId])
    expect(source.description).toBe(`Jaeger api_v3 at ${server?.url}`)
    expect(requestedPaths()).toEqual(['/api/v3/services', '/api/v3/traces'])
  })

  it('uses the v1 API on a Jaeger 1.x whose UI answers /api/v3/services with index.html', async () => {
    const v1Only: FakeJaegerV1 = { spans: [chat], legacyUi: true }
    const source = await autoSource(fakeJaegerV1(v1Only))

    const traces = await source.findTraces({ service: 'support-bot' })
    await source.getTrace(chat.traceId)

    expect(traces.map(trace => trace.traceId)).toEqual([chat.traceId])
    expect(source.description).toBe(`Jaeger v1 API at ${server?.url}`)
    expect(requestedPaths()).toEqual([
      '/api/v3/services',
      '/api/traces',
      `/api/traces/${chat.traceId}`
    ])
  })

  it('uses the v1 API when /api/v3/services is a 404', async () => {
    const source = await autoSource(fakeJaegerV1({ spans: [chat] }))

    expect(await source.listServices()).toEqual(['support-bot'])
    expect(requestedPaths()).toEqual(['/api/v3/services', '/api/services'])
  })

  it('switches to v1 for good when api_v3 has no search route', async () => {
    const partial: FakeJaegerV3 = {
      spans: [chat],
      spelling: 'both',
      withoutSearch: true,
      alsoV1: true
    }
    const source = await autoSource(fakeJaegerV3(partial))

    const first = await source.findTraces({ service: 'support-bot' })
    const second = await source.findTraces({ service: 'support-bot' })

    expect(first.map(trace => trace.traceId)).toEqual([chat.traceId])
    expect(second.map(trace => trace.traceId)).toEqual([chat.traceId])
    expect(requestedPaths()).toEqual([
      '/api/v3/services',
      '/api/v3/traces',
      '/api/traces',
      '/api/traces'
    ])
    expect(source.description).toBe(`Jaeger v1 API at ${server?.url}`)
  })

  it('detects once for concurrent calls', async () => {
    const source = await autoSource(fakeJaegerV3({ spans: [chat], spelling: 'both' }))

    await Promise.all([source.listServices(), source.listOperations('support-bot')])

    expect(requestedPaths().filter(path => path === '/api/v3/services')).toHaveLength(2)
    expect(requestedPaths()).toContain('/api/v3/operations')
    expect(requestedPaths()).toHaveLength(3)
  })

  it('does not fall back to v1 when the server cannot be reached', async () => {
    const unreachable = await startTestServer(() => undefined)
    await unreachable.close()
    const source = createJaegerSource({ baseUrl: unreachable.url, retries: 0 })

    await expect(source.listServices()).rejects.toThrow('could not connect (ECONNREFUSED)')
    expect(source.description).toBe(`Jaeger at ${unreachable.url} (API not detected yet)`)
  })

  it('detects again after a failed detection', async () => {
    const v3 = fakeJaegerV3({ spans: [chat], spelling: 'both' })
    let calls = 0
    server = await startTestServer((req, res) =>
      ++calls === 1 ? sendGoError(res, 503, 'starting') : v3(req, res)
    )
    const source = createJaegerSource({ baseUrl: server.url, retries: 0 })

    await expect(source.listServices()).rejects.toThrow('HTTP 503 Service Unavailable: starting')
    expect(await source.listServices()).toEqual(['support-bot'])
    expect(requestedPaths()).toEqual(['/api/v3/services', '/api/v3/services', '/api/v3/services'])
  })
})
