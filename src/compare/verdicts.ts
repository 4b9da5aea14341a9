/**
 * Base vs head, per case and per suite.
 *
 * The rules, in order:
 * 1. A side with no sample that got an answer (every call failed, or none was made) gives
 *    `error`: there is nothing to compare.
 * 2. Errored samples otherwise stand for answers we did not get. The verdict is decided as if
 *    each of them had passed and as if each had failed, in every combination; if the answers
 *    we did get settle the verdict whatever the missing ones would have said, that is the
 *    verdict (the comparison still carries the error counts, so the report flags it). If the
 *    missing answers could change it, the verdict is `error`: an outage must never read as a
 *    regression, nor hide one.
 * 3. One sample on each side (`repeat: 1`): the verdict follows the two samples.
 * 4. More samples: `regression` when head passes less often than base and the one-sided
 *    Fisher exact p-value is <= alpha; `fixed`, symmetrically, when head passes more often
 *    with p <= alpha on the other tail. Otherwise the difference may be chance and the two
 *    sides are judged together: `pass` when at least half of all samples passed, else
 *    `still-failing`. (Note that repeat 2 can never reach alpha 0.05: the smallest p is 1/6.)
 * `flaky` is independent of the verdict: base's answered samples both passed and failed.
 */
import type { CaseRun, SampleResult, SuiteRun } from '../eval/run-model.js'
import type { CaseComparison, SuiteComparison, Verdict } from './model.js'
import { fisherHeadBetter, fisherHeadWorse, type PassTable } from './statistics.js'
import { variantStats } from './variant-stats.js'

/** Passing samples out of samples on one side. */
interface Tally {
  passes: number
  samples: number
}

interface SideCounts extends Tally {
  errors: number
}

export function compareCase(run: CaseRun, alpha: number): CaseComparison {
  const base = countSamples(run.base.samples)
  const head = countSamples(run.head.samples)
  const baseAnswered = run.base.samples.filter(sample => sample.error === undefined)
  return {
    caseId: run.caseId,
    dataset: run.dataset,
    verdict: decideVerdict(base, head, alpha),
    base,
    head,
    // Errors count as fails here, as in the pass counts shown beside it.
    pValue: fisherHeadWorse(passTable(base, head)),
    flaky: baseAnswered.some(sample => sample.passed) && baseAnswered.some(sample => !sample.passed)
  }
}

export function compareSuite(suite: SuiteRun, alpha: number): SuiteComparison {
  const cases = suite.cases.map(run => compareCase(run, alpha))
  const counts = {
    pass: 0,
    regression: 0,
    fixed: 0,
    'still-failing': 0,
    error: 0,
    flaky: 0,
    total: cases.length
  }
  for (const comparison of cases) {
    counts[comparison.verdict]++
    if (comparison.flaky) counts.flaky++
  }
  return {
    suite: suite.name,
    ...(suite.skipped !== undefined && { skipped: suite.skipped }),
    cases,
    counts,
    base: variantStats(suite.cases.map(run => run.base)),
    head: variantStats(suite.cases.map(run => run.head))
  }
}

function countSamples(samples: readonly SampleResult[]): SideCounts {
  return {
    // A sample with an error never passes, whatever its assertions say.
    passes: samples.filter(sample => sample.passed && sample.error === undefined).length,
    samples: samples.length,
    errors: samples.filter(sample => sample.error !== undefined).length
  }
}

function decideVerdict(base: SideCounts, head: SideCounts, alpha: number): Verdict {
  if (base.samples === base.errors || head.samples === head.errors) return 'error'
  const verdicts = new Set<Verdict>()
  // Every way the errored samples could have turned out: `extra` of them passing.
  for (let baseExtra = 0; baseExtra <= base.errors; baseExtra++) {
    for (let headExtra = 0; headExtra <= head.errors; headExtra++) {
      verdicts.add(
        verdictOfAnswers(
          { passes: base.passes + baseExtra, samples: base.samples },
          { passes: head.passes + headExtra, samples: head.samples },
          alpha
        )
      )
      if (verdicts.size > 1) return 'error'
    }
  }
  const [verdict] = verdicts
  return verdict ?? 'error'
}

function verdictOfAnswers(base: Tally, head: Tally, alpha: number): Verdict {
  const basePasses = base.passes / base.samples
  const headPasses = head.passes / head.samples
  if (base.samples === 1 && head.samples === 1) {
    if (basePasses === headPasses) return basePasses === 1 ? 'pass' : 'still-failing'
    return headPasses < basePasses ? 'regression' : 'fixed'
  }
  const table = passTable(base, head)
  if (headPasses < basePasses && significant(fisherHeadWorse(table), alpha)) return 'regression'
  if (headPasses > basePasses && significant(fisherHeadBetter(table), alpha)) return 'fixed'
  const pooled = (base.passes + head.passes) / (base.samples + head.samples)
  return pooled >= 0.5 ? 'pass' : 'still-failing'
}

/**
 * p <= alpha, allowing for rounding: p-values land exactly on round alphas (repeat 3, all
 * passing vs all failing, gives exactly 1/20), and exp/log may put them an ulp above.
 */
function significant(p: number, alpha: number): boolean {
  return p <= alpha * (1 + 1e-9)
}

function passTable(base: Tally, head: Tally): PassTable {
  return {
    basePass: base.passes,
    baseFail: base.samples - base.passes,
    headPass: head.passes,
    headFail: head.samples - head.passes
  }
}
