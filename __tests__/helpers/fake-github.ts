/**
 * A fake GitHub REST API on 127.0.0.1 for one repository, with in-memory state: just the
 * endpoints `src/action/github.ts` calls, answering in GitHub's shapes (pagination by `per_page`
 * and `page` with a `Link` header, `{ message, documentation_url }` errors, 422s where GitHub
 * refuses). Git objects are content-addressed: a blob's SHA is git's own, and equal trees get
 * equal SHAs, so tests can tell "nothing changed" from "a new commit".
 *
 * Scripted failures (`failOn`) answer a chosen status for requests matching a method and path,
 * before any route runs.
 */
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { sendJson, startTestServer, type RecordedRequest, type TestServer } from './http-server.js'

export interface FakeUser {
  login: string
  type: 'User' | 'Bot'
}

/** Who `GITHUB_TOKEN` acts as. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: FakeUser
  /** How many times the comment was edited after it was created. */
  edits: number
}

export interface FakeCheckRun {
  id: number
  name: string
  headSha: string
  status: string
  conclusion: string
  title: string
  summary: string
}

export interface FakeChangedFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  previousFilename?: string
}

export interface FakePull {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  head: { ref: string; sha: string; repo: string | null }
  base: { ref: string; sha: string; repo: string }
  files: FakeChangedFile[]
}

export interface FakeCommit {
  sha: string
  tree: string
  parents: string[]
  message: string
}

export interface FakeFailure {
  /** Any method when omitted. */
  method?: string
  /** Matched against the decoded path, e.g. `/check-runs$/`. */
  path: RegExp
  status: number
  /** GitHub's `message`; a plausible one for the status when omitted. */
  message?: string
  /** How many requests fail; every one when omitted. */
  times?: number
}

export interface FakeGitHubState {
  owner: string
  repo: string
  defaultBranch: string
  /** Who comments, check runs and pull requests are made by. */
  actor: FakeUser
  comments: FakeComment[]
  checkRuns: FakeCheckRun[]
  pulls: FakePull[]
  /** Branch name → commit SHA. */
  refs: Map<string, string>
  /** Blob SHA → content as UTF-8. */
  blobs: Map<string, string>
  /** Tree SHA → (full path → blob SHA); trees are flat, as the tests only read files. */
  trees: Map<string, Map<string, string>>
  commits: Map<string, FakeCommit>
  failures: FakeFailure[]
  /** The next id for comments and check runs (unique across the fake, as on GitHub). */
  nextId: number
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** When set, any other token is answered 401 `Bad credentials`. */
  token?: string
}

export interface FakeGitHub extends TestServer {
  state: FakeGitHubState
  /** A new commit on `branch` (created if missing) with these files on top of its tree. */
  seedBranch(branch: string, files: Record<string, string>, message?: string): string
  addComment(issueNumber: number, body: string, user?: FakeUser): FakeComment
  addPullRequest(pull: Partial<FakePull> & { number: number }): FakePull
  commentsOn(issueNumber: number): FakeComment[]
  /** The files at the tip of a branch, path → content; undefined when there is no such branch. */
  filesOn(branch: string): Record<string, string> | undefined
  /** The commit at the tip of a branch. */
  headOf(branch: string): FakeCommit | undefined
  failOn(failure: FakeFailure): void
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = createFakeGitHubState(options)
  const server = await startTestServer(fakeGitHubHandler(state, options.token))
  return {
    ...server,
    state,
    seedBranch: (branch, files, message = 'seed') => seedBranch(state, branch, files, message),
    addComment: (issueNumber, body, user = ACTIONS_BOT) =>
      addComment(state, issueNumber, body, user),
    addPullRequest: pull => addPullRequest(state, pull),
    commentsOn: issueNumber => state.comments.filter(c => c.issueNumber === issueNumber),
    filesOn: branch => filesOn(state, branch),
    headOf: branch => state.commits.get(state.refs.get(branch) ?? ''),
    failOn: failure => void state.failures.push(failure)
  }
}

