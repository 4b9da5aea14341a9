/**
 * The only door to the GitHub REST API. The rest of the code sees `GitHubApi` and plain data;
 * Octokit stays behind it. Every failure is a `GitHubApiError` whose message says which
 * permission or setting fixes it.
 */
import { createGitHubClient, type GitHubClient } from './github-client.js'
import { CHECK_RUN_HINTS, PULL_REQUEST_READ_HINTS } from './github-errors.js'
import { openOrUpdatePullRequest, openPullRequestFiles } from './dataset-pr.js'
import { upsertStickyComment } from './sticky-comment.js'

export { GitHubApiError } from './github-errors.js'
export { assertSafeRepositoryPath } from './dataset-pr.js'
export { MAX_COMMENT_CHARS } from './sticky-comment.js'

export interface RepoRef {
  owner: string
  repo: string
}

export interface StickyCommentResult {
  url: string
  id: number
  /** False when an existing comment was updated (or already said the same). */
  created: boolean
}

export interface CheckRunRequest {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  /** Markdown; cut to GitHub's limit with a note if longer. */
  summary: string
}

export interface PullRequestInfo {
  number: number
  headSha: string
  baseSha: string
  /** `owner/name` of the head repository; '' when the fork was deleted. */
  headRepo: string
  baseRepo: string
  /** `open` or `closed`. */
  state: string
}

export interface PullRequestChange {
  baseBranch: string
  branch: string
  title: string
  body: string
  commitMessage: string
  /** Repository-relative paths with their full UTF-8 content. */
  files: Array<{ path: string; content: string }>
}

export interface PullRequestResult {
  url: string
  number: number
  created: boolean
}

export interface GitHubApi {
  /**
   * Finds our comment on the PR by a hidden marker (an HTML comment at the start or end of its
   * body, searched across all pages), updates it in place, or creates it. Never creates a
   * duplicate. The marker is added on the body's first line unless the body already carries it.
   */
  upsertStickyComment(
    repo: RepoRef,
    pullNumber: number,
    marker: string,
    body: string
  ): Promise<StickyCommentResult>
  /** A completed Check Run on a commit (needs `checks: write`). */
  createCheckRun(repo: RepoRef, run: CheckRunRequest): Promise<{ url: string }>
  /** Paths the PR changes, across all pages; a renamed file counts under both names. */
  changedFiles(repo: RepoRef, pullNumber: number): Promise<string[]>
  /** The PR as it is now: to re-check the number and head SHA, and to detect forks. */
  getPullRequest(repo: RepoRef, pullNumber: number): Promise<PullRequestInfo>
  /**
   * Commits `files` as one commit on top of `baseBranch` onto `branch` (created, or reset and
   * force-moved: the branch belongs to the action), then opens a PR from it or updates the
   * title and body of the open one. Throws when `files` is empty or a path is unsafe.
   */
  openOrUpdatePullRequest(repo: RepoRef, change: PullRequestChange): Promise<PullRequestResult>
  /**
   * The files under `folder` on `branch` while a pull request from it to `baseBranch` is
   * open; none otherwise (a merged or closed proposal is not carried over).
   */
  openPullRequestFiles(
    repo: RepoRef,
    proposal: { baseBranch: string; branch: string; folder: string }
  ): Promise<Array<{ path: string; content: string }>>
}

export function createGitHubApi(options: { token: string; apiUrl?: string }): GitHubApi {
  const client = createGitHubClient(options.token, options.apiUrl)
  return {
    upsertStickyComment: (repo, pullNumber, marker, body) =>
      upsertStickyComment(client, repo, pullNumber, marker, body),
    createCheckRun: (repo, run) => createCheckRun(client, repo, run),
    changedFiles: (repo, pullNumber) => changedFiles(client, repo, pullNumber),
    getPullRequest: (repo, pullNumber) => getPullRequest(client, repo, pullNumber),
    openOrUpdatePullRequest: (repo, change) => openOrUpdatePullRequest(client, repo, change),
    openPullRequestFiles: (repo, proposal) => openPullRequestFiles(client, repo, proposal)
  }
}

/** GitHub refuses a check run summary longer than this. */
export const MAX_CHECK_SUMMARY_CHARS = 65_535
const SUMMARY_CUT_NOTE = '\n\n… (cut to fit the check run; the job summary has the full report)'

async function createCheckRun(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  run: CheckRunRequest
): Promise<{ url: string }> {
  const { data } = await call(
    `create the check run '${run.name}' on ${run.headSha.slice(0, 7)}`,
    CHECK_RUN_HINTS,
    () =>
      octokit.rest.checks.create({
        ...repo,
        name: run.name,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        output: { title: run.title, summary: fitCheckSummary(run.summary) }
      })
  )
  return { url: data.html_url ?? data.url }
}

export function fitCheckSummary(summary: string): string {
  if (summary.length <= MAX_CHECK_SUMMARY_CHARS) return summary
  return summary.slice(0, MAX_CHECK_SUMMARY_CHARS - SUMMARY_CUT_NOTE.length) + SUMMARY_CUT_NOTE
}

async function changedFiles(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  pullNumber: number
): Promise<string[]> {
  const files = await call(
    `list the files changed by #${pullNumber}`,
    PULL_REQUEST_READ_HINTS,
    () =>
      octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100
      })
  )
  // A prompt moved to a new name changes what the suite that used the old name runs.
  const paths = files.flatMap(file =>
    file.previous_filename ? [file.previous_filename, file.filename] : [file.filename]
  )
  return [...new Set(paths)]
}

async function getPullRequest(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  pullNumber: number
): Promise<PullRequestInfo> {
  const { data } = await call(`read pull request #${pullNumber}`, PULL_REQUEST_READ_HINTS, () =>
    octokit.rest.pulls.get({ ...repo, pull_number: pullNumber })
  )
  return {
    number: data.number,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    headRepo: data.head.repo?.full_name ?? '',
    baseRepo: data.base.repo.full_name,
    state: data.state
  }
}
