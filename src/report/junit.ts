/**
 * JUnit XML for CI dashboards: a `<testsuite>` per suite, a `<testcase>` per case. The
 * outcomes mirror the gate: a regression is a `<failure>`, an error an `<error>`; a case that
 * also fails on base is `<skipped>` (not this change's doing), and fixed or flaky cases pass
 * with a note in `<system-out>`.
 */
import type { CaseComparison, SuiteComparison } from '../compare/model.js'
import type { CaseRun } from '../eval/run-model.js'
import { callErrors, caseProblems, RunIndex } from './case-facts.js'
import { plural } from './format.js'
import type { EvalReport } from './eval-report.js'
import { xmlAttribute, xmlText } from './xml-escape.js'

export function renderJunit(report: Pick<EvalReport, 'suites' | 'runs'>): string {
  const runs = new RunIndex(report.runs)
  const suites = report.suites.map(suite => renderSuite(suite, runs))
  const totals = tally(report.suites.flatMap(suite => suite.cases))
  const time = sum(
    report.suites.flatMap(suite => suite.cases.map(c => caseSeconds(runs.case(suite, c))))
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="toad-eval"${counts(totals)} time="${seconds(time)}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function renderSuite(suite: SuiteComparison, runs: RunIndex): string {
  const name = xmlAttribute(suite.suite)
  if (suite.skipped !== undefined) {
    return [
      `  <testsuite name="${name}" tests="0" failures="0" errors="0" skipped="0" time="0.000">`,
      '    <properties>',
      `      <property name="skipped" value="${xmlAttribute(suite.skipped)}"/>`,
      '    </properties>',
      '  </testsuite>'
    ].join('\n')
  }
  const cases = suite.cases.map(comparison => ({
    comparison,
    run: runs.case(suite, comparison)
  }))
  const time = sum(cases.map(({ run }) => caseSeconds(run)))
  return [
    `  <testsuite name="${name}"${counts(tally(suite.cases))} time="${seconds(time)}">`,
    ...cases.map(({ comparison, run }) => renderCase(comparison, run)),
    '  </testsuite>'
  ].join('\n')
}

function renderCase(comparison: CaseComparison, run: CaseRun | undefined): string {
  const open =
    `    <testcase name="${xmlAttribute(comparison.caseId)}" ` +
    `classname="${xmlAttribute(comparison.dataset)}" time="${seconds(caseSeconds(run))}"`
  const problems = run === undefined ? '' : caseProblems(comparison, run).join('\n')
  const message = xmlAttribute(`${comparison.verdict.replace('-', ' ')}: ${passCounts(comparison)}`)
  const failedCalls =
    comparison.verdict === 'error' || run === undefined
      ? []
      : [...callErrors('base', run.base.samples), ...callErrors('head', run.head.samples)]
  const notes = [
    comparison.verdict === 'fixed' ? `fixed: ${passCounts(comparison)}` : '',
    comparison.flaky ? 'flaky: base samples both passed and failed' : '',
    ...failedCalls
  ].filter(note => note !== '')

  const body: string[] = []
  if (comparison.verdict === 'regression') {
    body.push(`<failure type="regression" message="${message}">${xmlText(problems)}</failure>`)
  } else if (comparison.verdict === 'error') {
    body.push(`<error type="error" message="${message}">${xmlText(problems)}</error>`)
  } else if (comparison.verdict === 'still-failing') {
    body.push(`<skipped message="${message}">${xmlText(problems)}</skipped>`)
  }
  if (notes.length > 0) body.push(`<system-out>${xmlText(notes.join('\n'))}</system-out>`)
  if (body.length === 0) return `${open}/>`
  return [`${open}>`, ...body.map(element => `      ${element}`), '    </testcase>'].join('\n')
}

function passCounts(comparison: CaseComparison): string {
  const side = (name: string, counts: CaseComparison['base']) =>
    `${name} passed ${counts.passes}/${counts.samples}` +
    (counts.errors > 0 ? ` (${plural(counts.errors, 'error')})` : '')
  return `${side('base', comparison.base)}, ${side('head', comparison.head)}`
}

interface Tally {
  tests: number
  failures: number
  errors: number
  skipped: number
}

function tally(cases: readonly CaseComparison[]): Tally {
  return {
    tests: cases.length,
    failures: cases.filter(c => c.verdict === 'regression').length,
    errors: cases.filter(c => c.verdict === 'error').length,
    skipped: cases.filter(c => c.verdict === 'still-failing').length
  }
}

function counts(totals: Tally): string {
  return ` tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}"`
}

/** Head's measured request time: what this change costs in waiting. */
function caseSeconds(run: CaseRun | undefined): number {
  return (
    sum((run?.head.samples ?? []).map(sample => (sample.cached ? 0 : (sample.latencyMs ?? 0)))) /
    1000
  )
}

function seconds(value: number): string {
  return value.toFixed(3)
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