export function createFakeGitHubState(options: FakeGitHubOptions = {}): FakeGitHubState {
  const state: FakeGitHubState = {
    owner: options.owner ?? 'toad-eye',
    repo: options.repo ?? 'demo',
    defaultBranch: options.defaultBranch ?? 'main',
    actor: ACTIONS_BOT,
    comments: [],
    checkRuns: [],
    pulls: [],
    refs: new Map(),
    blobs: new Map(),
    trees: new Map(),
    commits: new Map(),
    failures: [],
    nextId: 1000
  }
  seedBranch(state, state.defaultBranch, { 'README.md': '# demo\n' }, 'Initial commit')
  return state
}

// ---------------------------------------------------------------------------------------------
// Routing

type RouteHandler = (
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) => void

const ROUTES: Array<[method: string, path: RegExp, handler: RouteHandler]> = [
  ['GET', /^$/, getRepository],
  ['GET', /^\/issues\/(\d+)\/comments$/, listComments],
  ['POST', /^\/issues\/(\d+)\/comments$/, createComment],
  ['PATCH', /^\/issues\/comments\/(\d+)$/, updateComment],
  ['POST', /^\/check-runs$/, createCheckRun],
  ['GET', /^\/pulls$/, listPulls],
  ['POST', /^\/pulls$/, createPull],
  ['GET', /^\/pulls\/(\d+)$/, getPull],
  ['PATCH', /^\/pulls\/(\d+)$/, updatePull],
  ['GET', /^\/pulls\/(\d+)\/files$/, listPullFiles],
  ['GET', /^\/git\/ref\/heads\/(.+)$/, getRef],
  ['POST', /^\/git\/refs$/, createRef],
  ['PATCH', /^\/git\/refs\/heads\/(.+)$/, updateRef],
  ['POST', /^\/git\/blobs$/, createBlob],
  ['POST', /^\/git\/trees$/, createTree],
  ['POST', /^\/git\/commits$/, createCommit],
  ['GET', /^\/git\/commits\/([0-9a-f]{40})$/, getCommit],
  ['GET', /^\/git\/trees\/([0-9a-f]{40})$/, getTree],
  ['GET', /^\/git\/blobs\/([0-9a-f]{40})$/, getBlob]
]

export function fakeGitHubHandler(state: FakeGitHubState, token?: string) {
  return (req: RecordedRequest, res: ServerResponse): void => {
    const authorization = req.headers.authorization ?? ''
    if (authorization === '') return sendError(res, 401, 'Requires authentication')
    if (token !== undefined && !authorization.endsWith(` ${token}`)) {
      return sendError(res, 401, 'Bad credentials')
    }
    const failure = takeFailure(state, req)
    if (failure) return sendError(res, failure.status, failure.message ?? defaultMessage(failure))

    const prefix = `/repos/${state.owner}/${state.repo}`
    if (!req.path.startsWith(prefix)) return sendError(res, 404, 'Not Found')
    const rest = req.path.slice(prefix.length)
    for (const [method, pattern, handler] of ROUTES) {
      const match = pattern.exec(rest)
      if (match && method === req.method) return handler(state, match, req, res)
    }
    sendError(res, 404, 'Not Found')
  }
}

function takeFailure(state: FakeGitHubState, req: RecordedRequest): FakeFailure | undefined {
  const failure = state.failures.find(
    candidate =>
      (candidate.method === undefined || candidate.method === req.method) &&
      candidate.path.test(req.path) &&
      (candidate.times === undefined || candidate.times > 0)
  )
  if (failure?.times !== undefined) failure.times -= 1
  return failure
}

function defaultMessage(failure: FakeFailure): string {
  if (failure.status === 403) return 'Resource not accessible by integration'
  if (failure.status === 404) return 'Not Found'
  if (failure.status >= 500) return 'Server Error'
  return 'Validation Failed'
}

function sendError(res: ServerResponse, status: number, message: string, errors?: unknown[]) {
  sendJson(res, status, {
    message,
    ...(errors ? { errors } : {}),
    documentation_url: 'https://docs.github.com/rest',
    status: String(status)
  })
}

