import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createGitHubApi,
  GitHubApiError,
  MAX_CHECK_SUMMARY_CHARS,
  MAX_COMMENT_CHARS,
  type GitHubApi,
  type RepoRef
} from '../../src/action/github.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startTestServer } from '../helpers/http-server.js'

const TOKEN = 'ghs_fakeTokenForTests123'
const REPO: RepoRef = { owner: 'toad-eye', repo: 'demo' }
const MARKER = '<!-- toad-eval:default -->'
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567'

let github: FakeGitHub
let api: GitHubApi

beforeEach(async () => {
  github = await startFakeGitHub({ token: TOKEN })
  api = createGitHubApi({ token: TOKEN, apiUrl: github.url })
})

afterEach(async () => {
  await github.close()
})

function requestsTo(method: string, path: RegExp) {
  return github.requests.filter(request => request.method === method && path.test(request.path))
}

async function failureOf(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  )
  if (!(error instanceof GitHubApiError))
    throw new Error(`expected a GitHubApiError, got ${String(error)}`)
  return error
}

describe('upsertStickyComment', () => {
  it('creates the comment once, with the marker on its first line, then edits it in place', async () => {
    const first = await api.upsertStickyComment(REPO, 7, MARKER, '## Eval: 3 regressions')
    const second = await api.upsertStickyComment(REPO, 7, MARKER, '## Eval: all passing')

    const [comment, ...others] = github.commentsOn(7)
    expect(others).toEqual([])
    expect(comment).toEqual({
      id: first.id,
      issueNumber: 7,
      body: `${MARKER}\n## Eval: all passing`,
      user: ACTIONS_BOT,
      edits: 1
    })
    expect(first).toEqual({
      id: comment?.id,
      url: `https://github.com/toad-eye/demo/pull/7#issuecomment-${first.id}`,
      created: true
    })
    expect(second).toEqual({ ...first, created: false })
    expect(requestsTo('POST', /\/comments$/)).toHaveLength(1)
    expect(requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
    expect(github.requests[0]?.headers.authorization).toBe(`token ${TOKEN}`)
  })

  it('finds its comment on the second page of a long discussion and never duplicates it', async () => {
    const reviewer = { login: 'octocat', type: 'User' as const }
    for (let i = 1; i <= 120; i++) github.addComment(7, `review note ${i}`, reviewer)
    const ours = github.addComment(7, `${MARKER}\nold report`)

    const result = await api.upsertStickyComment(REPO, 7, MARKER, 'new report')

    expect(result).toEqual({
      id: ours.id,
      url: expect.stringContaining(`#issuecomment-${ours.id}`),
      created: false
    })
    expect(ours.body).toBe(`${MARKER}\nnew report`)
    expect(github.commentsOn(7)).toHaveLength(121)
    expect(requestsTo('POST', /\/comments$/)).toEqual([])
    const pages = requestsTo('GET', /\/issues\/7\/comments$/).map(request => [
      request.query.get('per_page'),
      request.query.get('page')
    ])
    expect(pages).toEqual([
      ['100', null],
      ['100', '2']
    ])
  })

  it('leaves an unchanged comment alone', async () => {
    const ours = github.addComment(7, `${MARKER}\nsame report`)

    const result = await api.upsertStickyComment(REPO, 7, MARKER, 'same report')

    expect(result).toEqual({ id: ours.id, url: expect.any(String), created: false })
    expect(ours.edits).toBe(0)
    expect(requestsTo('PATCH', /comments/)).toEqual([])
  })

  it('keeps a body that already ends with the marker as it is', async () => {
    await api.upsertStickyComment(REPO, 7, MARKER, `report\n\n${MARKER}\n`)
    await api.upsertStickyComment(REPO, 7, MARKER, `report 2\n\n${MARKER}\n`)

    expect(github.commentsOn(7).map(comment => comment.body)).toEqual([`report 2\n\n${MARKER}\n`])
  })

  it('does not take a reply that quotes the marker mid-text for its own comment', async () => {
    const human = { login: 'octocat', type: 'User' as const }
    const reply = github.addComment(
      7,
      `Why does the bot write \`${MARKER}\` in its comment?`,
      human
    )

    const result = await api.upsertStickyComment(REPO, 7, MARKER, 'report')

    expect(result.created).toBe(true)
    expect(reply.body).toBe(`Why does the bot write \`${MARKER}\` in its comment?`)
    expect(github.commentsOn(7)).toHaveLength(2)
  })

  it("prefers the bot's comment when a human's comment also starts with the marker", async () => {
    const human = { login: 'octocat', type: 'User' as const }
    const copied = github.addComment(7, `${MARKER}\ncopied by hand`, human)
    const ours = github.addComment(7, `${MARKER}\nold report`)

    const result = await api.upsertStickyComment(REPO, 7, MARKER, 'new report')

    expect(result.id).toBe(ours.id)
    expect(copied.body).toBe(`${MARKER}\ncopied by hand`)
    expect(ours.body).toBe(`${MARKER}\nnew report`)
  })

  it('keeps one comment per marker, so two suite sets get two comments', async () => {
    await api.upsertStickyComment(REPO, 7, '<!-- toad-eval:chat -->', 'chat report')
    await api.upsertStickyComment(REPO, 7, '<!-- toad-eval:search -->', 'search report')
    await api.upsertStickyComment(REPO, 7, '<!-- toad-eval:chat -->', 'chat report 2')

    expect(github.commentsOn(7).map(comment => comment.body)).toEqual([
      '<!-- toad-eval:chat -->\nchat report 2',
      '<!-- toad-eval:search -->\nsearch report'
    ])
  })

  it('refuses a marker that would show in the comment, before calling GitHub', async () => {
    await expect(api.upsertStickyComment(REPO, 7, 'toad-eval', 'report')).rejects.toThrow(
      "The comment marker must be one HTML comment such as '<!-- toad-eval:default -->', got 'toad-eval'."
    )
    await expect(api.upsertStickyComment(REPO, 7, '<!-- a --> b -->', 'report')).rejects.toThrow(
      'The comment marker must be one HTML comment'
    )
    expect(github.requests).toEqual([])
  })

  it('refuses a body GitHub would reject for its size, before calling GitHub', async () => {
    const body = 'x'.repeat(MAX_COMMENT_CHARS)

    await expect(api.upsertStickyComment(REPO, 7, MARKER, body)).rejects.toThrow(
      `The comment for #7 has ${MAX_COMMENT_CHARS + MARKER.length + 1} characters; GitHub accepts at most 65536.`
    )
    expect(github.requests).toEqual([])
  })

  it('says which permission is missing when the token cannot comment', async () => {
    github.failOn({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403 })

    const error = await failureOf(api.upsertStickyComment(REPO, 7, MARKER, 'report'))

    expect(error.status).toBe(403)
    expect(error.message).toBe(
      'Could not comment on #7: GitHub answered 403 (Resource not accessible by integration). ' +
        'The token cannot comment on pull requests: give the job `permissions: pull-requests: write`. ' +
        'On a pull request from a fork the token is always read-only: post from a `workflow_run` job instead.'
    )
  })

  it('says so when editing the existing comment is forbidden', async () => {
    github.addComment(7, `${MARKER}\nold`)
    github.failOn({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 403 })

    const error = await failureOf(api.upsertStickyComment(REPO, 7, MARKER, 'new'))

    expect(error.message).toMatch(/^Could not update the comment on #7: GitHub answered 403 /)
    expect(error.message).toContain('`permissions: pull-requests: write`')
  })
})

describe('createCheckRun', () => {
  it('creates a completed check run with the summary on the head commit', async () => {
    const result = await api.createCheckRun(REPO, {
      name: 'toad-eval',
      headSha: HEAD_SHA,
      conclusion: 'failure',
      title: '2 regressions',
      summary: '| case | base | head |\n|---|---|---|\n| refund | pass | fail |'
    })

    const [run] = github.state.checkRuns
    expect(result.url).toBe(`https://github.com/toad-eye/demo/runs/${run?.id}`)
    expect(JSON.parse(requestsTo('POST', /\/check-runs$/)[0]?.body ?? '')).toEqual({
      name: 'toad-eval',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: '2 regressions',
        summary: '| case | base | head |\n|---|---|---|\n| refund | pass | fail |'
      }
    })
  })

  it('cuts a summary longer than GitHub accepts, and says where the rest is', async () => {
    const summary = 'y'.repeat(MAX_CHECK_SUMMARY_CHARS + 10)

    await api.createCheckRun(REPO, {
      name: 'toad-eval',
      headSha: HEAD_SHA,
      conclusion: 'success',
      title: 'ok',
      summary
    })

    const posted = github.state.checkRuns[0]?.summary ?? ''
    expect(posted).toHaveLength(MAX_CHECK_SUMMARY_CHARS)
    expect(
      posted.endsWith('\n\n… (cut to fit the check run; the job summary has the full report)')
    ).toBe(true)
  })

  it('asks for `checks: write` when the token cannot create check runs', async () => {
    github.failOn({ method: 'POST', path: /\/check-runs$/, status: 403 })

    const error = await failureOf(
      api.createCheckRun(REPO, {
        name: 'toad-eval',
        headSha: HEAD_SHA,
        conclusion: 'success',
        title: 'ok',
        summary: 'ok'
      })
    )

    expect(error.message).toBe(
      "Could not create the check run 'toad-eval' on 0123456: GitHub answered 403 (Resource not accessible by integration). " +
        'The token cannot create check runs: give the job `permissions: checks: write`. ' +
        'On a pull request from a fork the token is always read-only: post from a `workflow_run` job instead.'
    )
  })
})

describe('changedFiles', () => {
  it('collects the files of every page, and both names of a renamed file', async () => {
    const files = Array.from({ length: 230 }, (_, i) => ({
      filename: `datasets/case-${i}.yaml`,
      status: 'added' as const
    }))
    github.addPullRequest({
      number: 7,
      files: [
        ...files,
        {
          filename: 'prompts/support-v2.md',
          status: 'renamed',
          previousFilename: 'prompts/support.md'
        }
      ]
    })

    const changed = await api.changedFiles(REPO, 7)

    expect(changed).toHaveLength(232)
    expect(changed.slice(0, 2)).toEqual(['datasets/case-0.yaml', 'datasets/case-1.yaml'])
    expect(changed.slice(-3)).toEqual([
      'datasets/case-229.yaml',
      'prompts/support.md',
      'prompts/support-v2.md'
    ])
    expect(
      requestsTo('GET', /\/pulls\/7\/files$/).map(request => request.query.get('page'))
    ).toEqual([null, '2', '3'])
  })

  it('asks for `pull-requests: read` when the pull request cannot be read', async () => {
    const error = await failureOf(api.changedFiles(REPO, 404))

    expect(error.status).toBe(404)
    expect(error.message).toBe(
      'Could not list the files changed by #404: GitHub answered 404 (Not Found). ' +
        'The pull request was not found, or the token cannot read it: give the job `permissions: pull-requests: read`.'
    )
  })
})

describe('getPullRequest', () => {
  it('reports the head and base of a pull request from a fork', async () => {
    github.addPullRequest({
      number: 7,
      head: { ref: 'patch-1', sha: HEAD_SHA, repo: 'contributor/demo' },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: 'toad-eye/demo' }
    })

    expect(await api.getPullRequest(REPO, 7)).toEqual({
      number: 7,
      headSha: HEAD_SHA,
      baseSha: 'b'.repeat(40),
      headRepo: 'contributor/demo',
      baseRepo: 'toad-eye/demo',
      state: 'open'
    })
  })

  it('gives an empty head repository when the fork was deleted', async () => {
    github.addPullRequest({
      number: 8,
      state: 'closed',
      head: { ref: 'patch-1', sha: HEAD_SHA, repo: null }
    })

    const pull = await api.getPullRequest(REPO, 8)

    expect([pull.headRepo, pull.state]).toEqual(['', 'closed'])
  })
})

