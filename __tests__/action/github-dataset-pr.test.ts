import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  assertSafeRepositoryPath,
  createGitHubApi,
  GitHubApiError,
  type GitHubApi,
  type PullRequestChange,
  type RepoRef
} from '../../src/action/github.js'
import { gitBlobSha, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const TOKEN = 'ghs_fakeTokenForTests123'
const REPO: RepoRef = { owner: 'toad-eye', repo: 'demo' }
const BRANCH = 'toad-eval/nightly-export'

let github: FakeGitHub
let api: GitHubApi

beforeEach(async () => {
  github = await startFakeGitHub({ token: TOKEN })
  api = createGitHubApi({ token: TOKEN, apiUrl: github.url })
})

afterEach(async () => {
  await github.close()
})

function nightly(date: string, files: Record<string, string>): PullRequestChange {
  return {
    baseBranch: 'main',
    branch: BRANCH,
    title: `Eval datasets: new cases from ${date}`,
    body: `Traces scanned on ${date}.`,
    commitMessage: `Add eval cases from ${date}`,
    files: Object.entries(files).map(([path, content]) => ({ path, content }))
  }
}

function requestsTo(method: string, path: RegExp) {
  return github.requests.filter(request => request.method === method && path.test(request.path))
}

describe('openOrUpdatePullRequest', () => {
  it('commits the files on a new branch from the base head and opens a pull request', async () => {
    const baseHead = github.state.refs.get('main')

    const result = await api.openOrUpdatePullRequest(
      REPO,
      nightly('2025-11-26', { 'evals/datasets/checkout.yaml': 'cases:\n  - id: c1\n' })
    )

    expect(result).toEqual({
      url: 'https://github.com/toad-eye/demo/pull/1',
      number: 1,
      created: true
    })
    expect(github.filesOn(BRANCH)).toEqual({
      'README.md': '# demo\n',
      'evals/datasets/checkout.yaml': 'cases:\n  - id: c1\n'
    })
    expect(github.headOf(BRANCH)).toMatchObject({
      parents: [baseHead],
      message: 'Add eval cases from 2025-11-26'
    })
    expect(github.state.pulls).toEqual([
      expect.objectContaining({
        number: 1,
        title: 'Eval datasets: new cases from 2025-11-26',
        body: 'Traces scanned on 2025-11-26.',
        state: 'open',
        head: { ref: BRANCH, sha: github.state.refs.get(BRANCH), repo: 'toad-eye/demo' },
        base: { ref: 'main', sha: baseHead, repo: 'toad-eye/demo' }
      })
    ])
    expect(requestsTo('POST', /\/git\/blobs$/).map(r => JSON.parse(r.body))).toEqual([
      { content: Buffer.from('cases:\n  - id: c1\n').toString('base64'), encoding: 'base64' }
    ])
    const [treeRequest] = requestsTo('POST', /\/git\/trees$/).map(r => JSON.parse(r.body))
    expect(treeRequest).toEqual({
      base_tree: github.state.commits.get(baseHead ?? '')?.tree,
      tree: [
        {
          path: 'evals/datasets/checkout.yaml',
          mode: '100644',
          type: 'blob',
          sha: gitBlobSha('cases:\n  - id: c1\n')
        }
      ]
    })
    expect(requestsTo('POST', /\/git\/refs$/).map(r => JSON.parse(r.body))).toEqual([
      { ref: `refs/heads/${BRANCH}`, sha: github.state.refs.get(BRANCH) }
    ])
  })

  it('resets the branch onto the moved base and updates the open pull request the next night', async () => {
    await api.openOrUpdatePullRequest(REPO, nightly('2025-11-26', { 'datasets/a.yaml': 'v1\n' }))
    const newBaseHead = github.seedBranch('main', { 'src/app.ts': 'export {}\n' }, 'Merge #5')

    const result = await api.openOrUpdatePullRequest(
      REPO,
      nightly('2025-11-27', { 'datasets/a.yaml': 'v2\n', 'datasets/b.yaml': 'b\n' })
    )

    expect(result).toEqual({
      url: 'https://github.com/toad-eye/demo/pull/1',
      number: 1,
      created: false
    })
    expect(github.state.pulls).toHaveLength(1)
    expect(github.state.pulls[0]).toMatchObject({
      title: 'Eval datasets: new cases from 2025-11-27',
      body: 'Traces scanned on 2025-11-27.',
      head: { sha: github.state.refs.get(BRANCH) }
    })
    expect(github.headOf(BRANCH)?.parents).toEqual([newBaseHead])
    expect(github.filesOn(BRANCH)).toEqual({
      'README.md': '# demo\n',
      'src/app.ts': 'export {}\n',
      'datasets/a.yaml': 'v2\n',
      'datasets/b.yaml': 'b\n'
    })
    expect(
      requestsTo('PATCH', /\/git\/refs\/heads\//).map(r => [r.path, JSON.parse(r.body)])
    ).toEqual([
      [
        `/repos/toad-eye/demo/git/refs/heads/${BRANCH}`,
        { sha: github.state.refs.get(BRANCH), force: true }
      ]
    ])
  })

  it('pushes nothing when the branch already holds the same files on the same base', async () => {
    const change = nightly('2025-11-26', { 'datasets/a.yaml': 'v1\n' })
    await api.openOrUpdatePullRequest(REPO, change)
    const head = github.state.refs.get(BRANCH)

    const again = await api.openOrUpdatePullRequest(REPO, change)

    expect(again).toEqual({
      url: 'https://github.com/toad-eye/demo/pull/1',
      number: 1,
      created: false
    })
    expect(github.state.refs.get(BRANCH)).toBe(head)
    expect(requestsTo('POST', /\/git\/commits$/)).toHaveLength(1)
    expect(requestsTo('PATCH', /\/git\/refs\//)).toEqual([])
  })

  it('opens a new pull request when the previous one was closed', async () => {
    await api.openOrUpdatePullRequest(REPO, nightly('2025-11-26', { 'datasets/a.yaml': 'v1\n' }))
    const closed = github.state.pulls[0]
    if (closed) closed.state = 'closed'

    const result = await api.openOrUpdatePullRequest(
      REPO,
      nightly('2025-11-27', { 'datasets/a.yaml': 'v2\n' })
    )

    expect(result).toEqual({
      url: 'https://github.com/toad-eye/demo/pull/2',
      number: 2,
      created: true
    })
    expect(github.state.pulls.map(pull => [pull.number, pull.state])).toEqual([
      [1, 'closed'],
      [2, 'open']
    ])
  })

  it('refuses an empty change, or a branch that is the base, before calling GitHub', async () => {
    await expect(api.openOrUpdatePullRequest(REPO, nightly('2025-11-26', {}))).rejects.toThrow(
      'There are no files to commit; check for changes before opening a pull request.'
    )
    await expect(
      api.openOrUpdatePullRequest(REPO, {
        ...nightly('2025-11-26', { 'a.yaml': 'a' }),
        branch: 'main'
      })
    ).rejects.toThrow(
      "The export branch and the base branch are both 'main'; use a branch of its own."
    )
    await expect(
      api.openOrUpdatePullRequest(REPO, {
        ...nightly('2025-11-26', { 'a.yaml': 'a' }),
        branch: 'refs/heads/nightly'
      })
    ).rejects.toThrow(
      "'refs/heads/nightly' is not a usable branch name (give the short name, e.g. 'main')."
    )
    expect(github.requests).toEqual([])
  })

  it('refuses a file listed twice', async () => {
    const change = nightly('2025-11-26', { 'a.yaml': 'a' })
    change.files.push({ path: 'a.yaml', content: 'b' })

    await expect(api.openOrUpdatePullRequest(REPO, change)).rejects.toThrow(
      "The file 'a.yaml' is listed twice in one commit."
    )
  })

  it('names the missing base branch', async () => {
    const change = { ...nightly('2025-11-26', { 'a.yaml': 'a' }), baseBranch: 'develop' }

    const error = await api.openOrUpdatePullRequest(REPO, change).catch((reason: unknown) => reason)

    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toBe(
      "Could not find the base branch 'develop' in toad-eye/demo. " +
        'The branch or repository was not found, or the token cannot see it: give the job `permissions: contents: write` and `pull-requests: write`.'
    )
  })

  it('asks for `contents: write` when the branch cannot be pushed', async () => {
    github.failOn({ method: 'POST', path: /\/git\/refs$/, status: 403 })

    const error = await api
      .openOrUpdatePullRequest(REPO, nightly('2025-11-26', { 'a.yaml': 'a' }))
      .catch((reason: unknown) => reason)

    expect((error as GitHubApiError).status).toBe(403)
    expect((error as GitHubApiError).message).toBe(
      `Could not create the branch '${BRANCH}': GitHub answered 403 (Resource not accessible by integration). ` +
        'The token cannot push branches or open pull requests: give the job `permissions: contents: write` and `pull-requests: write`.'
    )
  })

  it('points to the repository setting when Actions may not open pull requests', async () => {
    github.failOn({
      method: 'POST',
      path: /\/pulls$/,
      status: 403,
      message: 'GitHub Actions is not permitted to create or approve pull requests.'
    })

    const error = await api
      .openOrUpdatePullRequest(REPO, nightly('2025-11-26', { 'a.yaml': 'a' }))
      .catch((reason: unknown) => reason)

    expect((error as GitHubApiError).message).toBe(
      `Could not open a pull request from '${BRANCH}' to 'main': GitHub answered 403 ` +
        '(GitHub Actions is not permitted to create or approve pull requests.). ' +
        'The repository does not let GitHub Actions open pull requests: enable "Allow GitHub Actions to create and approve pull requests" in Settings → Actions → General.'
    )
  })
})

describe('assertSafeRepositoryPath', () => {
  it.each([
    ['evals/datasets/checkout.yaml'],
    ['datasets/my service.yaml'],
    ['.toad-eval/cache.json'],
    ['docs/.github-notes.md']
  ])('accepts %j', path => {
    expect(() => assertSafeRepositoryPath(path)).not.toThrow()
  })

  it.each([
    ['', 'Refusing to commit "": the path is empty.'],
    [
      '/etc/passwd',
      'Refusing to commit "/etc/passwd": it is absolute; paths are relative to the repository root.'
    ],
    [
      'C:/data.yaml',
      'Refusing to commit "C:/data.yaml": it is absolute; paths are relative to the repository root.'
    ],
    [
      'datasets/../../x.yaml',
      `Refusing to commit "datasets/../../x.yaml": it contains a '..' segment.`
    ],
    ['..', `Refusing to commit "..": it contains a '..' segment.`],
    ['.git/hooks/pre-commit', `Refusing to commit ".git/hooks/pre-commit": it is inside '.git'.`],
    ['vendor/.GIT/config', `Refusing to commit "vendor/.GIT/config": it is inside '.git'.`],
    [
      '.github/workflows/x.yml',
      `Refusing to commit ".github/workflows/x.yml": it is inside '.github', where workflows live.`
    ],
    [
      'datasets//a.yaml',
      `Refusing to commit "datasets//a.yaml": it contains an empty or '.' segment.`
    ],
    ['./a.yaml', `Refusing to commit "./a.yaml": it contains an empty or '.' segment.`],
    [
      'datasets\\a.yaml',
      `Refusing to commit "datasets\\\\a.yaml": it contains a backslash; separate folders with '/'.`
    ],
    ['a\nb.yaml', 'Refusing to commit "a\\nb.yaml": it contains control characters.']
  ])('refuses %j', (path, message) => {
    expect(() => assertSafeRepositoryPath(path)).toThrow(message)
  })

  it('checks every path before anything reaches GitHub', async () => {
    const change = nightly('2025-11-26', {
      'datasets/ok.yaml': 'ok',
      '.github/workflows/evil.yml': 'on: push'
    })

    await expect(api.openOrUpdatePullRequest(REPO, change)).rejects.toThrow(
      `Refusing to commit ".github/workflows/evil.yml": it is inside '.github', where workflows live.`
    )
    expect(github.requests).toEqual([])
  })
})
