/**
 * results.json, schema `toad-eval/results` version 1 (docs/results-schema.md): every case's
 * inputs, answers and assertion results, enough to re-render the report and re-decide the
 * gate without calling a model again. Comparisons are recomputed from the runs when a report
 * is rendered, so shards merged into one file are compared as one run.
 */
import type { GateDecision, GateSettings, SuiteComparison } from '../compare/model.js'
import type { SuiteRun } from '../eval/run-model.js'
import { reportFromResults } from './eval-report.js'
import { InvalidFileError, JsonField, withoutUndefined } from './json-field.js'
import { readGateSettings, readSuiteRun } from './results-shape.js'

export { InvalidFileError }

export const RESULTS_SCHEMA = 'toad-eval/results'
export const RESULTS_VERSION = 1

export interface ResultsFile {
  schema: typeof RESULTS_SCHEMA
  version: typeof RESULTS_VERSION
  /** ISO 8601 time the run finished. */
  createdAt: string
  tool: { name: string; version: string }
  commit?: { head?: string; base?: string }
  /** Which slice of the cases this file holds (1-based index); absent for a whole run. */
  shard?: { index: number; total: number }
  gate: GateSettings
  suites: SuiteRun[]
}

/**
 * What the runs amount to, written beside them for readers without toad-eval (`jq
 * .outcome.decision.passed`). Derived data: `parseResults` ignores it and toad-eval
 * recomputes it, so in a shard's file it describes that shard alone.
 */
export interface ResultsOutcome {
  decision: GateDecision
  suites: SuiteComparison[]
}

/** Pretty-printed JSON with the derived `outcome`, ending in a newline. */
export function serializeResults(results: ResultsFile): string {
  const { decision, suites } = reportFromResults(results)
  const outcome: ResultsOutcome = { decision, suites }
  return `${JSON.stringify({ ...results, outcome }, null, 2)}\n`
}

/**
 * Reads and validates a results file. `origin` names it in errors (its path, as the user gave
 * it). Throws `InvalidFileError` for text that is not JSON, another schema or version, or a
 * value of the wrong shape, naming the path inside the file.
 */
export function parseResults(text: string, origin: string): ResultsFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new InvalidFileError(`${origin}: not valid JSON (${(error as Error).message})`)
  }
  const root = new JsonField(origin, '', json)
  checkSchema(root)
  const shard = root.get('shard').optional(readShard)
  const commit = root.get('commit').optional(field =>
    withoutUndefined({
      head: field.get('head').optional(item => item.string()),
      base: field.get('base').optional(item => item.string())
    })
  )
  return {
    schema: RESULTS_SCHEMA,
    version: RESULTS_VERSION,
    createdAt: root.get('createdAt').string(),
    tool: {
      name: root.get('tool').get('name').string(),
      version: root.get('tool').get('version').string()
    },
    ...(commit !== undefined && { commit }),
    ...(shard !== undefined && { shard }),
    gate: readGateSettings(root.get('gate')),
    suites: root.get('suites').array(readSuiteRun)
  }
}

function checkSchema(root: JsonField): void {
  if (typeof root.value !== 'object' || root.value === null || Array.isArray(root.value)) {
    throw new InvalidFileError(
      `${root.origin}: not a toad-eval results file (expected a JSON object, got ${Array.isArray(root.value) ? 'an array' : typeof root.value})`
    )
  }
  const schema = root.get('schema').value
  if (schema !== RESULTS_SCHEMA) {
    throw new InvalidFileError(
      `${root.origin}: not a toad-eval results file (schema ${JSON.stringify(schema) ?? 'missing'}, ` +
        `expected "${RESULTS_SCHEMA}")`
    )
  }
  const version = root.get('version').value
  if (version === RESULTS_VERSION) return
  const newer = typeof version === 'number' && version > RESULTS_VERSION
  throw new InvalidFileError(
    `${root.origin}: results version ${JSON.stringify(version) ?? 'missing'} is not supported ` +
      `(this toad-eval reads version ${RESULTS_VERSION})` +
      (newer ? '; read it with the toad-eval version that wrote it, or a newer one' : '')
  )
}

function readShard(field: JsonField): { index: number; total: number } {
  const total = field.get('total').wholeNumber()
  const index = field.get('index')
  const value = index.wholeNumber()
  if (value < 1 || value > total) index.fail(`a shard number from 1 to ${total}`)
  return { index: value, total }
}

export { mergeResults, ResultsMergeError, type LoadedResults } from './merge-results.js'
