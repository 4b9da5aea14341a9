/**
 * Jaeger's v1 query API (`/api/...`, the JSON the Jaeger UI reads), as served by
 * `cmd/query/app/http_handler.go` in Jaeger 1.x and `jaegerquery/internal/http_handler.go` in 2.x.
 */
import { decodeTraceDocuments } from './decode/index.js'
import {
  isEndpointMissing,
  isRecord,
  sortedUnique,
  stringsIn,
  urlPath,
  type HttpClient,
  type JsonResponse
} from './http.js'
import { assertTraceId, normalizeTraceId } from './ids.js'
import type { Trace } from './model.js'
import type { TraceQuery, TraceSource } from './source.js'
import {
  DEFAULT_TRACE_LIMIT,
  fetchAllInWindow,
  resolveWindow,
  type Page,
  type SearchOptions,
  type TimeWindow
} from './window.js'

export const DEFAULT_JAEGER_PAGE_SIZE = 100

export function createJaegerV1Source(http: HttpClient, options: SearchOptions = {}): TraceSource {
  const now = options.now ?? (() => new Date())
  const pageSize = options.pageSize ?? DEFAULT_JAEGER_PAGE_SIZE
  return {
    description: `Jaeger v1 API at ${http.baseUrl}`,
    listServices: () => listServices(http),
    listOperations: service => listOperations(http, service),
    findTraces: query => findTraces(http, query, now(), pageSize),
    getTrace: traceId => getTrace(http, traceId)
  }
}

/** `GET /api/services` answers `{"data": ["svc", ...]}` (`null` when there are none). */
async function listServices(http: HttpClient): Promise<string[]> {
  const response = await http.getJson('/api/services')
  return sortedUnique(stringsIn(envelopeOf(response).data))
}

/**
 * `GET /api/operations?service=` answers `{"data": [{"name", "spanKind"}]}`. Jaeger releases
 * older than that route only have `/api/services/{service}/operations` (`{"data": ["op"]}`).
 */
async function listOperations(http: HttpClient, service: string): Promise<string[]> {
  try {
    const response = await http.getJson('/api/operations', { query: { service } })
    const operations = envelopeOf(response).data
    const names = Array.isArray(operations)
      ? operations.map(operation => (isRecord(operation) ? operation.name : undefined))
      : []
    return sortedUnique(stringsIn(names))
  } catch (error) {
    if (!isEndpointMissing(error)) throw error
  }
  const response = await http.getJson(urlPath('api', 'services', service, 'operations'))
  return sortedUnique(stringsIn(envelopeOf(response).data))
}

async function findTraces(
  http: HttpClient,
  query: TraceQuery,
  now: Date,
  pageSize: number
): Promise<Trace[]> {
  if (!query.service) {
    throw new Error(
      'Searching Jaeger through its v1 API needs a service name: set the service to search.'
    )
  }
  const window = resolveWindow(query, now)
  return fetchAllInWindow((part, size, seen) => searchPage(http, query, part, size, seen), {
    ...window,
    limit: query.limit ?? DEFAULT_TRACE_LIMIT,
    pageSize
  })
}

/**
 * `GET /api/traces`. The server ignores `lookback` and defaults `start` to its own lookback,
 * so the window is always sent as `start`/`end` in epoch microseconds. `limit` is the search depth.
 */
async function searchPage(
  http: HttpClient,
  query: TraceQuery,
  window: TimeWindow,
  size: number,
  seen: { has(traceId: string): boolean }
): Promise<Page<Trace>> {
  const tags =
    query.tags && Object.keys(query.tags).length > 0 ? JSON.stringify(query.tags) : undefined
  const response = await http.getJson('/api/traces', {
    query: {
      service: query.service,
      operation: query.operation,
      tags,
      start: epochMicros(window.start),
      end: epochMicros(window.end),
      minDuration: query.minDuration,
      maxDuration: query.maxDuration,
      limit: size
    }
  })
  const sent = tracesIn(response)
  // Halves of a split window repeat traces already decoded; decoding is the costly part.
  const fresh = sent.filter(trace => {
    const id = isRecord(trace) ? normalizeTraceId(trace.traceID) : undefined
    return id === undefined || !seen.has(id)
  })
  const items =
    fresh.length === sent.length
      ? decodeResponse(response)
      : decodeResponse({ ...response, documents: [{ ...envelopeOf(response), data: fresh }] })
  return { items, returned: sent.length }
}

/**
 * `GET /api/traces/{id}`. A missing trace is a 404 whose body is Jaeger's own envelope,
 * `{"data":null,"errors":[{"code":404,"msg":"trace not found"}]}`; a 404 without it means
 * the route is not there and is reported as an error.
 */
async function getTrace(http: HttpClient, traceId: string): Promise<Trace | undefined> {
  const id = assertTraceId(traceId)
  const response = await http.getJson(urlPath('api', 'traces', id), {
    isExpected: answer => answer.status === 404 && isJaegerEnvelope(answer)
  })
  if (response.status === 404) return undefined
  const traces = decodeResponse(response)
  return traces.find(trace => trace.traceId === id) ?? traces[0]
}

/** An empty `data` gives no traces; `errors` without data fail with the server's messages. */
function decodeResponse(response: JsonResponse): Trace[] {
  return decodeTraceDocuments(response.documents, {
    origin: `Jaeger response from ${response.url}`,
    allowEmpty: true
  }).traces
}

/** The traces the server sent, before decoding: the `data` array of the envelope. */
function tracesIn(response: JsonResponse): unknown[] {
  const { data } = envelopeOf(response)
  return Array.isArray(data) ? data : []
}

function envelopeOf(response: JsonResponse): Record<string, unknown> {
  const [body] = response.documents
  if (!isRecord(body)) {
    throw new Error(
      `Jaeger answered ${response.url} with a body that is not a {"data": ...} object`
    )
  }
  return body
}

function isJaegerEnvelope(response: JsonResponse): boolean {
  const [body] = response.documents
  return isRecord(body) && ('errors' in body || 'data' in body)
}

function epochMicros(date: Date): string {
  return String(date.getTime() * 1000)
}
