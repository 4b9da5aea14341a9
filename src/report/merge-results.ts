/**
 * Merges the results files of one run's shards (or of runs of different suites) into one,
 * so the report and the gate see every case. Anything that says the files are not parts of
 * the same run is an error, as is a missing shard: a partial run must not pass the gate.
 */
import { isDeepStrictEqual } from 'node:util'
import type { CaseRun, SuiteRun } from '../eval/run-model.js'
import type { ResultsFile } from './results-file.js'

export class ResultsMergeError extends Error {
  override name = 'ResultsMergeError'
}

/** A parsed results file and the name it is known by (its path). */
export interface LoadedResults {
  origin: string
  results: ResultsFile
}

/**
 * One results file holding every suite and case of `files`, in shard order; without `shard`,
 * and dated by the latest file. Throws `ResultsMergeError` when the files disagree on the
 * gate, the commits or a suite's setup, when a case appears twice, or when shards are missing.
 */
export function mergeResults(files: readonly LoadedResults[]): ResultsFile {
  const [first] = files
  if (first === undefined) throw new ResultsMergeError('no results files to merge')
  for (const file of files.slice(1)) {
    checkSameRun(first, file)
  }
  const ordered = orderShards(files)

  const suites = new Map<string, { suite: SuiteRun; origin: string }>()
  const caseOrigins = new Map<string, string>()
  for (const { origin, results } of ordered) {
    for (const suite of results.suites) {
      const known = suites.get(suite.name)
      if (known === undefined) {
        suites.set(suite.name, { suite: { ...suite, cases: [] }, origin })
      } else {
        checkSameSuite(known, { suite, origin })
      }
      const merged = suites.get(suite.name)?.suite
      for (const run of suite.cases) {
        const key = JSON.stringify([suite.name, run.dataset, run.caseId])
        const seenIn = caseOrigins.get(key)
        if (seenIn !== undefined) {
          const where = seenIn === origin ? `twice in ${origin}` : `in both ${seenIn} and ${origin}`
          throw new ResultsMergeError(`${describeCase(suite.name, run)} is ${where}`)
        }
        caseOrigins.set(key, origin)
        merged?.cases.push(run)
      }
    }
  }

  const { shard: _shard, ...whole } = first.results
  return {
    ...whole,
    createdAt: ordered.map(file => file.results.createdAt).reduce(later),
    suites: [...suites.values()].map(({ suite }) => suite)
  }
}

function checkSameRun(first: LoadedResults, other: LoadedResults): void {
  const between = `${first.origin} and ${other.origin}`
  const gate = firstDifference(first.results.gate, other.results.gate)
  if (gate !== undefined) {
    throw new ResultsMergeError(`${between} were run with different gate settings (${gate})`)
  }
  const commit = firstDifference(first.results.commit ?? {}, other.results.commit ?? {})
  if (commit !== undefined) {
    throw new ResultsMergeError(`${between} are results of different commits (${commit})`)
  }
}

/** Shards sorted by index; checks that all of 1..total are there, once each. */
function orderShards(files: readonly LoadedResults[]): LoadedResults[] {
  const sharded = files.filter(file => file.results.shard !== undefined)
  if (sharded.length === 0) return [...files]
  const whole = files.find(file => file.results.shard === undefined)
  if (whole !== undefined) {
    throw new ResultsMergeError(
      `${whole.origin} holds a whole run but ${sharded[0]?.origin} holds a shard; merge the shards of one run`
    )
  }
  const total = sharded[0]?.results.shard?.total ?? 0
  const byIndex = new Map<number, LoadedResults>()
  for (const file of sharded) {
    const shard = file.results.shard ?? { index: 0, total: 0 }
    if (shard.total !== total) {
      throw new ResultsMergeError(
        `${sharded[0]?.origin} is a shard of ${total} but ${file.origin} of ${shard.total}`
      )
    }
    const twin = byIndex.get(shard.index)
    if (twin !== undefined) {
      throw new ResultsMergeError(
        `${twin.origin} and ${file.origin} are both shard ${shard.index}/${total}`
      )
    }
    byIndex.set(shard.index, file)
  }
  const missing = range(1, total).filter(index => !byIndex.has(index))
  if (missing.length > 0) {
    const list = missing.map(index => `${index}/${total}`).join(', ')
    throw new ResultsMergeError(
      `missing shard${missing.length === 1 ? '' : 's'} ${list}: the report would cover part of the cases`
    )
  }
  return range(1, total).flatMap(index => byIndex.get(index) ?? [])
}

function checkSameSuite(
  known: { suite: SuiteRun; origin: string },
  other: { suite: SuiteRun; origin: string }
): void {
  const setup = (suite: SuiteRun) => ({
    repeat: suite.repeat,
    skipped: suite.skipped,
    base: suite.base,
    head: suite.head
  })
  const difference = firstDifference(setup(known.suite), setup(other.suite))
  if (difference !== undefined) {
    throw new ResultsMergeError(
      `suite "${other.suite.name}" was set up differently in ${known.origin} and ${other.origin} (${difference})`
    )
  }
}

/** `key a vs b` for the first member that differs, compared deeply; undefined when equal. */
function firstDifference(a: object, b: object): string | undefined {
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])]
  const key = keys.find(name => !isDeepStrictEqual(left[name], right[name]))
  if (key === undefined) return undefined
  return `${key} ${JSON.stringify(left[key]) ?? 'unset'} vs ${JSON.stringify(right[key]) ?? 'unset'}`
}

function describeCase(suite: string, run: CaseRun): string {
  return `case "${run.caseId}" of ${run.dataset} in suite "${suite}"`
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset)
}
