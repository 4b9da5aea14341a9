/**
 * The PR comment (and job summary): a headline verdict, one summary row per suite, then the
 * cases that need a look with their answers. Every piece of text that did not come from us
 * goes through `markdown-escape.ts`; the report is rendered at the most detail that fits
 * `maxChars` and never exceeds it.
 */
import type { GateDecision, SuiteComparison } from '../compare/model.js'
import { RunIndex } from './case-facts.js'
import type { EvalReport } from './eval-report.js'
import { caseSection } from './markdown-cases.js'
import { code, inline } from './markdown-escape.js'
import { count, latency, percent, plural, usd } from './format.js'
import { table } from './markdown-table.js'

/** How much the report shows: every case that is not a plain pass, the gate's failures, or counts. */
export type ReportDetail = 'full' | 'failing' | 'summary'

export interface MarkdownReport extends EvalReport {
  /** Where the rest of the report is when the comment shows less (https URLs). */
  links?: { jobSummary?: string; artifact?: string }
}

export interface MarkdownOptions {
  /** Default `DEFAULT_MAX_CHARS`. */
  maxChars?: number
  /** The most detail to try; default `full`. */
  detail?: ReportDetail
}

export interface RenderedMarkdown {
  markdown: string
  /** The detail that fitted. */
  detail: ReportDetail
  /** Even the summary was too long and lost its last lines. */
  truncated: boolean
}

/** GitHub rejects comment bodies longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536
/** Leaves room under GitHub's limit for the hidden marker and header the action adds. */
export const DEFAULT_MAX_CHARS = 65_000

const DETAIL_STEPS: readonly ReportDetail[] = ['full', 'failing', 'summary']

export function renderMarkdown(report: MarkdownReport, options: MarkdownOptions = {}): string {
  return renderWithinLimit(report, options).markdown
}

/**
 * Tries `full`, then only the failing rows, then the summary, and returns the first that fits;
 * a summary that still does not fit loses its last lines (whole lines, behind a note).
 */
export function renderWithinLimit(
  report: MarkdownReport,
  options: MarkdownOptions = {}
): RenderedMarkdown {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS
  const steps = DETAIL_STEPS.slice(DETAIL_STEPS.indexOf(options.detail ?? 'full'))
  for (const detail of steps) {
    const markdown = render(report, detail)
    if (markdown.length <= maxChars) return { markdown, detail, truncated: false }
  }
  return {
    markdown: cutToFit(render(report, 'summary'), maxChars),
    detail: 'summary',
    truncated: true
  }
}

function render(report: MarkdownReport, detail: ReportDetail): string {
  const ran = report.suites.filter(suite => suite.skipped === undefined)
  const skipped = report.suites.filter(suite => suite.skipped !== undefined)
  const blocks = [
    headline(report.decision, ran),
    commitLine(report.commit),
    pointer(report, detail)
  ]
  if (ran.length > 0) blocks.push(overviewTable(ran))
  if (skipped.length > 0) blocks.push(skippedList(skipped))
  if (detail !== 'summary') {
    const runs = new RunIndex(report.runs)
    for (const suite of ran) blocks.push(caseSection(suite, runs, detail))
  }
  return `${blocks.filter(block => block !== '').join('\n\n')}\n`
}

function headline(decision: GateDecision, ran: readonly SuiteComparison[]): string {
  if (!decision.passed) {
    return `## ❌ toad-eval gate failed: ${inline(decision.reasons.join('; '), 500)}`
  }
  if (ran.length === 0) return '## ✅ toad-eval gate passed: no suite needed a run'
  const cases = sum(ran.map(suite => suite.counts.total))
  const regressions = sum(ran.map(suite => suite.counts.regression))
  const fixed = sum(ran.map(suite => suite.counts.fixed))
  const fixes = fixed > 0 ? `, ${count(fixed)} fixed` : ''
  return `## ✅ toad-eval gate passed: ${plural(regressions, 'regression')}${fixes} in ${plural(cases, 'case')}`
}