/** One page of `items` by `per_page` (default 30, at most 100) and `page`, with GitHub's `Link` header. */
function sendPage(req: RecordedRequest, res: ServerResponse, items: unknown[]): void {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30)))
  const page = Math.max(1, Number(req.query.get('page') ?? 1))
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const pageUrl = (n: number) => {
    const query = new URLSearchParams(req.query)
    query.set('page', String(n))
    return `http://${req.headers.host}${req.rawPath}?${query.toString()}`
  }
  const links: string[] = []
  if (page < lastPage)
    links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`)
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
  const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
  sendJson(res, 200, items.slice((page - 1) * perPage, page * perPage), headers)
}

function jsonBody(req: RecordedRequest): Record<string, unknown> {
  const parsed: unknown = req.body === '' ? {} : JSON.parse(req.body)
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
}

function text(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field]
  return typeof value === 'string' ? value : undefined
}

function webUrl(state: FakeGitHubState, path: string): string {
  return `https://github.com/${state.owner}/${state.repo}/${path}`
}

function fullName(state: FakeGitHubState): string {
  return `${state.owner}/${state.repo}`
}

// ---------------------------------------------------------------------------------------------
// Repository, comments and check runs

function getRepository(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  _q: RecordedRequest,
  res: ServerResponse
) {
  sendJson(res, 200, {
    name: state.repo,
    full_name: fullName(state),
    owner: { login: state.owner },
    default_branch: state.defaultBranch
  })
}

function addComment(state: FakeGitHubState, issueNumber: number, body: string, user: FakeUser) {
  const comment: FakeComment = { id: state.nextId++, issueNumber, body, user, edits: 0 }
  state.comments.push(comment)
  return comment
}

function commentJson(state: FakeGitHubState, comment: FakeComment) {
  return {
    id: comment.id,
    body: comment.body,
    user: { login: comment.user.login, type: comment.user.type },
    html_url: webUrl(state, `pull/${comment.issueNumber}#issuecomment-${comment.id}`)
  }
}

function listComments(
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const issueNumber = Number(match[1])
  const comments = state.comments.filter(comment => comment.issueNumber === issueNumber)
  sendPage(
    req,
    res,
    comments.map(comment => commentJson(state, comment))
  )
}

