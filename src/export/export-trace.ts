import { join } from 'node:path'
import type { EvalDataset } from '../dataset/format.js'
import { EXPORT_SOURCE } from '../dataset/format.js'
import { mergeIntoFile } from '../dataset/merge.js'
import { createRedactor, type CustomPattern } from '../dataset/redact.js'
import { datasetToYaml } from '../dataset/yaml.js'
import { extractLlmCalls } from '../extract/index.js'
import { assertTraceId } from '../traces/ids.js'
import { createJaegerSource } from '../traces/jaeger.js'
import type { Trace } from '../traces/model.js'
import type { TraceSource } from '../traces/source.js'
import { collectCases } from './collect.js'
import { contentCaptureHints } from './content-hints.js'

/** toad-eye's default Jaeger query address. */
export const DEFAULT_JAEGER_URL = 'http://localhost:16686'

export class TraceNotFoundError extends Error {
  override name = 'TraceNotFoundError'
  constructor(readonly traceId: string) {
    super(`Trace ${traceId} not found`)
  }
}

/** The trace has no LLM call with content; the first line is toad-eye's message, word for word. */
export class NoExportableSpansError extends Error {
  override name = 'NoExportableSpansError'
  constructor(
    readonly traceId: string,
    readonly hints: string[]
  ) {
    super(
      [`No exportable spans in trace ${traceId}. Was recordContent enabled?`, ...hints].join('\n')
    )
  }
}

export interface TraceExportOptions {
  /** On by default. */
  redact?: boolean
  redactPatterns?: CustomPattern[]
  now?: () => Date
}

export interface FetchTraceOptions {
  jaegerUrl?: string
  /** Any other source (api_v3, Tempo, files); takes precedence over `jaegerUrl`. */
  source?: TraceSource
}

/** Fetches one trace by id; throws TraceNotFoundError when the source does not have it. */
export async function fetchTrace(traceId: string, options: FetchTraceOptions = {}): Promise<Trace> {
  const id = assertTraceId(traceId)
  const source =
    options.source ??
    createJaegerSource({ baseUrl: options.jaegerUrl ?? DEFAULT_JAEGER_URL, api: 'auto' })
  const trace = await source.getTrace(id)
  if (!trace) throw new TraceNotFoundError(traceId)
  return trace
}

/**
 * The dataset toad-eye's `export-trace` writes for one trace, with our extra keys;
 * undefined when no LLM call in it recorded content.
 */
export function traceToDataset(
  trace: Trace,
  options: TraceExportOptions = {}
): EvalDataset | undefined {
  const { calls } = extractLlmCalls(trace)
  const redactor = options.redact === false ? undefined : createRedactor(options.redactPatterns)
  const { byService } = collectCases(calls, redactor ? { redactor } : {})
  const cases = [...byService.values()].flat()
  if (cases.length === 0) return undefined
  const first = calls.find(call => call.model ?? call.responseModel)
  return {
    name: `exported-trace-${shortTraceId(trace.traceId)}`,
    source: EXPORT_SOURCE,
    metadata: {
      trace_id: trace.traceId,
      exported_at: (options.now?.() ?? new Date()).toISOString(),
      model: first?.model ?? first?.responseModel ?? 'unknown',
      provider: calls.find(call => call.provider)?.provider ?? 'unknown'
    },
    cases
  }
}

/** toad-eye's `traceToEvalYaml`: the dataset as YAML, or undefined when nothing is exportable. */
export function traceToEvalYaml(
  trace: Trace,
  options: TraceExportOptions = {}
): string | undefined {
  const dataset = traceToDataset(trace, options)
  return dataset && datasetToYaml(dataset)
}

/** toad-eye's `exportTrace`: fetch, convert, and return the YAML (the caller writes it). */
export async function exportTrace(
  traceId: string,
  options: FetchTraceOptions & TraceExportOptions = {}
): Promise<string> {
  const trace = await fetchTrace(traceId, options)
  const dataset = traceToDataset(trace, options)
  if (!dataset) throw noExportableSpans(trace)
  return datasetToYaml(dataset)
}

export interface ExportTraceFileResult {
  path: string
  dataset: EvalDataset
  /** Cases new to the file (all of them unless the file existed). */
  added: number
}

/**
 * What `toad-eval export-trace` does: writes `trace-<first 8>.eval.yaml` in `outputDir`.
 * Exporting again into an edited file keeps the edits and adds only what is new.
 */
export async function exportTraceToFile(
  traceId: string,
  outputDir: string,
  options: FetchTraceOptions & TraceExportOptions = {}
): Promise<ExportTraceFileResult> {
  const trace = await fetchTrace(traceId, options)
  const dataset = traceToDataset(trace, options)
  if (!dataset) throw noExportableSpans(trace)
  const path = join(outputDir, `trace-${shortTraceId(trace.traceId)}.eval.yaml`)
  const { cases, ...header } = dataset
  const merged = await mergeIntoFile(path, header, cases)
  return { path, dataset, added: merged.added.length }
}

/**
 * The first 8 hex characters, as toad-eye names files. A 64-bit id (old Jaeger clients) is
 * padded to 32 with zeros; its own digits start after the padding.
 */
export function shortTraceId(traceId: string): string {
  const significant = traceId.startsWith('0000000000000000') ? traceId.slice(16) : traceId
  return significant.slice(0, 8)
}

function noExportableSpans(trace: Trace): NoExportableSpansError {
  const { skipped } = extractLlmCalls(trace)
  const hints =
    skipped.length > 0
      ? [
          `${skipped.length} LLM span(s) recorded no prompt or answer.`,
          ...contentCaptureHints(skipped.map(span => span.convention))
        ]
      : [`None of its ${trace.spans.length} spans is an LLM call toad-eval recognizes.`]
  return new NoExportableSpansError(trace.traceId, hints)
}
