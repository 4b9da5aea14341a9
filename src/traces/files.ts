import { readFile } from 'node:fs/promises'
import { expandPaths } from '../files/expand.js'
import { mergeTraces } from './decode/assemble.js'
import { decodeTraces } from './decode/index.js'
import type { Span, Trace } from './model.js'
import type { TraceQuery, TraceSource } from './source.js'
import { parseDurationText, resolveWindow } from './window.js'

export interface FileSourceOptions {
  /** Files, folders (their *.json and *.jsonl files) or glob patterns. */
  paths: string[]
  cwd?: string
  /** Passed to the decoder for files exported from Tempo, which cuts long values short. */
  truncationLimitBytes?: number
}

/**
 * Trace files as a TraceSource: everything is read once, then searched in memory
 * with the same query a server would get.
 */
export function createFileSource(options: FileSourceOptions): TraceSource {
  let loaded: Promise<Trace[]> | undefined
  const load = (): Promise<Trace[]> => (loaded ??= readTraceFiles(options))
  return {
    description: `trace files (${options.paths.join(', ')})`,
    async listServices() {
      const traces = await load()
      return [...new Set(traces.flatMap(trace => trace.spans.map(span => span.service)))]
        .filter(Boolean)
        .sort()
    },
    async listOperations(service: string) {
      const traces = await load()
      const names = traces.flatMap(trace =>
        trace.spans.filter(span => span.service === service).map(span => span.name)
      )
      return [...new Set(names)].sort()
    },
    async findTraces(query: TraceQuery) {
      return searchTraces(await load(), query)
    },
    async getTrace(traceId: string) {
      return (await load()).find(trace => trace.traceId === traceId)
    }
  }
}

/** Reads and decodes every file the paths name; traces split across files are merged. */
export async function readTraceFiles(options: FileSourceOptions): Promise<Trace[]> {
  const files = await resolveTraceFiles(options.paths, options.cwd ?? process.cwd())
  const traces: Trace[] = []
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    const decoded = decodeTraces(text, {
      origin: file,
      ...(options.truncationLimitBytes !== undefined
        ? { truncationLimitBytes: options.truncationLimitBytes }
        : {})
    })
    traces.push(...decoded.traces)
  }
  return mergeTraces(traces)
}

/** Expands paths in order, without duplicates; a path that names nothing is an error. */
export function resolveTraceFiles(paths: string[], cwd: string): Promise<string[]> {
  return expandPaths(paths, { cwd, folderPattern: '**/*.{json,jsonl,ndjson}', what: 'trace files' })
}

/** Applies a TraceQuery in memory, as a trace backend would on its side. */
export function searchTraces(traces: Trace[], query: TraceQuery): Trace[] {
  const window = explicitWindow(query)
  const minMicros =
    query.minDuration !== undefined ? parseDurationText(query.minDuration) * 1000 : undefined
  const maxMicros =
    query.maxDuration !== undefined ? parseDurationText(query.maxDuration) * 1000 : undefined
  const spanMatches = (span: Span): boolean =>
    (query.service === undefined || span.service === query.service) &&
    (query.operation === undefined || span.name === query.operation) &&
    Object.entries(query.tags ?? {}).every(([key, value]) => attributeText(span, key) === value) &&
    (minMicros === undefined || span.durationMicros >= minMicros) &&
    (maxMicros === undefined || span.durationMicros <= maxMicros) &&
    (window === undefined ||
      (span.startTimeUnixMicros >= window.startMicros &&
        span.startTimeUnixMicros <= window.endMicros))
  const matching = traces.filter(trace => trace.spans.some(spanMatches))
  return query.limit === undefined ? matching : matching.slice(0, query.limit)
}

/** Files are searched over all time unless the query names a window. */
function explicitWindow(query: TraceQuery): { startMicros: number; endMicros: number } | undefined {
  if (!query.start && !query.end && !query.lookback) return undefined
  const { start, end } = resolveWindow(query, new Date())
  return { startMicros: start.getTime() * 1000, endMicros: end.getTime() * 1000 }
}

function attributeText(span: Span, key: string): string | undefined {
  const value = span.attributes[key] ?? span.resource[key]
  if (value === undefined || value === null) return undefined
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