function createComment(
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = text(jsonBody(req), 'body')
  if (body === undefined) return sendError(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.')
  const comment = addComment(state, Number(match[1]), body, state.actor)
  sendJson(res, 201, commentJson(state, comment))
}

function updateComment(
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const comment = state.comments.find(candidate => candidate.id === Number(match[1]))
  const body = text(jsonBody(req), 'body')
  if (!comment) return sendError(res, 404, 'Not Found')
  if (body === undefined) return sendError(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.')
  comment.body = body
  comment.edits += 1
  sendJson(res, 200, commentJson(state, comment))
}

function createCheckRun(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = jsonBody(req)
  const output = (body.output ?? {}) as Record<string, unknown>
  const run: FakeCheckRun = {
    id: state.nextId++,
    name: text(body, 'name') ?? '',
    headSha: text(body, 'head_sha') ?? '',
    status: text(body, 'status') ?? 'queued',
    conclusion: text(body, 'conclusion') ?? '',
    title: text(output, 'title') ?? '',
    summary: text(output, 'summary') ?? ''
  }
  if (run.name === '' || run.headSha === '') return sendError(res, 422, 'Validation Failed')
  state.checkRuns.push(run)
  sendJson(res, 201, {
    id: run.id,
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    url: `http://${req.headers.host}/repos/${fullName(state)}/check-runs/${run.id}`,
    html_url: webUrl(state, `runs/${run.id}`),
    output: { title: run.title, summary: run.summary }
  })
}

// ---------------------------------------------------------------------------------------------
// Pull requests

function addPullRequest(
  state: FakeGitHubState,
  pull: Partial<FakePull> & { number: number }
): FakePull {
  const baseSha = state.refs.get(state.defaultBranch) ?? ''
  const added: FakePull = {
    title: `Pull request #${pull.number}`,
    body: '',
    state: 'open',
    head: { ref: `feature-${pull.number}`, sha: 'a'.repeat(40), repo: fullName(state) },
    base: { ref: state.defaultBranch, sha: baseSha, repo: fullName(state) },
    files: [],
    ...pull
  }
  state.pulls.push(added)
  return added
}

function pullJson(state: FakeGitHubState, pull: FakePull) {
  return {
    number: pull.number,
    html_url: webUrl(state, `pull/${pull.number}`),
    title: pull.title,
    body: pull.body,
    state: pull.state,
    head: {
      ref: pull.head.ref,
      sha: pull.head.sha,
      label: `${pull.head.repo?.split('/')[0] ?? 'unknown'}:${pull.head.ref}`,
      repo: pull.head.repo === null ? null : { full_name: pull.head.repo }
    },
    base: { ref: pull.base.ref, sha: pull.base.sha, repo: { full_name: pull.base.repo } }
  }
}

function getPull(
  state: FakeGitHubState,
  match: RegExpExecArray,
  _q: RecordedRequest,
  res: ServerResponse
) {
  const pull = state.pulls.find(candidate => candidate.number === Number(match[1]))
  if (!pull) return sendError(res, 404, 'Not Found')
  sendJson(res, 200, pullJson(state, pull))
}

/** `head` is `owner:branch`, as GitHub wants it. */
function listPulls(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const head = req.query.get('head')
  const base = req.query.get('base')
  const wanted = req.query.get('state') ?? 'open'
  const pulls = state.pulls.filter(
    pull =>
      (wanted === 'all' || pull.state === wanted) &&
      (head === null || `${pull.head.repo?.split('/')[0]}:${pull.head.ref}` === head) &&
      (base === null || pull.base.ref === base)
  )
  sendPage(
    req,
    res,
    pulls.map(pull => pullJson(state, pull))
  )
}

function createPull(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = jsonBody(req)
  const head = text(body, 'head') ?? ''
  const base = text(body, 'base') ?? ''
  const headSha = state.refs.get(head)
  const baseSha = state.refs.get(base)
  if (headSha === undefined || baseSha === undefined) {
    const field = headSha === undefined ? 'head' : 'base'
    return sendError(res, 422, 'Validation Failed', [
      { resource: 'PullRequest', field, code: 'invalid' }
    ])
  }
  const duplicate = state.pulls.some(
    pull => pull.state === 'open' && pull.head.ref === head && pull.base.ref === base
  )
  if (duplicate) {
    const message = `A pull request already exists for ${state.owner}:${head}.`
    return sendError(res, 422, 'Validation Failed', [
      { resource: 'PullRequest', code: 'custom', message }
    ])
  }
  const pull = addPullRequest(state, {
    // Pull requests are numbered per repository; ids are global.
    number: Math.max(0, ...state.pulls.map(existing => existing.number)) + 1,
    title: text(body, 'title') ?? '',
    body: text(body, 'body') ?? '',
    head: { ref: head, sha: headSha, repo: fullName(state) },
    base: { ref: base, sha: baseSha, repo: fullName(state) }
  })
  sendJson(res, 201, pullJson(state, pull))
}

function updatePull(
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const pull = state.pulls.find(candidate => candidate.number === Number(match[1]))
  if (!pull) return sendError(res, 404, 'Not Found')
  const body = jsonBody(req)
  pull.title = text(body, 'title') ?? pull.title
  pull.body = text(body, 'body') ?? pull.body
  sendJson(res, 200, pullJson(state, pull))
}

function listPullFiles(
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const pull = state.pulls.find(candidate => candidate.number === Number(match[1]))
  if (!pull) return sendError(res, 404, 'Not Found')
  const files = pull.files.map(file => ({
    filename: file.filename,
    status: file.status,
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {})
  }))
  sendPage(req, res, files)
}

// ---------------------------------------------------------------------------------------------
// Git data: refs, blobs, trees, commits

function refJson(branch: string, sha: string) {
  return { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } }
}

