import type { CallFilters } from '../dataset/filters.js'
import type { CustomPattern } from '../dataset/redact.js'
import type { ExportSettings } from '../export/export.js'
import type { TraceSourceSettings } from '../traces/index.js'
import { parseDurationText } from '../traces/window.js'
import {
  readBoolean,
  readParsed,
  readKeyValues,
  readNumber,
  readString,
  SettingsError,
  type RawSettings
} from './raw.js'
import { parseTraceQuery, parseTraceSourceSettings } from './trace-source.js'

export const DEFAULT_DATASET_DIR = 'evals'

/** Everything `toad-eval export` (and the nightly action) needs, parsed once. */
export interface ExportCommandSettings {
  source: TraceSourceSettings
  export: ExportSettings
}

export function parseExportCommandSettings(
  raw: RawSettings,
  env: Record<string, string | undefined>
): ExportCommandSettings {
  return { source: parseTraceSourceSettings(raw, env), export: parseExportSettings(raw) }
}

/**
 * Keys: output, file-name, max-cases, redact (or no-redact), redact-pattern, and the call
 * filters model, provider, min-tokens, min-input-tokens, min-output-tokens, with-tool-calls,
 * errored, min-latency, min-cost, sample.
 */
export function parseExportSettings(raw: RawSettings): ExportSettings {
  const maxCases = readNumber(raw, 'max-cases', { min: 1, integer: true })
  const fileName = readString(raw, 'file-name')
  if (fileName !== undefined && !/\.ya?ml$/.test(fileName)) {
    throw new SettingsError(
      `${raw.describe('file-name')} must end in .yaml or .yml, got "${fileName}"`
    )
  }
  return {
    query: parseTraceQuery(raw),
    filters: parseCallFilters(raw),
    outputDir: readString(raw, 'output') ?? DEFAULT_DATASET_DIR,
    ...parseRedaction(raw),
    ...(maxCases !== undefined ? { maxCases } : {}),
    ...(fileName !== undefined ? { fileName } : {})
  }
}

/** Redaction is on unless `redact: false` or `--no-redact`; `redact-pattern` adds NAME=REGEX. */
export function parseRedaction(raw: RawSettings): {
  redact: boolean
  redactPatterns: CustomPattern[]
} {
  const noRedact = readBoolean(raw, 'no-redact')
  const redact = readBoolean(raw, 'redact') ?? (noRedact === undefined ? true : !noRedact)
  const redactPatterns = Object.entries(readKeyValues(raw, 'redact-pattern')).map(
    ([name, pattern]) => ({ name, pattern })
  )
  return { redact, redactPatterns }
}

export function parseCallFilters(raw: RawSettings): CallFilters {
  const filters: CallFilters = {}
  const text = (key: string) => readString(raw, key)
  const tokens = (key: string) => readNumber(raw, key, { min: 0, integer: true })
  const model = text('model')
  const provider = text('provider')
  const minTotalTokens = tokens('min-tokens')
  const minInputTokens = tokens('min-input-tokens')
  const minOutputTokens = tokens('min-output-tokens')
  const withToolCalls = readBoolean(raw, 'with-tool-calls')
  const errored = readBoolean(raw, 'errored')
  const minLatency = readParsed(raw, 'min-latency', parseDurationText)?.value
  const minCost = readNumber(raw, 'min-cost', { min: 0 })
  const sample = readNumber(raw, 'sample', { min: 0, max: 1 })
  if (model !== undefined) filters.model = model
  if (provider !== undefined) filters.provider = provider
  if (minTotalTokens !== undefined) filters.minTotalTokens = minTotalTokens
  if (minInputTokens !== undefined) filters.minInputTokens = minInputTokens
  if (minOutputTokens !== undefined) filters.minOutputTokens = minOutputTokens
  if (withToolCalls !== undefined) filters.withToolCalls = withToolCalls
  if (errored !== undefined) filters.errored = errored
  if (minLatency !== undefined) filters.minLatencyMs = minLatency
  if (minCost !== undefined) filters.minCost = minCost
  if (sample !== undefined) filters.sample = sample
  const service = text('service')
  const operation = text('operation')
  if (service !== undefined) filters.service = service
  if (operation !== undefined) filters.operation = operation
  return filters
}

/** Every key the export understands, as flags, `toad-eval.yaml` keys (section `export`) and inputs. */
export const EXPORT_SETTING_KEYS = [
  'source',
  'url',
  'jaeger-url',
  'file',
  'header',
  'timeout',
  'retries',
  'service',
  'operation',
  'tag',
  'lookback',
  'start',
  'end',
  'min-duration',
  'max-duration',
  'limit',
  'traceql',
  'output',
  'file-name',
  'max-cases',
  'redact',
  'redact-pattern',
  'model',
  'provider',
  'min-tokens',
  'min-input-tokens',
  'min-output-tokens',
  'with-tool-calls',
  'errored',
  'min-latency',
  'min-cost',
  'sample'
] as const

/** Plural spellings that read better in YAML (`tags:` as a mapping). */
export const EXPORT_SETTING_ALIASES: Record<string, string> = {
  tags: 'tag',
  headers: 'header',
  files: 'file',
  'redact-patterns': 'redact-pattern'
}
