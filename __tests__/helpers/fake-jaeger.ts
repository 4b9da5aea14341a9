/**
 * Request handlers that answer like Jaeger's query service, for the real test server.
 * v1: `jaegerquery/internal/http_handler.go` and `query_parser.go`.
 * api_v3: `jaegerquery/internal/apiv3/http_gateway.go`, `param_resolver.go`, `query_parser.go`.
 */
import type { ServerResponse } from 'node:http'
import {
  sendGoError,
  sendHtml,
  sendJson,
  sendRouteNotFound,
  type Handler,
  type RecordedRequest
} from './http-server.js'
import { apiV3Result, jaegerV1Envelope, jaegerV1Trace, type WireSpan } from './trace-wire.js'

export interface FakeJaeger {
  spans: WireSpan[]
  /** The most traces one search returns, whatever the request asks for. */
  cap?: number
  /** A path prefix the routes live under (`--query.base-path`), e.g. `/jaeger`. */
  basePath?: string
}

/**
 * Jaeger 1.x answers any path it has no route for with the UI's index.html, so a missing
 * API route there looks like a 200 HTML page rather than a 404.
 */
export const JAEGER_UI_INDEX =
  '<!doctype html><html lang="en"><head><title>Jaeger UI</title><script>window.config={}</script></head>' +
  '<body><div id="jaeger-ui-root"></div></body></html>'

export interface FakeJaegerV1 extends FakeJaeger {
  /** Jaeger releases before `/api/operations`, whose UI catch-all answers for it. */
  legacyUi?: boolean
}

export function fakeJaegerV1(fake: FakeJaegerV1): Handler {
  return (req, res) => {
    const path = routePath(req, fake)
    const traceRoute = /^\/api\/traces\/([^/]+)$/.exec(path)
    const operationsRoute = /^\/api\/services\/(.+)\/operations$/.exec(path)
    if (path === '/api/services') return sendJson(res, 200, jaegerV1Envelope(servicesOf(fake)))
    if (path === '/api/operations' && !fake.legacyUi) {
      const names = operationsOf(fake, req.query.get('service'))
      return sendJson(res, 200, jaegerV1Envelope(names.map(name => ({ name, spanKind: 'client' }))))
    }
    if (operationsRoute)
      return sendJson(res, 200, jaegerV1Envelope(operationsOf(fake, operationsRoute[1])))
    if (path === '/api/traces') return searchV1(fake, req, res)
    if (traceRoute) {
      const span = fake.spans.find(candidate => candidate.traceId === traceRoute[1])
      if (span) return sendJson(res, 200, jaegerV1Envelope([jaegerV1Trace(span)]))
      const notFound = {
        data: null,
        total: 0,
        limit: 0,
        offset: 0,
        errors: [{ code: 404, msg: 'trace not found' }]
      }
      return sendGoError(res, 404, JSON.stringify(notFound))
    }
    if (fake.legacyUi) return sendHtml(res, 200, JAEGER_UI_INDEX)
    return sendRouteNotFound(res)
  }
}

function searchV1(fake: FakeJaeger, req: RecordedRequest, res: ServerResponse): void {
  const service = req.query.get('service')
  if (!service) {
    const error = { data: null, errors: [{ code: 400, msg: "parameter 'service' is required" }] }
    return sendGoError(res, 400, JSON.stringify(error))
  }
  const limit = Number(req.query.get('limit') ?? 100)
  const found = spansInWindow(
    fake,
    service,
    Number(req.query.get('start')) / 1000,
    Number(req.query.get('end')) / 1000
  )
  sendJson(
    res,
    200,
    jaegerV1Envelope(found.slice(0, Math.min(limit, fake.cap ?? limit)).map(jaegerV1Trace))
  )
}

/**
 * Which parameter names the server reads: `camelCase` is Jaeger 2.20+ (snake_case aliases
 * removed), `both` is 2.19 (camelCase canonical, snake_case deprecated), `snake_case` is before.
 */
export type V3Spelling = 'camelCase' | 'both' | 'snake_case'

export interface FakeJaegerV3 extends FakeJaeger {
  spelling: V3Spelling
  /** Servers before `query.attributes` ignore it. */
  readsAttributes?: boolean
  /** Some builds have the api_v3 services route but not its search routes. */
  withoutSearch?: boolean
  /** Also serve the v1 API, as Jaeger 1.x and early 2.x do. */
  alsoV1?: boolean
}