function commitLine(commit: MarkdownReport['commit']): string {
  const head = commit?.head === undefined ? undefined : code(shortSha(commit.head))
  const base = commit?.base === undefined ? undefined : code(shortSha(commit.base))
  if (head !== undefined && base !== undefined) return `Head ${head} compared with base ${base}`
  if (head !== undefined) return `Head ${head}`
  return base === undefined ? '' : `Base ${base}`
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha
}

/** Where to find what this rendering leaves out. */
function pointer(report: MarkdownReport, detail: ReportDetail): string {
  if (detail === 'full') return ''
  const where = [
    link('job summary', report.links?.jobSummary),
    link('results.json artifact', report.links?.artifact)
  ].join(' and the ')
  return detail === 'failing'
    ? `Only regressions and errors are listed here; every case is in the ${where}.`
    : `Case details are in the ${where}.`
}

/** A link only to an http(s) URL, with the characters that could end it percent-encoded. */
function link(text: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\/\S+$/i.test(url)) return text
  const safe = url.replace(/[()<>]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  return `[${text}](${safe})`
}

const OVERVIEW_HEADER = [
  'Suite',
  'Cases',
  'Pass rate (base → head)',
  'Regressions',
  'Fixed',
  'Still failing',
  'Errors',
  'Flaky',
  'Cost (base → head)',
  'Latency p50 / p95 (base → head)'
]

function overviewTable(suites: readonly SuiteComparison[]): string {
  const rows = suites.map(suite => {
    const failedCalls = suite.base.errors + suite.head.errors
    const errors =
      failedCalls > 0
        ? `${emphasized(suite.counts.error)} (${plural(failedCalls, 'failed call')})`
        : emphasized(suite.counts.error)
    return [
      code(suite.suite, 100),
      count(suite.counts.total),
      `${percent(suite.base.passRate)} → ${percent(suite.head.passRate)}`,
      emphasized(suite.counts.regression),
      count(suite.counts.fixed),
      count(suite.counts['still-failing']),
      errors,
      count(suite.counts.flaky),
      `${usd(suite.base.costUsd)} → ${usd(suite.head.costUsd)}`,
      `${latency(suite.base.latencyMs)} → ${latency(suite.head.latencyMs)}`
    ]
  })
  return table(OVERVIEW_HEADER, rows, [
    'left',
    ...OVERVIEW_HEADER.slice(1).map(() => 'right' as const)
  ])
}

/** Bold when not zero: the numbers that fail gates. */
function emphasized(value: number): string {
  return value === 0 ? '0' : `**${count(value)}**`
}

function skippedList(suites: readonly SuiteComparison[]): string {
  const items = suites.map(
    suite => `- ${code(suite.suite, 100)}: ${inline(suite.skipped ?? '', 300)}`
  )
  return [`**Skipped** (${plural(suites.length, 'suite')}):`, ...items].join('\n')
}

/**
 * Whole lines of `markdown` that fit in `maxChars` with a closing note; the bare prefix when
 * not even the note fits. Only the summary is cut, and it has no multi-line HTML to break.
 */
function cutToFit(markdown: string, maxChars: number): string {
  // The blank line keeps the note out of a table the cut may end in.
  const note = '\n\n_The report was cut to fit in a comment; see the job summary._\n'
  const kept: string[] = []
  let length = note.length
  for (const line of markdown.split('\n')) {
    if (length + line.length + 1 > maxChars) break
    kept.push(line)
    length += line.length + 1
  }
  if (kept.length > 0) return `${kept.join('\n')}${note}`
  return prefix(markdown, maxChars)
}

/** At most `maxChars` UTF-16 units, not splitting a surrogate pair. */
function prefix(text: string, maxChars: number): string {
  let end = Math.max(0, maxChars)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end)
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
