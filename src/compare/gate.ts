/**
 * The merge gate: one decision over every suite that ran, and the process exit code that
 * carries it to CI.
 */
import type { SuiteRun } from '../eval/run-model.js'
import type { GateDecision, GateSettings, SuiteComparison } from './model.js'

/** No regression allowed, tested at the usual 5 % level: what a suite gets unless it says otherwise. */
export const DEFAULT_GATE: GateSettings = { maxRegressions: 0, alpha: 0.05 }

/**
 * Fails when regressions exceed `maxRegressions`, when head's pass rate over all samples of
 * the suites that ran is below `minPassRate`, or when more cases than `maxErrors` ended in
 * `error`. Skipped suites take no part; with no samples at all the pass rate has nothing to
 * fail on. An unset `minPassRate` or `maxErrors` is no limit.
 */
export function decideGate(
  suites: readonly SuiteComparison[],
  settings: GateSettings
): GateDecision {
  const ran = suites.filter(suite => suite.skipped === undefined)
  const regressions = sum(ran.map(suite => suite.counts.regression))
  const errors = sum(ran.map(suite => suite.counts.error))
  const headSamples = sum(ran.flatMap(suite => suite.cases.map(c => c.head.samples)))
  const headPasses = sum(ran.flatMap(suite => suite.cases.map(c => c.head.passes)))

  const reasons: string[] = []
  if (regressions > settings.maxRegressions) {
    reasons.push(`${plural(regressions, 'regression')} (max ${settings.maxRegressions})`)
  }
  if (settings.minPassRate !== undefined && headSamples > 0) {
    const passRate = headPasses / headSamples
    if (passRate < settings.minPassRate) {
      reasons.push(
        `head pass rate ${percent(passRate, 'down')} below the minimum ${percent(settings.minPassRate)}`
      )
    }
  }
  if (settings.maxErrors !== undefined && errors > settings.maxErrors) {
    reasons.push(`${plural(errors, 'error')} (max ${settings.maxErrors})`)
  }
  return { passed: reasons.length === 0, reasons }
}

/**
 * Each suite against its own thresholds (suites of one run may set different ones); the
 * gate passes when every suite does. With several suites, each reason names its suite.
 */
export function decideSuiteGates(
  suites: readonly SuiteComparison[],
  gates: readonly GateSettings[]
): GateDecision {
  const reasons = suites.flatMap((suite, index) => {
    const settings = gates[index]
    if (settings === undefined) throw new Error(`no gate settings for suite ${suite.suite}`)
    const { reasons: own } = decideGate([suite], settings)
    return suites.length > 1 ? own.map(reason => `${suite.suite}: ${reason}`) : own
  })
  return { passed: reasons.length === 0, reasons }
}

/** Failures that say the provider could not be reached or would not serve, not that an answer was bad. */
const OUTAGE_FAILURES = new Set(['connection', 'timeout', 'auth', 'server', 'rate-limit'])

/**
 * True when a suite that ran got no answer at all because its provider failed: an outage
 * (exit 3), which must not read as a regression. Partial failures are errors the gate counts.
 */
export function providerUnreachable(runs: readonly SuiteRun[]): boolean {
  return runs.some(run => {
    const samples = run.cases.flatMap(c => [...c.base.samples, ...c.head.samples])
    return (
      samples.length > 0 &&
      samples.every(sample => sample.failure !== undefined && OUTAGE_FAILURES.has(sample.failure))
    )
  })
}

/** The process exit codes CI sees; 2 (usage or config error) belongs to the CLI. */
export const ExitCode = {
  passed: 0,
  gateFailed: 1,
  usage: 2,
  infrastructure: 3
} as const

/**
 * 3 when a provider or source could not be reached, whatever the gate says (an outage must
 * not read as a regression, nor a partial run as a pass); else 0 or 1 from the gate.
 */
export function exitCode(decision: GateDecision, infrastructureError = false): number {
  if (infrastructureError) return ExitCode.infrastructure
  return decision.passed ? ExitCode.passed : ExitCode.gateFailed
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * `80%`, `72.5%`. A rate that failed the minimum is rounded down, so 79.96% does not read as
 * `80% below the minimum 80%`; the epsilon absorbs 0.725 * 1000 = 724.999….
 */
function percent(rate: number, rounding: 'nearest' | 'down' = 'nearest'): string {
  const tenths = rounding === 'down' ? Math.floor(rate * 1000 + 1e-9) : Math.round(rate * 1000)
  return `${tenths / 10}%`
}
