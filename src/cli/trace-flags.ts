import type { ParseArgsConfig } from 'node:util'
import { createTraceSource, type TraceSource, type TraceSourceSettings } from '../traces/index.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Flags that say where traces come from; shared by every command that reads traces. */
export const TRACE_SOURCE_OPTIONS = {
  source: { type: 'string' },
  url: { type: 'string' },
  'jaeger-url': { type: 'string' },
  file: { type: 'string', multiple: true },
  header: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  retries: { type: 'string' }
} satisfies Options

/** Flags that narrow which traces a search returns. */
export const TRACE_QUERY_OPTIONS = {
  service: { type: 'string' },
  operation: { type: 'string' },
  tag: { type: 'string', multiple: true },
  lookback: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  'min-duration': { type: 'string' },
  'max-duration': { type: 'string' },
  limit: { type: 'string' },
  traceql: { type: 'string' }
} satisfies Options

export const TRACE_SOURCE_USAGE = `Where traces come from:
  --source KIND        jaeger (default: detects v1 or api_v3), jaeger-v1, jaeger-v3, tempo, files
  --url URL            Jaeger or Tempo base URL, path prefix allowed (default: $JAEGER_URL or
                       http://localhost:16686); user:password@ in the URL is sent as basic auth
  --jaeger-url URL     alias of --url
  --file PATH          a trace file, folder or glob (repeatable); implies --source files
  --header "K: V"      extra request header (repeatable); $TOAD_EVAL_TRACE_TOKEN is sent as a bearer token
  --timeout DURATION   per-request timeout (default 30s)
  --retries N          retries on connection errors, 429 and 5xx (default 3)`

export const TRACE_QUERY_USAGE = `Which traces:
  --service NAME       service that emitted the spans
  --operation NAME     span (operation) name
  --tag KEY=VALUE      span attribute that must match (repeatable)
  --lookback DURATION  window before --end, e.g. 30m, 24h, 7d (default 24h for servers)
  --start ISO, --end ISO
  --min-duration D, --max-duration D   span duration bounds, e.g. 500ms, 2s
  --limit N            most traces to fetch (default 100)
  --traceql QUERY      Tempo only: a TraceQL query instead of --service/--tag`

/** The trace source, with trace files found relative to the folder the CLI was run in. */
export function traceSourceIn(settings: TraceSourceSettings, cwd: string): TraceSource {
  return createTraceSource(settings.kind === 'files' ? { ...settings, cwd } : settings)
}
