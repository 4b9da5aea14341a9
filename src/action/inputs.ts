import { rawSettings, type RawSettings, type RawValue } from '../settings/raw.js'

/**
 * Action inputs as a settings layer, named `input "limit"` in errors. Inputs are text: an
 * empty one is unset, and list inputs take one value per line.
 */
export function inputSettings(
  getInput: (name: string) => string,
  mapping: Record<string, InputMapping>
): RawSettings {
  const values: Record<string, RawValue> = {}
  const inputOf: Record<string, string> = {}
  for (const [input, { key, list }] of Object.entries(mapping)) {
    const text = getInput(input).trim()
    if (text === '') continue
    values[key] = list ? splitLines(text) : text
    inputOf[key] = input
  }
  return rawSettings(values, key => `input "${inputOf[key] ?? key}"`)
}

export interface InputMapping {
  /** The setting key (the CLI flag name). */
  key: string
  /** One value per line (files, tags, headers, suites). */
  list?: boolean
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** Inputs of the eval and report commands that are settings of the run. */
export const EVAL_INPUTS: Record<string, InputMapping> = {
  suite: { key: 'suite', list: true },
  datasets: { key: 'dataset', list: true },
  prompt: { key: 'prompt' },
  'base-ref': { key: 'base-ref' },
  provider: { key: 'provider' },
  'base-url': { key: 'base-url' },
  model: { key: 'model' },
  'base-model': { key: 'base-model' },
  'judge-model': { key: 'judge-model' },
  repeat: { key: 'repeat' },
  concurrency: { key: 'concurrency' },
  'max-regressions': { key: 'max-regressions' },
  'min-pass-rate': { key: 'min-pass-rate' },
  'max-errors': { key: 'max-errors' },
  shard: { key: 'shard' }
}

/** Inputs of the export command. */
export const EXPORT_INPUTS: Record<string, InputMapping> = {
  source: { key: 'source' },
  'jaeger-url': { key: 'url' },
  files: { key: 'file', list: true },
  service: { key: 'service' },
  operation: { key: 'operation' },
  tags: { key: 'tag', list: true },
  lookback: { key: 'lookback' },
  limit: { key: 'limit' },
  'min-tokens': { key: 'min-tokens' },
  'with-tool-calls': { key: 'with-tool-calls' },
  'max-cases': { key: 'max-cases' },
  output: { key: 'output' },
  redact: { key: 'redact' },
  headers: { key: 'header', list: true }
}

/** `true`/`false` inputs of the action itself; YAML 1.2 booleans as GitHub documents them. */
export function booleanInput(
  getInput: (name: string) => string,
  name: string,
  fallback: boolean
): boolean {
  const text = getInput(name).trim().toLowerCase()
  if (text === '') return fallback
  if (text === 'true') return true
  if (text === 'false') return false
  throw new ActionInputError(
    `input "${name}" must be true or false, got "${getInput(name).trim()}"`
  )
}

export class ActionInputError extends Error {
  override name = 'ActionInputError'
}
