import { join } from 'node:path'
import { EXPORT_SOURCE, type DatasetHeader, type EvalCase } from '../dataset/format.js'
import type { CallFilters } from '../dataset/filters.js'
import { mergeIntoFile } from '../dataset/merge.js'
import { createRedactor, type CustomPattern } from '../dataset/redact.js'
import { foldToAscii } from '../dataset/slug.js'
import { extractLlmCalls } from '../extract/index.js'
import type { LlmCall, SkippedSpan } from '../extract/model.js'
import type { TraceQuery, TraceSource } from '../traces/source.js'
import { collectCases } from './collect.js'

export interface ExportSettings {
  query: TraceQuery
  filters?: CallFilters
  /** The most new cases to add in all, across files. */
  maxCases?: number
  /** Folder the dataset files go in. */
  outputDir: string
  /** One file for everything (a name such as `production.eval.yaml`); default one file per service. */
  fileName?: string
  /** On by default: personal data and secrets never reach a committed file. */
  redact?: boolean
  redactPatterns?: CustomPattern[]
}

export interface ExportDependencies {
  now?: () => Date
}

export interface ExportedFile {
  path: string
  created: boolean
  added: number
  alreadyPresent: number
}

export interface ExportReport {
  source: string
  tracesScanned: number
  llmCalls: number
  /** LLM spans that recorded no prompt or answer. */
  skipped: SkippedSpan[]
  filteredOut: number
  duplicates: number
  /** New cases left out because `maxCases` was reached. */
  overLimit: number
  newCases: number
  /** Every file written to, including those where nothing was new. */
  files: ExportedFile[]
  /** Replacements made by redaction, by kind (`EMAIL: 3`). */
  redactions: Record<string, number>
}

/**
 * The nightly export: search the source, extract the LLM calls, and add the ones not yet
 * in the datasets. Existing cases are never rewritten, so running it twice changes nothing.
 */
export async function runExport(
  source: TraceSource,
  settings: ExportSettings,
  dependencies: ExportDependencies = {}
): Promise<ExportReport> {
  const now = dependencies.now ?? (() => new Date())
  const traces = await source.findTraces(settings.query)
  const calls: LlmCall[] = []
  const skipped: SkippedSpan[] = []
  for (const trace of traces) {
    const extraction = extractLlmCalls(trace)
    calls.push(...extraction.calls)
    skipped.push(...extraction.skipped)
  }

  const redactor = settings.redact === false ? undefined : createRedactor(settings.redactPatterns)
  const collected = collectCases(calls, {
    ...(settings.filters ? { filters: settings.filters } : {}),
    ...(redactor ? { redactor } : {})
  })

  const groups = settings.fileName
    ? [
        {
          file: settings.fileName,
          name: datasetName(settings.fileName),
          cases: [...collected.byService.values()].flat()
        }
      ]
    : [...collected.byService].map(([service, cases]) => {
        const slug = fileSlug(service)
        return { file: `${slug}.eval.yaml`, name: slug, cases }
      })

  const files: ExportedFile[] = []
  let remaining = settings.maxCases ?? Infinity
  let overLimit = 0
  for (const group of groups) {
    const path = join(settings.outputDir, group.file)
    const header = datasetHeader(group.name, group.cases, now())
    const merged = await mergeIntoFile(path, header, group.cases, { limit: remaining })
    remaining -= merged.added.length
    overLimit += merged.overLimit
    if (merged.created && !merged.written) continue
    files.push({
      path,
      created: merged.created,
      added: merged.added.length,
      alreadyPresent: merged.alreadyPresent
    })
  }

  return {
    source: source.description,
    tracesScanned: traces.length,
    llmCalls: calls.length,
    skipped,
    filteredOut: collected.filteredOut,
    duplicates: collected.duplicates,
    overLimit,
    newCases: files.reduce((sum, file) => sum + file.added, 0),
    files,
    redactions: { ...(redactor?.counts ?? {}) }
  }
}

function datasetHeader(name: string, cases: EvalCase[], exportedAt: Date): DatasetHeader {
  const metadata: DatasetHeader['metadata'] = { exported_at: exportedAt.toISOString() }
  const model = mostCommon(cases.map(evalCase => evalCase.source?.model))
  const provider = mostCommon(cases.map(evalCase => evalCase.source?.provider))
  if (model) metadata.model = model
  if (provider) metadata.provider = provider
  return { name, source: EXPORT_SOURCE, metadata }
}

function mostCommon(values: Array<string | undefined>): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = value
  return best
}

/**
 * Service names come from trace data: reduced to a safe file name, so a service called
 * `../../.github/workflows/x` cannot write outside the output folder.
 */
export function fileSlug(service: string): string {
  const slug = foldToAscii(service)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return slug || 'unknown-service'
}

function datasetName(fileName: string): string {
  return fileName.replace(/\.eval\.ya?ml$|\.ya?ml$/, '')
}
