/**
 * Jaeger's api_v3 over HTTP (`/api/v3/...`, OTLP JSON), as served by
 * `jaegerquery/internal/apiv3/http_gateway.go` in Jaeger 2.x and the grpc-gateway in late 1.x.
 */
import { decodeTraceDocuments } from './decode/index.js'
import {
  isRecord,
  sortedUnique,
  stringsIn,
  urlPath,
  type HttpClient,
  type JsonResponse,
  type QueryParams
} from './http.js'
import { assertTraceId } from './ids.js'
import type { AttributeValue, Span, Trace } from './model.js'
import type { TraceQuery, TraceSource } from './source.js'
import {
  DEFAULT_TRACE_LIMIT,
  fetchAllInWindow,
  resolveWindow,
  type Page,
  type SearchOptions,
  type TimeWindow
} from './window.js'

export const DEFAULT_JAEGER_V3_PAGE_SIZE = 100

export function createJaegerV3Source(http: HttpClient, options: SearchOptions = {}): TraceSource {
  const now = options.now ?? (() => new Date())
  const pageSize = options.pageSize ?? DEFAULT_JAEGER_V3_PAGE_SIZE
  return {
    description: `Jaeger api_v3 at ${http.baseUrl}`,
    listServices: () => listServices(http),
    listOperations: service => listOperations(http, service),
    findTraces: query => findTraces(http, query, now(), pageSize),
    getTrace: traceId => getTrace(http, traceId)
  }
}

/** `{"services": [...]}`; the field is left out when there are none. */
async function listServices(http: HttpClient): Promise<string[]> {
  const response = await http.getJson('/api/v3/services')
  return sortedUnique(stringsIn(bodyOf(response).services))
}

/** `{"operations": [{"name", "spanKind"}]}`; the field is left out when there are none. */
async function listOperations(http: HttpClient, service: string): Promise<string[]> {
  const response = await http.getJson('/api/v3/operations', { query: { service } })
  const { operations } = bodyOf(response)
  const names = Array.isArray(operations)
    ? operations.map(item => (isRecord(item) ? item.name : undefined))
    : []
  return sortedUnique(stringsIn(names))
}

async function findTraces(
  http: HttpClient,
  query: TraceQuery,
  now: Date,
  pageSize: number
): Promise<Trace[]> {
  const window = resolveWindow(query, now)
  return fetchAllInWindow((part, size) => searchPage(http, query, part, size), {
    ...window,
    limit: query.limit ?? DEFAULT_TRACE_LIMIT,
    pageSize
  })
}

async function searchPage(
  http: HttpClient,
  query: TraceQuery,
  window: TimeWindow,
  size: number
): Promise<Page<Trace>> {
  const response = await http.getJson('/api/v3/traces', {
    query: searchParams(query, window, size),
    isExpected: isGatewayNotFound
  })
  if (response.status === 404) return { items: [], returned: 0 }
  const traces = decodeResult(response)
  // Servers before `query.attributes` ignore it, so the tags are checked here too.
  const tags = Object.entries(query.tags ?? {})
  const items = tags.length === 0 ? traces : traces.filter(trace => traceHasTags(trace, tags))
  return { items, returned: traces.length }
}

/**
 * Search parameters in both spellings. Jaeger 2.19 made the camelCase names canonical and
 * kept the snake_case ones as deprecated aliases; older servers know only snake_case. Both
 * read parameters by name and ignore the rest, and the canonical name wins when both are sent.
 * The depth is always sent: without it some stores fail the search with HTTP 500.
 */
export function searchParams(query: TraceQuery, window: TimeWindow, size: number): QueryParams {
  const params: QueryParams = {}
  const set = (camelCase: string, snakeCase: string, value: string | number | undefined): void => {
    if (value === undefined || value === '') return
    params[camelCase] = value
    params[snakeCase] = value
  }
  set('query.serviceName', 'query.service_name', query.service)
  set('query.operationName', 'query.operation_name', query.operation)
  set('query.startTimeMin', 'query.start_time_min', window.start.toISOString())
  set('query.startTimeMax', 'query.start_time_max', window.end.toISOString())
  set('query.durationMin', 'query.duration_min', query.minDuration)
  set('query.durationMax', 'query.duration_max', query.maxDuration)
  // `query.num_traces` is the name servers before 2.19 read.
  set('query.searchDepth', 'query.num_traces', size)
  if (query.tags && Object.keys(query.tags).length > 0) {
    // A JSON object of strings; there is no snake_case alias.
    params['query.attributes'] = JSON.stringify(query.tags)
  }
  return params
}

/** `GET /api/v3/traces/{id}`; a 404 with the gateway's error body means there is no such trace. */
async function getTrace(http: HttpClient, traceId: string): Promise<Trace | undefined> {
  const id = assertTraceId(traceId)
  const response = await http.getJson(urlPath('api', 'v3', 'traces', id), {
    isExpected: isGatewayNotFound
  })
  if (response.status === 404) return undefined
  const traces = decodeResult(response)
  return traces.find(trace => trace.traceId === id) ?? traces[0]
}

/**
 * An empty search or unknown trace is a 404 with the gateway's own error body,
 * `{"error":{"httpCode":404,"message":"No traces found"}}`; a 404 without it is a missing route.
 */
function isGatewayNotFound(response: JsonResponse): boolean {
  return (
    response.status === 404 &&
    response.documents.some(body => isRecord(body) && isRecord(body.error))
  )
}

/**
 * The body is one or more `{"result": TracesData}` chunks (none when a stream ends at once);
 * a streamed `{"error"}` chunk fails the decode.
 */
function decodeResult(response: JsonResponse): Trace[] {
  if (response.documents.length === 0) return []
  return decodeTraceDocuments(response.documents, {
    origin: `Jaeger api_v3 response from ${response.url}`,
    allowEmpty: true
  }).traces
}

function bodyOf(response: JsonResponse): Record<string, unknown> {
  const [body] = response.documents
  if (!isRecord(body))
    throw new Error(`Jaeger api_v3 answered ${response.url} with a body that is not an object`)
  return body
}

/** Jaeger's tag semantics: one span must carry every tag, on itself or its resource. */
function traceHasTags(trace: Trace, tags: ReadonlyArray<[string, string]>): boolean {
  return trace.spans.some(span =>
    tags.every(([key, value]) => spanTagValues(span, key).includes(value))
  )
}

/** A span's values for a tag key as text, including the tags Jaeger derives from OTLP fields. */
function spanTagValues(span: Span, key: string): string[] {
  const values = [span.attributes[key], span.resource[key]]
    .filter((value): value is AttributeValue => value !== undefined)
    .map(attributeText)
  if (key === 'error' && span.status.code === 'error') values.push('true')
  if (key === 'span.kind') values.push(span.kind)
  return values
}

function attributeText(value: AttributeValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}
