/**
 * What a case's samples say, in the words every report uses: which checks failed and why,
 * which calls errored, and which answer to show for each side.
 */
import type { CaseComparison, SuiteComparison } from '../compare/model.js'
import type { CaseRun, SampleResult, SuiteRun, VariantName } from '../eval/run-model.js'

/** The runs behind comparisons, found by suite name, dataset and case id. */
export class RunIndex {
  private readonly cases = new Map<string, CaseRun>()
  private readonly suites = new Map<string, SuiteRun>()

  constructor(runs: readonly SuiteRun[]) {
    for (const suite of runs) {
      this.suites.set(suite.name, suite)
      for (const run of suite.cases) {
        this.cases.set(caseKey(suite.name, run.dataset, run.caseId), run)
      }
    }
  }

  suite(name: string): SuiteRun | undefined {
    return this.suites.get(name)
  }

  case(suite: SuiteComparison, comparison: CaseComparison): CaseRun | undefined {
    return this.cases.get(caseKey(suite.suite, comparison.dataset, comparison.caseId))
  }
}

function caseKey(suite: string, dataset: string, caseId: string): string {
  return JSON.stringify([suite, dataset, caseId])
}

/**
 * Why the case needs a look, one line each: the errors of the calls that failed, then the
 * failed checks of the side that matters (base's for `fixed`, else head's).
 */
export function caseProblems(comparison: CaseComparison, run: CaseRun): string[] {
  const errors = [...callErrors('base', run.base.samples), ...callErrors('head', run.head.samples)]
  if (comparison.verdict === 'error') return errors
  const checks =
    comparison.verdict === 'fixed'
      ? failedChecks(run.base.samples).map(line => `base: ${line}`)
      : failedChecks(run.head.samples)
  return [...errors, ...checks]
}

/**
 * `type: reason` for every assertion that failed in an answered sample, once each; with
 * several samples, how many of them it failed in.
 */
export function failedChecks(samples: readonly SampleResult[]): string[] {
  const answered = samples.filter(sample => sample.error === undefined)
  const counts = new Map<string, number>()
  for (const sample of answered) {
    const lines = sample.assertions
      .filter(assertion => !assertion.passed)
      .map(assertion => describeFailure(assertion.type, assertion.reason))
    for (const line of new Set(lines)) counts.set(line, (counts.get(line) ?? 0) + 1)
  }
  return [...counts].map(([line, times]) =>
    answered.length > 1 ? `${line} (${times} of ${answered.length} samples)` : line
  )
}

/** `max_length: 412 chars > max 300`; reasons that already start with their type keep one. */
function describeFailure(type: string, reason: string): string {
  return reason.startsWith(`${type} `) || reason.startsWith(`${type}:`)
    ? reason
    : `${type}: ${reason}`
}

/** `head error: timeout (2 of 5 samples)` for each distinct error of one side's calls. */
export function callErrors(side: VariantName, samples: readonly SampleResult[]): string[] {
  const errors = samples.flatMap(sample => (sample.error === undefined ? [] : [sample.error]))
  const counts = new Map<string, number>()
  for (const error of errors) counts.set(error, (counts.get(error) ?? 0) + 1)
  return [...counts].map(([error, times]) =>
    samples.length > 1
      ? `${side} error: ${error} (${times} of ${samples.length} samples)`
      : `${side} error: ${error}`
  )
}

/**
 * The sample to show for one side: the first answered one that passed (or failed, as
 * `preferPassed` says), else the first answered one, else the first.
 */
export function shownSample(
  samples: readonly SampleResult[],
  preferPassed: boolean
): SampleResult | undefined {
  const answered = samples.filter(sample => sample.error === undefined)
  return answered.find(sample => sample.passed === preferPassed) ?? answered[0] ?? samples[0]
}

/** Which answers tell the story of a verdict: base passing and head failing for a regression, … */
export function preferredOutcomes(comparison: CaseComparison): Record<VariantName, boolean> {
  switch (comparison.verdict) {
    case 'regression':
      return { base: true, head: false }
    case 'fixed':
      return { base: false, head: true }
    case 'still-failing':
      return { base: false, head: false }
    case 'pass':
    case 'error':
      return { base: true, head: true }
  }
}

/** The answer as text: the output, then any tool calls, or the error. */
export function answerText(sample: SampleResult): string {
  if (sample.error !== undefined) return `error: ${sample.error}`
  const calls = (sample.toolCalls ?? []).map(
    call =>
      `tool call ${call.name}(${call.arguments === undefined ? '' : JSON.stringify(call.arguments)})`
  )
  return [sample.output ?? '', ...calls].filter(part => part !== '').join('\n') || '(empty answer)'
}

export function sampleOutcome(sample: SampleResult): 'passed' | 'failed' | 'error' {
  if (sample.error !== undefined) return 'error'
  return sample.passed ? 'passed' : 'failed'
}