function getRef(
  state: FakeGitHubState,
  match: RegExpExecArray,
  _q: RecordedRequest,
  res: ServerResponse
) {
  const branch = match[1] ?? ''
  const sha = state.refs.get(branch)
  if (sha === undefined) return sendError(res, 404, 'Not Found')
  sendJson(res, 200, refJson(branch, sha))
}

function createRef(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = jsonBody(req)
  const ref = text(body, 'ref') ?? ''
  const sha = text(body, 'sha') ?? ''
  if (!ref.startsWith('refs/heads/'))
    return sendError(res, 422, 'Reference name must start with refs/')
  if (!state.commits.has(sha)) return sendError(res, 422, 'Object does not exist')
  const branch = ref.slice('refs/heads/'.length)
  if (state.refs.has(branch)) return sendError(res, 422, 'Reference already exists')
  state.refs.set(branch, sha)
  sendJson(res, 201, refJson(branch, sha))
}

function updateRef(
  state: FakeGitHubState,
  match: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const branch = match[1] ?? ''
  const body = jsonBody(req)
  const sha = text(body, 'sha') ?? ''
  const current = state.refs.get(branch)
  if (current === undefined) return sendError(res, 422, 'Reference does not exist')
  if (!state.commits.has(sha)) return sendError(res, 422, 'Object does not exist')
  if (body.force !== true && !isAncestor(state, current, sha)) {
    return sendError(res, 422, 'Update is not a fast forward')
  }
  moveBranch(state, branch, sha)
  sendJson(res, 200, refJson(branch, sha))
}

/** Moves the branch and, as GitHub does, the head of open pull requests from it. */
function moveBranch(state: FakeGitHubState, branch: string, sha: string): void {
  state.refs.set(branch, sha)
  for (const pull of state.pulls) {
    if (pull.state === 'open' && pull.head.ref === branch) pull.head.sha = sha
  }
}

function isAncestor(state: FakeGitHubState, ancestor: string, descendant: string): boolean {
  const pending = [descendant]
  while (pending.length > 0) {
    const sha = pending.pop() ?? ''
    if (sha === ancestor) return true
    pending.push(...(state.commits.get(sha)?.parents ?? []))
  }
  return false
}

/** Git's own blob id, so a test can compute the SHA a file must have. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

function storeBlob(state: FakeGitHubState, content: string): string {
  const sha = gitBlobSha(content)
  state.blobs.set(sha, content)
  return sha
}

function storeTree(state: FakeGitHubState, entries: Map<string, string>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1))
  const sha = createHash('sha1')
    .update(`tree ${JSON.stringify(sorted)}`)
    .digest('hex')
  state.trees.set(sha, new Map(sorted))
  return sha
}

function storeCommit(
  state: FakeGitHubState,
  tree: string,
  parents: string[],
  message: string
): FakeCommit {
  // The running id stands in for git's timestamp: two commits of the same tree still differ.
  const sha = createHash('sha1')
    .update(JSON.stringify({ tree, parents, message, at: state.nextId++ }))
    .digest('hex')
  const commit = { sha, tree, parents, message }
  state.commits.set(sha, commit)
  return commit
}

function createBlob(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = jsonBody(req)
  const content = text(body, 'content')
  if (content === undefined)
    return sendError(res, 422, 'Invalid request.\n\n"content" wasn\'t supplied.')
  const encoding = text(body, 'encoding') ?? 'utf-8'
  const decoded = encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content
  const sha = storeBlob(state, decoded)
  sendJson(res, 201, {
    sha,
    url: `http://${req.headers.host}/repos/${fullName(state)}/git/blobs/${sha}`
  })
}

/** Entries with `sha` or `content` are written, with `sha: null` deleted, on top of `base_tree`. */
function createTree(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = jsonBody(req)
  const baseTree = text(body, 'base_tree')
  const base = baseTree === undefined ? new Map<string, string>() : state.trees.get(baseTree)
  if (!base) return sendError(res, 422, 'Invalid tree info')
  const entries = new Map(base)
  for (const entry of Array.isArray(body.tree)
    ? (body.tree as Array<Record<string, unknown>>)
    : []) {
    const path = text(entry, 'path') ?? ''
    const content = text(entry, 'content')
    const sha =
      entry.sha === null
        ? null
        : (text(entry, 'sha') ?? (content === undefined ? undefined : storeBlob(state, content)))
    if (sha === null) entries.delete(path)
    else if (sha === undefined || !state.blobs.has(sha))
      return sendError(res, 422, 'Invalid tree info')
    else entries.set(path, sha)
  }
  const sha = storeTree(state, entries)
  sendJson(res, 201, {
    sha,
    tree: [...entries].map(([path, blob]) => ({ path, mode: '100644', type: 'blob', sha: blob }))
  })
}