export function fakeJaegerV3(fake: FakeJaegerV3): Handler {
  const v1 = fakeJaegerV1(fake)
  return (req, res) => {
    const path = routePath(req, fake)
    const traceRoute = /^\/api\/v3\/traces\/([^/]+)$/.exec(path)
    if (path === '/api/v3/services') return sendJson(res, 200, { services: servicesOf(fake) })
    if (path === '/api/v3/operations') {
      const names = operationsOf(fake, req.query.get('service'))
      return sendJson(
        res,
        200,
        names.length === 0 ? {} : { operations: names.map(name => ({ name, spanKind: 'client' })) }
      )
    }
    if (path === '/api/v3/traces' && !fake.withoutSearch) return searchV3(fake, req, res)
    if (traceRoute && !fake.withoutSearch) {
      const span = fake.spans.find(candidate => candidate.traceId === traceRoute[1])
      return span ? sendJson(res, 200, apiV3Result([span])) : sendNoTracesFound(res)
    }
    if (fake.alsoV1 && path.startsWith('/api/') && !path.startsWith('/api/v3/')) return v1(req, res)
    return sendRouteNotFound(res)
  }
}

function searchV3(fake: FakeJaegerV3, req: RecordedRequest, res: ServerResponse): void {
  const read = (camelCase: string, ...snakeCase: string[]): string | undefined =>
    namesRead(fake.spelling, camelCase, snakeCase)
      .map(name => req.query.get(name) ?? '')
      .find(value => value !== '')
  const min = read('query.startTimeMin', 'query.start_time_min')
  const max = read('query.startTimeMax', 'query.start_time_max')
  if (!min || !max)
    return sendGatewayError(res, 400, 'query.start_time_min and query.start_time_max are required')
  const depth = Number(read('query.searchDepth', 'query.num_traces', 'query.search_depth') ?? 0)
  // The memory and Badger stores refuse a search without a depth.
  if (!(depth > 0)) return sendGatewayError(res, 500, 'search depth must be greater than 0')
  const service = read('query.serviceName', 'query.service_name') ?? ''
  const attributes = fake.readsAttributes
    ? (JSON.parse(req.query.get('query.attributes') ?? '{}') as Record<string, string>)
    : {}
  const found = spansInWindow(fake, service, Date.parse(min), Date.parse(max))
    .filter(span =>
      Object.entries(attributes).every(([key, value]) => span.attributes?.[key] === value)
    )
    .slice(0, Math.min(depth, fake.cap ?? depth))
  if (found.length === 0) return sendNoTracesFound(res)
  sendJson(res, 200, apiV3Result(found))
}

/** The names a server of this spelling reads for one parameter, in the order it tries them. */
function namesRead(spelling: V3Spelling, camelCase: string, snakeCase: string[]): string[] {
  if (spelling === 'camelCase') return [camelCase]
  if (spelling === 'snake_case') return snakeCase
  return [camelCase, ...snakeCase]
}

function sendGatewayError(res: ServerResponse, status: number, message: string): void {
  sendGoError(res, status, JSON.stringify({ error: { httpCode: status, message } }))
}

function sendNoTracesFound(res: ServerResponse): void {
  sendGatewayError(res, 404, 'No traces found')
}

function routePath(req: RecordedRequest, fake: FakeJaeger): string {
  const base = fake.basePath ?? ''
  return req.path.startsWith(`${base}/`) ? req.path.slice(base.length) : `/no-route${req.path}`
}

function servicesOf(fake: FakeJaeger): string[] {
  return [...new Set(fake.spans.map(span => span.service ?? ''))]
}

function operationsOf(fake: FakeJaeger, service: string | null | undefined): string[] {
  return fake.spans.filter(span => span.service === service).map(span => span.name ?? '')
}

/** Spans of a service that start inside the window, newest first. */
function spansInWindow(
  fake: FakeJaeger,
  service: string,
  startMs: number,
  endMs: number
): WireSpan[] {
  return fake.spans
    .filter(span => span.service === service)
    .filter(span => (span.startMs ?? 0) >= startMs && (span.startMs ?? 0) <= endMs)
    .sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0))
}
