import { createFileSource } from './files.js'
import { assertTraceId } from './ids.js'
import { createJaegerSource } from './jaeger.js'
import type { Trace } from './model.js'
import type { TraceQuery, TraceSource } from './source.js'
import { createTempoSource } from './tempo.js'

export const TRACE_SOURCE_KINDS = ['jaeger', 'jaeger-v1', 'jaeger-v3', 'tempo', 'files'] as const
export type TraceSourceKind = (typeof TRACE_SOURCE_KINDS)[number]

/** Everything needed to reach one trace backend (or set of files); parsed once from flags or inputs. */
export type TraceSourceSettings =
  | { kind: 'files'; files: string[]; cwd?: string }
  | {
      kind: Exclude<TraceSourceKind, 'files'>
      url: string
      headers?: Record<string, string>
      bearerToken?: string
      timeoutMs?: number
      retries?: number
    }

export function createTraceSource(settings: TraceSourceSettings): TraceSource {
  if (settings.kind === 'files') {
    return createFileSource({
      paths: settings.files,
      ...(settings.cwd ? { cwd: settings.cwd } : {})
    })
  }
  const http = {
    baseUrl: settings.url,
    ...(settings.headers ? { headers: settings.headers } : {}),
    ...(settings.bearerToken ? { auth: { bearer: settings.bearerToken } } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
    ...(settings.retries !== undefined ? { retries: settings.retries } : {})
  }
  switch (settings.kind) {
    case 'tempo':
      return createTempoSource(http)
    case 'jaeger-v1':
      return createJaegerSource({ ...http, api: 'v1' })
    case 'jaeger-v3':
      return createJaegerSource({ ...http, api: 'v3' })
    case 'jaeger':
      return createJaegerSource({ ...http, api: 'auto' })
  }
}

export interface FetchTracesRequest {
  /** Fetch these traces by id; when empty, search with `query`. */
  traceIds?: string[]
  query?: TraceQuery
}

export interface FetchTracesResult {
  traces: Trace[]
  /** Requested ids the source does not have. */
  missing: string[]
}

/** Fetches traces by id or by search, the one entry point the commands use. */
export async function fetchTraces(
  source: TraceSource,
  request: FetchTracesRequest
): Promise<FetchTracesResult> {
  const ids = (request.traceIds ?? []).map(assertTraceId)
  if (ids.length === 0) return { traces: await source.findTraces(request.query ?? {}), missing: [] }
  const traces: Trace[] = []
  const missing: string[] = []
  for (const id of ids) {
    const trace = await source.getTrace(id)
    if (trace) traces.push(trace)
    else missing.push(id)
  }
  return { traces, missing }
}

export type { Trace, Span, SpanEvent, SpanLink, AttributeValue, Attributes } from './model.js'
export type { TraceQuery, TraceSource } from './source.js'