function commitJson(commit: FakeCommit) {
  return {
    sha: commit.sha,
    message: commit.message,
    tree: { sha: commit.tree },
    parents: commit.parents.map(sha => ({ sha }))
  }
}

function createCommit(
  state: FakeGitHubState,
  _m: RegExpExecArray,
  req: RecordedRequest,
  res: ServerResponse
) {
  const body = jsonBody(req)
  const tree = text(body, 'tree') ?? ''
  const parents = Array.isArray(body.parents) ? body.parents.filter(p => typeof p === 'string') : []
  if (!state.trees.has(tree) || parents.some(parent => !state.commits.has(parent))) {
    return sendError(res, 422, 'Tree SHA does not exist')
  }
  sendJson(res, 201, commitJson(storeCommit(state, tree, parents, text(body, 'message') ?? '')))
}

function getCommit(
  state: FakeGitHubState,
  match: RegExpExecArray,
  _q: RecordedRequest,
  res: ServerResponse
) {
  const commit = state.commits.get(match[1] ?? '')
  if (!commit) return sendError(res, 404, 'Not Found')
  sendJson(res, 200, commitJson(commit))
}

/** Trees are flat path maps here, so every answer is already `recursive`. */
function getTree(
  state: FakeGitHubState,
  match: RegExpExecArray,
  _q: RecordedRequest,
  res: ServerResponse
) {
  const entries = state.trees.get(match[1] ?? '')
  if (!entries) return sendError(res, 404, 'Not Found')
  const tree = [...entries].map(([path, sha]) => ({ path, mode: '100644', type: 'blob', sha }))
  sendJson(res, 200, { sha: match[1], tree, truncated: false })
}

function getBlob(
  state: FakeGitHubState,
  match: RegExpExecArray,
  _q: RecordedRequest,
  res: ServerResponse
) {
  const content = state.blobs.get(match[1] ?? '')
  if (content === undefined) return sendError(res, 404, 'Not Found')
  sendJson(res, 200, {
    sha: match[1],
    encoding: 'base64',
    content: Buffer.from(content).toString('base64')
  })
}

// ---------------------------------------------------------------------------------------------
// Seeding and reading state

function seedBranch(
  state: FakeGitHubState,
  branch: string,
  files: Record<string, string>,
  message: string
): string {
  const parent = state.refs.get(branch)
  const entries = new Map(parent ? state.trees.get(state.commits.get(parent)?.tree ?? '') : [])
  for (const [path, content] of Object.entries(files)) entries.set(path, storeBlob(state, content))
  const commit = storeCommit(state, storeTree(state, entries), parent ? [parent] : [], message)
  moveBranch(state, branch, commit.sha)
  return commit.sha
}

function filesOn(state: FakeGitHubState, branch: string): Record<string, string> | undefined {
  const commit = state.commits.get(state.refs.get(branch) ?? '')
  const tree = commit ? state.trees.get(commit.tree) : undefined
  if (!tree) return undefined
  return Object.fromEntries([...tree].map(([path, blob]) => [path, state.blobs.get(blob) ?? '']))
}