describe('errors', () => {
  it('says the token was rejected, without ever printing it', async () => {
    const wrongToken = 'ghp_wrongTokenValue987'
    const rejected = createGitHubApi({ token: wrongToken, apiUrl: github.url })

    const error = await failureOf(rejected.getPullRequest(REPO, 7))

    expect(error.message).toBe(
      'Could not read pull request #7: GitHub answered 401 (Bad credentials). ' +
        'The token was rejected: check the `github-token` input.'
    )
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain(wrongToken)
  })

  it('suggests re-running when GitHub fails', async () => {
    github.addPullRequest({ number: 7 })
    github.failOn({ method: 'GET', path: /\/pulls\/7$/, status: 502 })

    const error = await failureOf(api.getPullRequest(REPO, 7))

    expect(error.message).toBe(
      'Could not read pull request #7: GitHub answered 502 (Server Error). GitHub had a problem answering; re-run the job.'
    )
  })

  it('says GitHub could not be reached, with no status', async () => {
    const closed = await startTestServer(() => undefined)
    await closed.close()
    const unreachable = createGitHubApi({ token: TOKEN, apiUrl: `${closed.url}/` })

    const error = await failureOf(unreachable.getPullRequest(REPO, 7))

    expect(error.status).toBeUndefined()
    expect(error.message).toMatch(
      /^Could not read pull request #7: the GitHub API at http:\/\/127\.0\.0\.1:\d+ could not be reached \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)\.$/
    )
  })
})
