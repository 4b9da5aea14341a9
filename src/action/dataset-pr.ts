/**
 * The nightly export's pull request, written through the Git Data API (no git CLI, no checkout
 * needed): blobs → a tree on top of the base branch's tree → one commit → the branch → the PR.
 *
 * The branch belongs to the action. Each run resets it to ONE commit on top of the base
 * branch's current head, force-moving it if it existed. The dataset files are computed from a
 * checkout of the base, so they are only correct on top of the base: stacking them onto an
 * older branch would mix in stale content and drift into conflicts. The PR therefore always
 * shows exactly what this export adds to today's base. Commits pushed to the branch by hand are
 * replaced on the next run. A run whose tree and parent match the branch's head leaves it alone.
 * Files not listed keep their content from the base; nothing is deleted.
 */
import { EXPORT_HINTS, GitHubApiError, httpStatusOf } from './github-errors.js'
import type { GitHubClient } from './github-client.js'
import type { PullRequestChange, PullRequestResult, RepoRef } from './github.js'

/** A regular (non-executable) file in a tree being written. */
interface TreeEntry {
  path: string
  mode: '100644'
  type: 'blob'
  sha: string
}

interface BranchHead {
  commitSha: string
  treeSha: string
  parentShas: string[]
}

export async function openOrUpdatePullRequest(
  client: GitHubClient,
  repo: RepoRef,
  change: PullRequestChange
): Promise<PullRequestResult> {
  assertCommittable(change)
  const base = await readBranchHead(client, repo, change.baseBranch)
  if (!base) {
    throw new GitHubApiError(
      `Could not find the base branch '${change.baseBranch}' in ${repo.owner}/${repo.repo}. ${EXPORT_HINTS[404]}`,
      404
    )
  }
  const treeSha = await writeTree(client, repo, base.treeSha, change.files)
  await pointBranchAt(client, repo, change, base, treeSha)
  return openOrUpdatePull(client, repo, change)
}

function assertCommittable(change: PullRequestChange): void {
  if (change.files.length === 0) {
    throw new Error(
      'There are no files to commit; check for changes before opening a pull request.'
    )
  }
  assertBranchName(change.branch)
  assertBranchName(change.baseBranch)
  // The branch is force-moved below: it must never be the branch people merge into.
  if (change.branch === change.baseBranch) {
    throw new Error(
      `The export branch and the base branch are both '${change.branch}'; use a branch of its own.`
    )
  }
  const seen = new Set<string>()
  for (const { path } of change.files) {
    assertSafeRepositoryPath(path)
    if (seen.has(path)) throw new Error(`The file '${path}' is listed twice in one commit.`)
    seen.add(path)
  }
}

function assertBranchName(branch: string): void {
  if (branch === '' || /\s|\.\.|^[-/]|\/$|^refs\//.test(branch)) {
    throw new Error(`'${branch}' is not a usable branch name (give the short name, e.g. 'main').`)
  }
}

/**
 * Paths come from trace data (service names become file names), so they are checked here too,
 * whatever the caller did: relative, no '..', nothing inside `.git` or the workflows folder.
 */
export function assertSafeRepositoryPath(path: string): void {
  const problem = unsafePathProblem(path)
  if (problem) throw new Error(`Refusing to commit ${JSON.stringify(path)}: ${problem}.`)
}

function unsafePathProblem(path: string): string | undefined {
  if (path === '') return 'the path is empty'
  if ([...path].some(char => char.charCodeAt(0) < 0x20)) return 'it contains control characters'
  if (path.includes('\\')) return "it contains a backslash; separate folders with '/'"
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    return 'it is absolute; paths are relative to the repository root'
  }
  const segments = path.split('/')
  if (segments.includes('..')) return "it contains a '..' segment"
  if (segments.some(segment => segment === '' || segment === '.')) {
    return "it contains an empty or '.' segment"
  }
  if (segments.some(segment => segment.toLowerCase() === '.git')) return "it is inside '.git'"
  if (segments[0]?.toLowerCase() === '.github') {
    return "it is inside '.github', where workflows live"
  }
  return undefined
}

/** The branch's head commit and tree, or undefined when the branch does not exist. */
async function readBranchHead(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  branch: string
): Promise<BranchHead | undefined> {
  const commitSha = await call(`read the branch '${branch}'`, EXPORT_HINTS, async () => {
    try {
      const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
      return data.object.sha
    } catch (error) {
      if (httpStatusOf(error) === 404) return undefined
      throw error
    }
  })
  if (commitSha === undefined) return undefined
  const { data: commit } = await call(`read the commit ${commitSha}`, EXPORT_HINTS, () =>
    octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha })
  )
  return { commitSha, treeSha: commit.tree.sha, parentShas: commit.parents.map(p => p.sha) }
}

