/**
 * The few lines the CLI prints when a run ends: the gate, then per suite its counts, cost and
 * latency, and the cases that fail the gate.
 */
import type { CaseComparison, SuiteComparison, Verdict } from '../compare/model.js'
import { caseProblems, RunIndex } from './case-facts.js'
import type { EvalReport } from './eval-report.js'
import { count, latency, percent, plural, usd } from './format.js'

/** Cases listed per suite; the rest are counted. */
const LISTED_CASES = 10

const VERDICT_WORD: Record<Verdict, string> = {
  regression: 'regression',
  error: 'error',
  fixed: 'fixed',
  'still-failing': 'still failing',
  pass: 'pass'
}

export function renderSummary(report: Pick<EvalReport, 'suites' | 'runs' | 'decision'>): string {
  const runs = new RunIndex(report.runs)
  const gate = report.decision.passed
    ? '✅ Gate passed'
    : `❌ Gate failed: ${terminalText(report.decision.reasons.join('; '))}`
  const suites = report.suites.map(suite => suiteLines(suite, runs))
  return `${[gate, ...suites.flat()].join('\n')}\n`
}

function suiteLines(suite: SuiteComparison, runs: RunIndex): string[] {
  const name = terminalText(suite.suite)
  if (suite.skipped !== undefined) return [`${name}: skipped (${terminalText(suite.skipped)})`]
  const { counts, base, head } = suite
  const lines = [
    `${name}: ${plural(counts.total, 'case')} · pass rate ${percent(base.passRate)} → ${percent(head.passRate)} · ` +
      `${plural(counts.regression, 'regression')}, ${count(counts.fixed)} fixed, ` +
      `${count(counts['still-failing'])} still failing, ${plural(counts.error, 'error')}, ${count(counts.flaky)} flaky`,
    `  cost ${usd(base.costUsd)} → ${usd(head.costUsd)} · latency p50 / p95 ${latency(base.latencyMs)} → ` +
      `${latency(head.latencyMs)} · ${plural(base.requests + head.requests, 'request')}, ` +
      `${plural(base.cacheHits + head.cacheHits, 'cache hit')}`
  ]
  // Regressions first: they are what a reader came for.
  const failing = [
    ...suite.cases.filter(c => c.verdict === 'regression'),
    ...suite.cases.filter(c => c.verdict === 'error')
  ]
  for (const comparison of failing.slice(0, LISTED_CASES)) {
    lines.push(`  ${caseLine(comparison, runs, suite)}`)
  }
  if (failing.length > LISTED_CASES) {
    lines.push(`  … and ${count(failing.length - LISTED_CASES)} more`)
  }
  return lines
}

function caseLine(comparison: CaseComparison, runs: RunIndex, suite: SuiteComparison): string {
  const run = runs.case(suite, comparison)
  const [problem] = run === undefined ? [] : caseProblems(comparison, run)
  const where = `${terminalText(comparison.caseId)} (${terminalText(comparison.dataset)})`
  return `${VERDICT_WORD[comparison.verdict]} ${where}${problem === undefined ? '' : `: ${terminalText(problem)}`}`
}

/**
 * One line, at most 200 characters, with control characters shown as `\u` escapes: case ids
 * and answers are untrusted and an escape sequence could rewrite the terminal.
 */
function terminalText(text: string, maxLength = 200): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u001f\u007f-\u009f]/g,
      char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
  return line.length > maxLength ? `${line.slice(0, maxLength)}…` : line
}
