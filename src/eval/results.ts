import { DEFAULT_GATE } from '../compare/gate.js'
import { RESULTS_SCHEMA, RESULTS_VERSION, type ResultsFile } from '../report/results-file.js'
import { VERSION } from '../version.js'
import type { SuiteRun } from './run-model.js'

export interface ResultsContext {
  createdAt: Date
  headCommit?: string
  shard?: { index: number; total: number }
}

/** The results.json of one run: the suites as they ran, each with its own gate. */
export function buildResults(runs: SuiteRun[], context: ResultsContext): ResultsFile {
  // A base read from another file of the working tree has no commit to name.
  const base = runs
    .map(run => run.base.prompt?.ref)
    .find(ref => ref !== undefined && /^[0-9a-f]{40}$/.test(ref))
  const commit = {
    ...(context.headCommit ? { head: context.headCommit } : {}),
    ...(base ? { base } : {})
  }
  return {
    schema: RESULTS_SCHEMA,
    version: RESULTS_VERSION,
    createdAt: context.createdAt.toISOString(),
    tool: { name: 'toad-eval', version: VERSION },
    ...(Object.keys(commit).length > 0 ? { commit } : {}),
    ...(context.shard ? { shard: context.shard } : {}),
    gate: runs[0]?.gate ?? DEFAULT_GATE,
    suites: runs
  }
}