async function writeTree(
  client: GitHubClient,
  repo: RepoRef,
  baseTreeSha: string,
  files: PullRequestChange['files']
): Promise<string> {
  const { octokit, call } = client
  const entries: TreeEntry[] = []
  // One at a time: GitHub's secondary rate limits punish bursts of content-creating requests.
  for (const file of files) {
    const blobSha = await writeBlob(client, repo, file.path, file.content)
    entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blobSha })
  }
  const { data } = await call('create the tree for the dataset commit', EXPORT_HINTS, () =>
    octokit.rest.git.createTree({ ...repo, base_tree: baseTreeSha, tree: entries })
  )
  return data.sha
}

async function writeBlob(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  path: string,
  content: string
): Promise<string> {
  const { data } = await call(`upload '${path}'`, EXPORT_HINTS, () =>
    octokit.rest.git.createBlob({
      ...repo,
      content: Buffer.from(content, 'utf8').toString('base64'),
      encoding: 'base64'
    })
  )
  return data.sha
}

async function pointBranchAt(
  client: GitHubClient,
  repo: RepoRef,
  change: PullRequestChange,
  base: BranchHead,
  treeSha: string
): Promise<void> {
  const { octokit, call } = client
  const current = await readBranchHead(client, repo, change.branch)
  if (current && isCommitOf(current, treeSha, base.commitSha)) return
  const { data: commit } = await call('create the dataset commit', EXPORT_HINTS, () =>
    octokit.rest.git.createCommit({
      ...repo,
      message: change.commitMessage,
      tree: treeSha,
      parents: [base.commitSha]
    })
  )
  if (current) {
    await call(`move the branch '${change.branch}'`, EXPORT_HINTS, () =>
      octokit.rest.git.updateRef({
        ...repo,
        ref: `heads/${change.branch}`,
        sha: commit.sha,
        force: true
      })
    )
  } else {
    await call(`create the branch '${change.branch}'`, EXPORT_HINTS, () =>
      octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${change.branch}`, sha: commit.sha })
    )
  }
}

/** True when the head already is "this tree, on top of this base": nothing to push. */
function isCommitOf(head: BranchHead, treeSha: string, baseCommitSha: string): boolean {
  return (
    head.treeSha === treeSha && head.parentShas.length === 1 && head.parentShas[0] === baseCommitSha
  )
}

async function openOrUpdatePull(
  { octokit, call }: GitHubClient,
  repo: RepoRef,
  change: PullRequestChange
): Promise<PullRequestResult> {
  const { data: open } = await call(
    `look for an open pull request from '${change.branch}'`,
    EXPORT_HINTS,
    () =>
      octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${change.branch}`,
        base: change.baseBranch,
        state: 'open'
      })
  )
  const existing = open[0]
  if (existing) {
    await call(`update pull request #${existing.number}`, EXPORT_HINTS, () =>
      octokit.rest.pulls.update({
        ...repo,
        pull_number: existing.number,
        title: change.title,
        body: change.body
      })
    )
    return { url: existing.html_url, number: existing.number, created: false }
  }
  const { data: created } = await call(
    `open a pull request from '${change.branch}' to '${change.baseBranch}'`,
    EXPORT_HINTS,
    () =>
      octokit.rest.pulls.create({
        ...repo,
        head: change.branch,
        base: change.baseBranch,
        title: change.title,
        body: change.body
      })
  )
  return { url: created.html_url, number: created.number, created: true }
}

/**
 * What an open dataset pull request proposes under `folder`: the next export builds on it,
 * so cases a person has not merged yet are not dropped when the branch is rebuilt.
 */
export async function openPullRequestFiles(
  client: GitHubClient,
  repo: RepoRef,
  proposal: { baseBranch: string; branch: string; folder: string }
): Promise<Array<{ path: string; content: string }>> {
  const { octokit, call } = client
  const { data: open } = await call(
    `look for an open pull request from '${proposal.branch}'`,
    EXPORT_HINTS,
    () =>
      octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${proposal.branch}`,
        base: proposal.baseBranch,
        state: 'open'
      })
  )
  if (open.length === 0) return []
  const head = await readBranchHead(client, repo, proposal.branch)
  if (!head) return []
  const { data: tree } = await call(`read the tree of '${proposal.branch}'`, EXPORT_HINTS, () =>
    octokit.rest.git.getTree({ ...repo, tree_sha: head.treeSha, recursive: 'true' })
  )
  const prefix = `${proposal.folder.replace(/\/+$/, '')}/`
  const datasets = tree.tree.filter(
    entry =>
      entry.type === 'blob' &&
      typeof entry.path === 'string' &&
      typeof entry.sha === 'string' &&
      entry.path.startsWith(prefix) &&
      /\.eval\.ya?ml$/.test(entry.path)
  )
  return Promise.all(
    datasets.map(async entry => {
      const { data: blob } = await call(`read ${entry.path}`, EXPORT_HINTS, () =>
        octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha! })
      )
      return { path: entry.path!, content: Buffer.from(blob.content, 'base64').toString('utf8') }
    })
  )
}
