/**
 * Turning what Octokit throws into errors a user can act on: what we were doing, what GitHub
 * answered, and which permission or setting fixes it. The token never appears in a message.
 */
import { scrubSecrets } from '../http/secrets.js'
import { truncate } from '../http/text.js'

/** A GitHub API call that failed; `status` is the HTTP status, undefined when GitHub was unreachable. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError'
  readonly status: number | undefined

  constructor(message: string, status: number | undefined, options?: { cause?: unknown }) {
    super(message, options)
    this.status = status
  }
}

/** What to tell the user for a given HTTP status, for one kind of call. */
export type StatusHints = Partial<Record<number, string>>

const FORK_NOTE =
  'On a pull request from a fork the token is always read-only: post from a `workflow_run` job instead.'

export const COMMENT_HINTS: StatusHints = {
  403: `The token cannot comment on pull requests: give the job \`permissions: pull-requests: write\`. ${FORK_NOTE}`,
  404: 'The pull request was not found, or the token cannot read it: give the job `permissions: pull-requests: write`.'
}

export const CHECK_RUN_HINTS: StatusHints = {
  403: `The token cannot create check runs: give the job \`permissions: checks: write\`. ${FORK_NOTE}`,
  404: 'The repository was not found, or the token cannot see it: give the job `permissions: checks: write`.'
}

export const PULL_REQUEST_READ_HINTS: StatusHints = {
  403: 'The token cannot read pull requests: give the job `permissions: pull-requests: read`.',
  404: 'The pull request was not found, or the token cannot read it: give the job `permissions: pull-requests: read`.'
}

export const EXPORT_HINTS: StatusHints = {
  403: 'The token cannot push branches or open pull requests: give the job `permissions: contents: write` and `pull-requests: write`.',
  404: 'The branch or repository was not found, or the token cannot see it: give the job `permissions: contents: write` and `pull-requests: write`.'
}

/** GitHub's own words when the repository forbids workflows to open pull requests. */
const ACTIONS_MAY_NOT_OPEN_PULLS = /not permitted to create or approve pull requests/i
const ACTIONS_MAY_NOT_OPEN_PULLS_HINT =
  'The repository does not let GitHub Actions open pull requests: enable "Allow GitHub Actions to create and approve pull requests" in Settings → Actions → General.'

const UNAUTHORIZED_HINT = 'The token was rejected: check the `github-token` input.'
const SERVER_ERROR_HINT = 'GitHub had a problem answering; re-run the job.'

/** The longest piece of GitHub's answer quoted in a message. */
const MAX_QUOTED_CHARS = 300

export interface FailedCall {
  /** Completes "Could not …", e.g. "create the check run 'toad-eval'". */
  action: string
  hints: StatusHints
  /** Where the request went, named when it got no answer. */
  apiUrl: string
  /** Scrubbed from the whole message. */
  secrets: readonly string[]
}

/** The error to throw for a failed call. */
export function toGitHubApiError(error: unknown, call: FailedCall): GitHubApiError {
  if (error instanceof GitHubApiError) return error
  const status = httpStatusOf(error)
  const message =
    status === undefined
      ? `Could not ${call.action}: the GitHub API at ${call.apiUrl} could not be reached (${rootCauseOf(error)}).`
      : answeredMessage(call, status, githubMessageOf(error))
  return new GitHubApiError(scrubSecrets(message, call.secrets), status, { cause: error })
}

function answeredMessage(call: FailedCall, status: number, said: string): string {
  const hint = hintFor(status, said, call.hints)
  return `Could not ${call.action}: GitHub answered ${status} (${said}).${hint ? ` ${hint}` : ''}`
}

function hintFor(status: number, said: string, hints: StatusHints): string {
  if (ACTIONS_MAY_NOT_OPEN_PULLS.test(said)) return ACTIONS_MAY_NOT_OPEN_PULLS_HINT
  const hint = hints[status]
  if (hint) return hint
  if (status === 401) return UNAUTHORIZED_HINT
  if (status >= 500) return SERVER_ERROR_HINT
  return ''
}

/**
 * The HTTP status of an Octokit error that carries a response. Octokit reports a request that
 * got no answer at all (refused, reset, DNS) with status 500 and no response: that is undefined here.
 */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  if (!('status' in error) || typeof error.status !== 'number') return undefined
  if (!('response' in error) || error.response === undefined) return undefined
  return error.status
}

/** GitHub's `message` (and the first of its `errors`), else whatever the error says; kept short. */
function githubMessageOf(error: unknown): string {
  const data = responseDataOf(error)
  if (isRecord(data) && typeof data.message === 'string') {
    const first = Array.isArray(data.errors) ? describeFieldError(data.errors[0]) : undefined
    return truncate(first ? `${data.message}: ${first}` : data.message, MAX_QUOTED_CHARS)
  }
  if (typeof data === 'string' && data.trim() !== '') return truncate(data.trim(), MAX_QUOTED_CHARS)
  return truncate(messageOf(error), MAX_QUOTED_CHARS)
}

/**
 * The innermost reason a request got no answer ("connect ECONNREFUSED 127.0.0.1:443" rather than
 * "fetch failed"): fetch buries it in `cause`, a level or two down, and a refused connection to
 * several addresses has only a `code`. Read by shape, as the errors may come from another realm.
 */
function rootCauseOf(error: unknown): string {
  let reason = messageOf(error)
  let current = isRecord(error) ? error.cause : undefined
  for (let depth = 0; isRecord(current) && depth < 5; depth++) {
    const said = messageOf(current) || (typeof current.code === 'string' ? current.code : '')
    if (said !== '') reason = said
    current = current.cause
  }
  return truncate(reason, MAX_QUOTED_CHARS)
}

function messageOf(error: unknown): string {
  if (isRecord(error) && typeof error.message === 'string') return error.message
  return String(error)
}

function responseDataOf(error: unknown): unknown {
  if (!isRecord(error) || !isRecord(error.response)) return undefined
  return error.response.data
}

/** One entry of a 422's `errors`: a plain string, or `{ message }`, or `{ resource, field, code }`. */
function describeFieldError(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry
  if (!isRecord(entry)) return undefined
  if (typeof entry.message === 'string') return entry.message
  const parts = [entry.resource, entry.field, entry.code].filter(part => typeof part === 'string')
  return parts.length > 0 ? parts.join(' ') : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
