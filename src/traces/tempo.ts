/**
 * Grafana Tempo as a trace source: search (`/api/search`) finds trace ids, then each trace is
 * fetched by id (`/api/v2/traces/{id}`, or `/api/traces/{id}` on Tempo releases without v2).
 */
import { decodeTraceDocuments } from './decode/index.js'
import {
  createHttpClient,
  isEndpointMissing,
  isRecord,
  sortedUnique,
  stringsIn,
  urlPath,
  type HttpClient,
  type HttpClientOptions,
  type JsonResponse,
  type QueryParams
} from './http.js'
import { assertTraceId } from './ids.js'
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

export const DEFAULT_TEMPO_PAGE_SIZE = 100
/** Tempo's default `max_attribute_bytes`: longer values are cut silently at ingestion. */
export const DEFAULT_TEMPO_TRUNCATION_LIMIT_BYTES = 2048
const TRACE_FETCH_CONCURRENCY = 4
// Tempo takes search bounds in whole seconds, so narrower windows cannot be told apart.
const MIN_WINDOW_MS = 1000

export interface TempoSourceOptions extends HttpClientOptions, SearchOptions {
  /** Attribute values this long may have been truncated by Tempo; they are flagged when decoded. */
  truncationLimitBytes?: number
}

export function createTempoSource(options: TempoSourceOptions): TraceSource {
  const { now, pageSize, truncationLimitBytes, ...httpOptions } = options
  const tempo = new TempoApi(
    createHttpClient(httpOptions),
    truncationLimitBytes ?? DEFAULT_TEMPO_TRUNCATION_LIMIT_BYTES
  )
  const clock = now ?? (() => new Date())
  return {
    description: `Grafana Tempo at ${tempo.http.baseUrl}`,
    listServices: () => tempo.listTagValues('resource.service.name', 'service.name'),
    listOperations: service =>
      tempo.listTagValues('name', 'name', `{ resource.service.name = ${traceqlString(service)} }`),
    findTraces: query => tempo.findTraces(query, clock(), pageSize ?? DEFAULT_TEMPO_PAGE_SIZE),
    getTrace: traceId => tempo.getTrace(assertTraceId(traceId))
  }
}

interface TraceSummary {
  traceId: string
}

class TempoApi {
  /** Set once `/api/v2/traces` turns out not to exist, so later fetches go straight to v1. */
  private v2TracesMissing = false

  constructor(
    readonly http: HttpClient,
    private readonly truncationLimitBytes: number
  ) {}

  async findTraces(query: TraceQuery, now: Date, pageSize: number): Promise<Trace[]> {
    const window = resolveWindow(query, now)
    const summaries = await fetchAllInWindow((part, size) => this.searchPage(query, part, size), {
      ...window,
      limit: query.limit ?? DEFAULT_TRACE_LIMIT,
      pageSize,
      minWindowMs: MIN_WINDOW_MS
    })
    const traces = await mapConcurrently(summaries, TRACE_FETCH_CONCURRENCY, summary =>
      this.getTrace(summary.traceId)
    )
    // A trace can age out between the search and the fetch; it is then left out.
    return traces.filter((trace): trace is Trace => trace !== undefined)
  }

  /** `GET /api/search` answers `{"traces": [{"traceID", "rootServiceName", ...}]}`. */
  private async searchPage(
    query: TraceQuery,
    window: TimeWindow,
    size: number
  ): Promise<Page<TraceSummary>> {
    const response = await this.http.getJson('/api/search', {
      query: searchParams(query, window, size)
    })
    const [body] = response.documents
    const found = isRecord(body) && Array.isArray(body.traces) ? body.traces : []
    const ids = found.map(item => (isRecord(item) ? item.traceID : undefined))
    const items = stringsIn(ids).map(id => ({ traceId: normalizeTempoTraceId(id) }))
    return { items, returned: found.length }
  }

