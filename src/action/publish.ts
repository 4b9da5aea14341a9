import type { SuiteComparison } from '../compare/model.js'
import { exitCode, ExitCode, providerUnreachable } from '../compare/gate.js'
import { reportFromResults, type EvalReport } from '../report/eval-report.js'
import { GITHUB_COMMENT_LIMIT, renderWithinLimit } from '../report/markdown.js'
import { MARKDOWN_FILE_MAX_CHARS } from '../report/outputs.js'
import type { ResultsFile } from '../report/results-file.js'
import type { ActionEnvironment } from './environment.js'
import type { GitHubApi, RepoRef } from './github.js'

export interface PublishOptions {
  repo: RepoRef
  /** The pull request to comment on; absent outside pull requests. */
  pullNumber?: number
  /** Commit the check run goes on. */
  headSha?: string
  comment: boolean
  checkRun: boolean
  jobSummary: boolean
  /** Link to this run, for the comment's pointer to the full report. */
  runUrl?: string
}

/**
 * The end of every PR job: the report as a sticky comment, the job summary and an optional
 * check run, the outputs, and the gate as the step's result.
 */
export async function publishReport(
  results: ResultsFile,
  environment: ActionEnvironment,
  github: GitHubApi | undefined,
  options: PublishOptions
): Promise<EvalReport> {
  const report = reportFromResults(results)
  const links = options.runUrl
    ? { jobSummary: options.runUrl, artifact: options.runUrl }
    : undefined
  const withLinks = { ...report, ...(links ? { links } : {}) }

  if (options.jobSummary) {
    const { markdown } = renderWithinLimit(withLinks, { maxChars: MARKDOWN_FILE_MAX_CHARS })
    await environment.writeSummary(markdown)
  }
  // One rendering fits both a comment (with its marker line) and a check run summary.
  const marker = commentMarker(report.suites)
  const { markdown } = renderWithinLimit(withLinks, {
    maxChars: GITHUB_COMMENT_LIMIT - marker.length - 1
  })

  if (options.comment && options.pullNumber !== undefined && github) {
    const comment = await github.upsertStickyComment(
      options.repo,
      options.pullNumber,
      marker,
      `${marker}\n${markdown}`
    )
    environment.setOutput('comment-url', comment.url)
    environment.info(`${comment.created ? 'Posted' : 'Updated'} the report comment: ${comment.url}`)
  }
  if (options.checkRun && options.headSha && github) {
    await github.createCheckRun(options.repo, {
      name: 'toad-eval',
      headSha: options.headSha,
      conclusion: report.decision.passed ? 'success' : 'failure',
      title: report.decision.passed
        ? 'Gate passed'
        : `Gate failed: ${report.decision.reasons.join('; ')}`.slice(0, 250),
      summary: markdown
    })
  }

  setOutputs(environment, report)
  const code = exitCode(report.decision, providerUnreachable(results.suites))
  if (code === ExitCode.infrastructure) {
    environment.setFailed(
      'toad-eval: the model provider could not be reached for a whole suite; this is an infrastructure error, not a regression'
    )
  } else if (code === ExitCode.gateFailed) {
    environment.setFailed(`toad-eval gate failed: ${report.decision.reasons.join('; ')}`)
  } else {
    environment.info('toad-eval gate passed')
  }
  return report
}

/**
 * One sticky comment per suite set: the marker names the suites, so two workflows gating
 * different suites on one PR keep separate comments. Names are reduced to a safe alphabet.
 */
export function commentMarker(suites: readonly SuiteComparison[]): string {
  const names = suites
    .map(suite => suite.suite.replace(/[^\w.-]+/g, '_'))
    .sort()
    .join(',')
  return `<!-- toad-eval-report suites="${names || 'none'}" -->`
}

function setOutputs(environment: ActionEnvironment, report: EvalReport): void {
  const ran = report.suites.filter(suite => suite.skipped === undefined)
  const total = (pick: (suite: SuiteComparison) => number) =>
    ran.reduce((sum, suite) => sum + pick(suite), 0)
  const rate = (side: 'base' | 'head') => {
    const samples = total(suite => suite[side].samples)
    const passes = total(suite => suite[side].passRate * suite[side].samples)
    return samples === 0 ? 0 : Math.round((passes / samples) * 10_000) / 10_000
  }
  environment.setOutput('passed', report.decision.passed)
  environment.setOutput(
    'regressions',
    total(suite => suite.counts.regression)
  )
  environment.setOutput(
    'fixed',
    total(suite => suite.counts.fixed)
  )
  environment.setOutput(
    'errors',
    total(suite => suite.counts.error)
  )
  environment.setOutput(
    'cases',
    total(suite => suite.counts.total)
  )
  environment.setOutput('pass-rate', rate('head'))
  environment.setOutput('base-pass-rate', rate('base'))
}
