/**
 * One suite's cases that need a look: a table row each (verdict, pass counts, what failed)
 * and, below the table, the base and head answers side by side in a collapsed block.
 */
import type { CaseComparison, SuiteComparison, Verdict } from '../compare/model.js'
import type { CaseRun, SampleResult, VariantName } from '../eval/run-model.js'
import {
  answerText,
  caseProblems,
  preferredOutcomes,
  type RunIndex,
  sampleOutcome,
  shownSample
} from './case-facts.js'
import { count, pValue, plural } from './format.js'
import { code, inline, preformatted } from './markdown-escape.js'
import { type Alignment, table } from './markdown-table.js'

/** Characters of each answer shown; the job summary has room for more than a comment. */
const ANSWER_CHARS = 1_000
const INPUT_CHARS = 500
/** Lines of failed checks per row; the rest are counted. */
const PROBLEM_LINES = 3

const VERDICT_ORDER: readonly Verdict[] = ['regression', 'error', 'fixed', 'still-failing', 'pass']

const VERDICT_LABEL: Record<Verdict, string> = {
  regression: '❌ regression',
  error: '⚠️ error',
  fixed: '✨ fixed',
  'still-failing': '➖ still failing',
  pass: '✅ pass'
}

/**
 * `failing`: regressions and errors, the cases that fail the gate. `full`: also fixed, still
 * failing, flaky cases and cases with a failed call. Plain passes are only counted.
 */
export function caseSection(
  suite: SuiteComparison,
  runs: RunIndex,
  detail: 'full' | 'failing'
): string {
  const shown = suite.cases
    .filter(comparison => isShown(comparison, detail))
    .sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict))
  const title = `### ${code(suite.suite, 100)}`
  if (shown.length === 0) {
    const note =
      detail === 'full'
        ? `All ${plural(suite.counts.total, 'case')} pass.`
        : 'No regressions or errors.'
    return `${title}\n\n${note}`
  }
  const repeats = (runs.suite(suite.suite)?.repeat ?? 1) > 1
  const header = ['Case', 'Verdict', 'Base', 'Head', ...(repeats ? ['p'] : []), 'What failed']
  const rows = shown.map(comparison => {
    const run = runs.case(suite, comparison)
    return [
      `${code(comparison.caseId)}<br><sub>${inline(comparison.dataset, 120)}</sub>`,
      VERDICT_LABEL[comparison.verdict] + (comparison.flaky ? ' · 🎲 flaky' : ''),
      sideCell(comparison.base, repeats),
      sideCell(comparison.head, repeats),
      ...(repeats ? [pValue(comparison.pValue)] : []),
      run === undefined ? '' : problemsCell(caseProblems(comparison, run))
    ]
  })
  const align = header.map((name): Alignment =>
    ['Base', 'Head', 'p'].includes(name) ? 'right' : 'left'
  )
  const answers = shown.flatMap(comparison => {
    const run = runs.case(suite, comparison)
    return run === undefined ? [] : [answersBlock(comparison, run)]
  })
  return [title, table(header, rows, align), ...answers].join('\n\n')
}

function isShown(comparison: CaseComparison, detail: 'full' | 'failing'): boolean {
  if (comparison.verdict === 'regression' || comparison.verdict === 'error') return true
  const noteworthy =
    comparison.verdict !== 'pass' ||
    comparison.flaky ||
    comparison.base.errors + comparison.head.errors > 0
  return detail === 'full' && noteworthy
}

/** `✅` / `❌` / `⚠️` for one sample; `3/5 · 1 error` with repeats. */
function sideCell(side: CaseComparison['base'], repeats: boolean): string {
  if (!repeats && side.samples === 1) {
    if (side.errors === 1) return '⚠️ error'
    return side.passes === 1 ? '✅ pass' : '❌ fail'
  }
  const errors = side.errors > 0 ? ` · ${plural(side.errors, 'error')}` : ''
  return `${count(side.passes)}/${count(side.samples)}${errors}`
}

function problemsCell(problems: readonly string[]): string {
  const lines = problems.slice(0, PROBLEM_LINES).map(problem => inline(problem, 300))
  if (problems.length > PROBLEM_LINES) lines.push(`+${problems.length - PROBLEM_LINES} more`)
  return lines.join('<br>')
}

/**
 * Input, then base and head side by side, all on one line of HTML: a blank line would end
 * the HTML block and let the rest be read as markdown.
 */
function answersBlock(comparison: CaseComparison, run: CaseRun): string {
  const prefer = preferredOutcomes(comparison)
  const columns = (['base', 'head'] as const).map(side => {
    const samples = run[side].samples
    const sample = shownSample(samples, prefer[side])
    return {
      heading: answerHeading(side, run[side].model, sample, samples.length),
      body: sample === undefined ? '(no sample)' : answerText(sample)
    }
  })
  const input =
    run.input.trim() === ''
      ? ''
      : `<tr><th colspan="2">Input</th></tr><tr><td colspan="2"><pre>${preformatted(run.input, INPUT_CHARS)}</pre></td></tr>`
  const headings = columns.map(column => `<th>${column.heading}</th>`).join('')
  const bodies = columns
    .map(column => `<td><pre>${preformatted(column.body, ANSWER_CHARS)}</pre></td>`)
    .join('')
  return (
    `<details><summary>Answers for ${code(comparison.caseId)}</summary>` +
    `<table>${input}<tr>${headings}</tr><tr>${bodies}</tr></table></details>`
  )
}

function answerHeading(
  side: VariantName,
  caseModel: string,
  sample: SampleResult | undefined,
  samples: number
): string {
  const name = side === 'base' ? 'Base' : 'Head'
  if (sample === undefined) return name
  const which = samples > 1 ? ` · sample ${sample.sample + 1} of ${samples}` : ''
  return `${name} · ${inline(sample.model ?? caseModel, 80)}${which} · ${sampleOutcome(sample)}`
}
