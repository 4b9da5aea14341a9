/** What every renderer takes: the comparisons, the runs behind them and the gate's decision. */
import { decideSuiteGates } from '../compare/gate.js'
import type { GateDecision, SuiteComparison } from '../compare/model.js'
import { compareSuite } from '../compare/verdicts.js'
import type { SuiteRun } from '../eval/run-model.js'
import type { ResultsFile } from './results-file.js'

export interface EvalReport {
  suites: SuiteComparison[]
  runs: SuiteRun[]
  decision: GateDecision
  commit?: { head?: string; base?: string }
}

/**
 * Compares and gates the runs of a results file (one run, or shards merged with
 * `mergeResults`), each suite with the gate settings it was run with.
 */
export function reportFromResults(results: ResultsFile): EvalReport {
  const gates = results.suites.map(suite => suite.gate ?? results.gate)
  const suites = results.suites.map((suite, index) => compareSuite(suite, gates[index]!.alpha))
  return {
    suites,
    runs: results.suites,
    decision: decideSuiteGates(suites, gates),
    ...(results.commit !== undefined && { commit: results.commit })
  }
}
