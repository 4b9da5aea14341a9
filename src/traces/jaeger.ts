/**
 * A Jaeger trace source that talks to whichever query API the server has: api_v3 on Jaeger 2
 * (whose newest releases dropped the v1 search), or the v1 API on Jaeger 1 (whose older
 * releases have no api_v3 search).
 */
import {
  createHttpClient,
  isEndpointMissing,
  isRecord,
  type HttpClient,
  type HttpClientOptions
} from './http.js'
import { createJaegerV1Source } from './jaeger-v1.js'
import { createJaegerV3Source } from './jaeger-v3.js'
import type { Trace } from './model.js'
import type { TraceQuery, TraceSource } from './source.js'
import type { SearchOptions } from './window.js'

export type JaegerApi = 'auto' | 'v1' | 'v3'

export interface JaegerSourceOptions extends HttpClientOptions, SearchOptions {
  /** Which API to use; `auto` (the default) asks the server. */
  api?: JaegerApi
}

export function createJaegerSource(options: JaegerSourceOptions): TraceSource {
  const { api = 'auto', now, pageSize, ...httpOptions } = options
  const http = createHttpClient(httpOptions)
  const v1 = createJaegerV1Source(http, { now, pageSize })
  const v3 = createJaegerV3Source(http, { now, pageSize })
  if (api === 'v1') return v1
  if (api === 'v3') return v3
  return new AutoDetectedJaeger(http, v1, v3)
}

/**
 * Asks `/api/v3/services`. A Jaeger without api_v3 answers with a 404, or with the UI's
 * `index.html` (its catch-all route), which the client reports as an HTML page.
 */
export async function detectJaegerApi(http: HttpClient): Promise<'v1' | 'v3'> {
  try {
    const response = await http.getJson('/api/v3/services')
    const [body] = response.documents
    const looksLikeV3 =
      isRecord(body) && (body.services === undefined || Array.isArray(body.services))
    return looksLikeV3 ? 'v3' : 'v1'
  } catch (error) {
    if (isEndpointMissing(error)) return 'v1'
    throw error
  }
}

class AutoDetectedJaeger implements TraceSource {
  private chosen: TraceSource | undefined
  private detection: Promise<TraceSource> | undefined

  constructor(
    private readonly http: HttpClient,
    private readonly v1: TraceSource,
    private readonly v3: TraceSource
  ) {}

  get description(): string {
    return this.chosen?.description ?? `Jaeger at ${this.http.baseUrl} (API not detected yet)`
  }

  listServices(): Promise<string[]> {
    return this.call(source => source.listServices())
  }

  listOperations(service: string): Promise<string[]> {
    return this.call(source => source.listOperations(service))
  }

  findTraces(query: TraceQuery): Promise<Trace[]> {
    return this.call(source => source.findTraces(query))
  }

  getTrace(traceId: string): Promise<Trace | undefined> {
    return this.call(source => source.getTrace(traceId))
  }

  /** Runs on the detected API; when api_v3 lacks the route asked for, switches to v1 for good. */
  private async call<T>(action: (source: TraceSource) => Promise<T>): Promise<T> {
    const source = await this.source()
    try {
      return await action(source)
    } catch (error) {
      if (source !== this.v3 || !isEndpointMissing(error)) throw error
      this.chosen = this.v1
      return action(this.v1)
    }
  }

  private source(): Promise<TraceSource> {
    if (this.chosen) return Promise.resolve(this.chosen)
    this.detection ??= detectJaegerApi(this.http).then(
      api => (this.chosen = api === 'v3' ? this.v3 : this.v1),
      (error: unknown) => {
        // Let the next call ask again rather than repeat a transient failure forever.
        this.detection = undefined
        throw error
      }
    )
    return this.detection
  }
}