  async getTrace(traceId: string): Promise<Trace | undefined> {
    if (!this.v2TracesMissing) {
      try {
        const v2 = await this.http.getJson(urlPath('api', 'v2', 'traces', traceId), {
          expectedStatuses: [404]
        })
        if (v2.status !== 404) return this.decodeTrace(v2, traceId)
      } catch (error) {
        if (!isEndpointMissing(error)) throw error
        this.v2TracesMissing = true
      }
    }
    // Either v2 is missing, or its 404 meant "no such route" or "no such trace": v1 tells which.
    const v1 = await this.http.getJson(urlPath('api', 'traces', traceId), {
      expectedStatuses: [404]
    })
    if (v1.status === 404) return undefined
    this.v2TracesMissing = true
    return this.decodeTrace(v1, traceId)
  }

  /**
   * Tag values from `/api/v2/search/tag/{tag}/values` (`{"tagValues":[{"type","value"}]}`,
   * scoped by a TraceQL `q`), or from the v1 route (`{"tagValues":["..."]}`, unscoped) on older Tempo.
   */
  async listTagValues(v2Tag: string, v1Tag: string, traceql?: string): Promise<string[]> {
    const v2Path = urlPath('api', 'v2', 'search', 'tag', v2Tag, 'values')
    try {
      return tagValuesOf(await this.http.getJson(v2Path, { query: { q: traceql } }))
    } catch (error) {
      if (!isEndpointMissing(error)) throw error
    }
    return tagValuesOf(await this.http.getJson(urlPath('api', 'search', 'tag', v1Tag, 'values')))
  }

  /** v2 answers `{"trace": {"resourceSpans": [...]}}`, v1 `{"batches": [...]}`; an empty one is no trace. */
  private decodeTrace(response: JsonResponse, traceId: string): Trace | undefined {
    if (response.documents.length === 0) return undefined
    const { traces } = decodeTraceDocuments(response.documents, {
      origin: `Tempo response from ${response.url}`,
      truncationLimitBytes: this.truncationLimitBytes,
      allowEmpty: true
    })
    return traces.find(trace => trace.traceId === traceId) ?? traces[0]
  }
}

/**
 * `tags` (logfmt) and `q` (TraceQL) cannot be combined: Tempo rejects a search with both.
 * Service, operation and tags go into `tags`; a TraceQL query goes alone.
 */
export function searchParams(query: TraceQuery, window: TimeWindow, size: number): QueryParams {
  const tags: Array<[string, string]> = []
  if (query.service) tags.push(['service.name', query.service])
  if (query.operation) tags.push(['name', query.operation])
  tags.push(...Object.entries(query.tags ?? {}))
  if (query.traceql && tags.length > 0) {
    throw new Error(
      'A Tempo search takes either a TraceQL query or service/operation/tags, not both: put those conditions into the TraceQL query.'
    )
  }
  const start = Math.floor(window.start.getTime() / 1000)
  return {
    q: query.traceql,
    tags: tags.length > 0 ? logfmt(tags) : undefined,
    start,
    end: Math.max(start + 1, Math.ceil(window.end.getTime() / 1000)),
    minDuration: query.minDuration,
    maxDuration: query.maxDuration,
    limit: size
  }
}

/** `key=value key2="spaced value"`, as Tempo's logfmt decoder reads it. */
export function logfmt(pairs: ReadonlyArray<[string, string]>): string {
  return pairs
    .map(([key, value]) => {
      if (!/^[^\s="\\]+$/.test(key)) throw new Error(`Tempo cannot search on the tag name "${key}"`)
      return `${key}=${/^[^\s="\\]+$/.test(value) ? value : JSON.stringify(value)}`
    })
    .join(' ')
}

/** A TraceQL string literal: double quotes, with the same backslash escapes as JSON. */
function traceqlString(value: string): string {
  return JSON.stringify(value)
}

/** Tempo prints trace ids without leading zeros; the model wants 32 hex characters. */
export function normalizeTempoTraceId(id: string): string {
  return assertTraceId(id.trim().toLowerCase().padStart(32, '0'))
}

function tagValuesOf(response: JsonResponse): string[] {
  const [body] = response.documents
  const values = isRecord(body) && Array.isArray(body.tagValues) ? body.tagValues : []
  return sortedUnique(stringsIn(values.map(value => (isRecord(value) ? value.value : value))))
}

/** Maps with at most `limit` calls in flight, keeping the input order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  const queue = [...items.entries()]
  const worker = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const [index, item] = entry
      results[index] = await map(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
