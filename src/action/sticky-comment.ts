/**
 * One comment per pull request and marker, edited in place on every push.
 *
 * Our comment is recognised by the hidden marker (an HTML comment such as
 * `<!-- toad-eval:default -->`) standing at the very start or the very end of its body: a reply
 * that quotes the marker mid-text, or a `> ` quote of it, is never taken for ours. When several
 * comments qualify (a human pasted the marker, or two jobs raced), one written by a bot account
 * wins — `GITHUB_TOKEN` posts as `github-actions[bot]` — and the oldest among equals, so the same
 * comment keeps being updated and no new one is created.
 */
import { COMMENT_HINTS } from './github-errors.js'
import type { GitHubClient } from './github-client.js'
import type { RepoRef, StickyCommentResult } from './github.js'

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536

export interface ExistingComment {
  id: number
  body: string
  url: string
  byBot: boolean
}

const HIDDEN_MARKER = /^<!--(?:(?!-->)[\s\S])*-->$/

/** The marker must hide itself in the rendered comment and cannot be closed early. */
export function assertHiddenMarker(marker: string): void {
  if (!HIDDEN_MARKER.test(marker)) {
    throw new Error(
      `The comment marker must be one HTML comment such as '<!-- toad-eval:default -->', got '${marker}'.`
    )
  }
}

export function carriesMarker(body: string, marker: string): boolean {
  const trimmed = body.trim()
  return trimmed.startsWith(marker) || trimmed.endsWith(marker)
}

/** The body as posted: with the marker on its first line unless the caller already placed it. */
export function withMarker(body: string, marker: string): string {
  return carriesMarker(body, marker) ? body : `${marker}\n${body}`
}

/** Ours among the PR's comments (oldest first, as GitHub lists them), or undefined. */
export function pickStickyComment(
  comments: readonly ExistingComment[],
  marker: string
): ExistingComment | undefined {
  const marked = comments.filter(comment => carriesMarker(comment.body, marker))
  return marked.find(comment => comment.byBot) ?? marked[0]
}

export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  marker: string,
  body: string
): Promise<StickyCommentResult> {
  assertHiddenMarker(marker)
  const posted = withMarker(body, marker)
  if (posted.length > MAX_COMMENT_CHARS) {
    throw new Error(
      `The comment for #${pullNumber} has ${posted.length} characters; GitHub accepts at most ${MAX_COMMENT_CHARS}.`
    )
  }
  const existing = pickStickyComment(await listComments(client, repo, pullNumber), marker)
  if (!existing) return createComment(client, repo, pullNumber, posted)
  // An unchanged report is left alone: no "edited" mark, no notification.
  if (existing.body !== posted) await updateComment(client, repo, pullNumber, existing.id, posted)
  return { url: existing.url, id: existing.id, created: false }
}

async function listComments(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  pullNumber: number
): Promise<ExistingComment[]> {
  const comments = await call(`list the comments on #${pullNumber}`, COMMENT_HINTS, () =>
    octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: pullNumber,
      per_page: 100
    })
  )
  return comments.map(comment => ({
    id: comment.id,
    body: comment.body ?? '',
    url: comment.html_url,
    byBot: comment.user?.type === 'Bot'
  }))
}

async function createComment(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  body: string
): Promise<StickyCommentResult> {
  const { data } = await call(`comment on #${pullNumber}`, COMMENT_HINTS, () =>
    octokit.rest.issues.createComment({ ...repo, issue_number: pullNumber, body })
  )
  return { url: data.html_url, id: data.id, created: true }
}

async function updateComment(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  commentId: number,
  body: string
): Promise<void> {
  await call(`update the comment on #${pullNumber}`, COMMENT_HINTS, () =>
    octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body })
  )
}
