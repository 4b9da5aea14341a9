import { loadResultsFiles } from '../report/load-results.js'
import type { ActionDependencies } from './main.js'
import { readRunContext } from './context.js'
import { ActionInputError, booleanInput } from './inputs.js'
import { publishReport } from './publish.js'

/**
 * Comment and gate from results.json files computed elsewhere: the shards of a matrix, or
 * a fork PR's run (in a `workflow_run` job that has the secrets and the write token the fork's
 * run lacked). The pull request number and head SHA come from that other run, so they are
 * checked against the pull request itself before anything is posted on it.
 */
export async function reportCommand(dependencies: ActionDependencies): Promise<void> {
  const { environment } = dependencies
  const context = await readRunContext(environment)
  const patterns = (environment.getInput('results') || 'toad-eval-results.json')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(Boolean)
  const results = await loadResultsFiles(patterns, environment.cwd)

  const token = environment.getInput('github-token')
  const github = token ? await dependencies.github(token) : undefined
  const pullNumber =
    pullRequestNumber(environment.getInput('pull-request')) ?? context.pullRequest?.number
  let headSha =
    environment.getInput('head-sha').trim() || results.commit?.head || context.pullRequest?.headSha
  if (pullNumber !== undefined && github) {
    const pull = await github.getPullRequest(context.repo, pullNumber)
    if (headSha && pull.headSha !== headSha) {
      throw new ActionInputError(
        `The results are for commit ${headSha.slice(0, 12)}, but pull request #${pullNumber} is now at ${pull.headSha.slice(0, 12)}: not reporting stale results`
      )
    }
    if (results.commit?.head && results.commit.head !== pull.headSha) {
      throw new ActionInputError(
        `The results were computed for ${results.commit.head.slice(0, 12)}, not for pull request #${pullNumber}'s head ${pull.headSha.slice(0, 12)}`
      )
    }
    headSha = pull.headSha
  }
  await publishReport(results, environment, github, {
    repo: context.repo,
    ...(pullNumber !== undefined ? { pullNumber } : {}),
    ...(headSha ? { headSha } : {}),
    comment: booleanInput(environment.getInput, 'comment', true),
    checkRun: booleanInput(environment.getInput, 'check-run', false),
    jobSummary: booleanInput(environment.getInput, 'job-summary', true),
    ...(context.runUrl ? { runUrl: context.runUrl } : {})
  })
}

function pullRequestNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined
  const number = Number(text.trim())
  if (!Number.isInteger(number) || number <= 0) {
    throw new ActionInputError(
      `input "pull-request" must be a pull request number, got "${text.trim()}"`
    )
  }
  return number
}
