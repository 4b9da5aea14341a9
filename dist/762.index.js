export const id = 762;
export const ids = [762];
export const modules = {

/***/ 11762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// UNUSED EXPORTS: GitHubApiError, MAX_CHECK_SUMMARY_CHARS, MAX_COMMENT_CHARS, assertSafeRepositoryPath, fitCheckSummary

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./src/http/secrets.ts
var secrets = __webpack_require__(84861);
// EXTERNAL MODULE: ./src/http/text.ts
var http_text = __webpack_require__(32825);
;// CONCATENATED MODULE: ./src/action/github-errors.ts
/**
 * Turning what Octokit throws into errors a user can act on: what we were doing, what GitHub
 * answered, and which permission or setting fixes it. The token never appears in a message.
 */


/** A GitHub API call that failed; `status` is the HTTP status, undefined when GitHub was unreachable. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
const FORK_NOTE = 'On a pull request from a fork the token is always read-only: post from a `workflow_run` job instead.';
const COMMENT_HINTS = {
    403: `The token cannot comment on pull requests: give the job \`permissions: pull-requests: write\`. ${FORK_NOTE}`,
    404: 'The pull request was not found, or the token cannot read it: give the job `permissions: pull-requests: write`.'
};
const CHECK_RUN_HINTS = {
    403: `The token cannot create check runs: give the job \`permissions: checks: write\`. ${FORK_NOTE}`,
    404: 'The repository was not found, or the token cannot see it: give the job `permissions: checks: write`.'
};
const PULL_REQUEST_READ_HINTS = {
    403: 'The token cannot read pull requests: give the job `permissions: pull-requests: read`.',
    404: 'The pull request was not found, or the token cannot read it: give the job `permissions: pull-requests: read`.'
};
const EXPORT_HINTS = {
    403: 'The token cannot push branches or open pull requests: give the job `permissions: contents: write` and `pull-requests: write`.',
    404: 'The branch or repository was not found, or the token cannot see it: give the job `permissions: contents: write` and `pull-requests: write`.'
};
/** GitHub's own words when the repository forbids workflows to open pull requests. */
const ACTIONS_MAY_NOT_OPEN_PULLS = /not permitted to create or approve pull requests/i;
const ACTIONS_MAY_NOT_OPEN_PULLS_HINT = 'The repository does not let GitHub Actions open pull requests: enable "Allow GitHub Actions to create and approve pull requests" in Settings → Actions → General.';
const UNAUTHORIZED_HINT = 'The token was rejected: check the `github-token` input.';
const SERVER_ERROR_HINT = 'GitHub had a problem answering; re-run the job.';
/** The longest piece of GitHub's answer quoted in a message. */
const MAX_QUOTED_CHARS = 300;
/** The error to throw for a failed call. */
function toGitHubApiError(error, call) {
    if (error instanceof GitHubApiError)
        return error;
    const status = httpStatusOf(error);
    const message = status === undefined
        ? `Could not ${call.action}: the GitHub API at ${call.apiUrl} could not be reached (${rootCauseOf(error)}).`
        : answeredMessage(call, status, githubMessageOf(error));
    return new GitHubApiError((0,secrets/* scrubSecrets */.Zg)(message, call.secrets), status, { cause: error });
}
function answeredMessage(call, status, said) {
    const hint = hintFor(status, said, call.hints);
    return `Could not ${call.action}: GitHub answered ${status} (${said}).${hint ? ` ${hint}` : ''}`;
}
function hintFor(status, said, hints) {
    if (ACTIONS_MAY_NOT_OPEN_PULLS.test(said))
        return ACTIONS_MAY_NOT_OPEN_PULLS_HINT;
    const hint = hints[status];
    if (hint)
        return hint;
    if (status === 401)
        return UNAUTHORIZED_HINT;
    if (status >= 500)
        return SERVER_ERROR_HINT;
    return '';
}
/**
 * The HTTP status of an Octokit error that carries a response. Octokit reports a request that
 * got no answer at all (refused, reset, DNS) with status 500 and no response: that is undefined here.
 */
function httpStatusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    if (!('status' in error) || typeof error.status !== 'number')
        return undefined;
    if (!('response' in error) || error.response === undefined)
        return undefined;
    return error.status;
}
/** GitHub's `message` (and the first of its `errors`), else whatever the error says; kept short. */
function githubMessageOf(error) {
    const data = responseDataOf(error);
    if (isRecord(data) && typeof data.message === 'string') {
        const first = Array.isArray(data.errors) ? describeFieldError(data.errors[0]) : undefined;
        return (0,http_text/* truncate */.xv)(first ? `${data.message}: ${first}` : data.message, MAX_QUOTED_CHARS);
    }
    if (typeof data === 'string' && data.trim() !== '')
        return (0,http_text/* truncate */.xv)(data.trim(), MAX_QUOTED_CHARS);
    return (0,http_text/* truncate */.xv)(messageOf(error), MAX_QUOTED_CHARS);
}
/**
 * The innermost reason a request got no answer ("connect ECONNREFUSED 127.0.0.1:443" rather than
 * "fetch failed"): fetch buries it in `cause`, a level or two down, and a refused connection to
 * several addresses has only a `code`. Read by shape, as the errors may come from another realm.
 */
function rootCauseOf(error) {
    let reason = messageOf(error);
    let current = isRecord(error) ? error.cause : undefined;
    for (let depth = 0; isRecord(current) && depth < 5; depth++) {
        const said = messageOf(current) || (typeof current.code === 'string' ? current.code : '');
        if (said !== '')
            reason = said;
        current = current.cause;
    }
    return (0,http_text/* truncate */.xv)(reason, MAX_QUOTED_CHARS);
}
function messageOf(error) {
    if (isRecord(error) && typeof error.message === 'string')
        return error.message;
    return String(error);
}
function responseDataOf(error) {
    if (!isRecord(error) || !isRecord(error.response))
        return undefined;
    return error.response.data;
}
/** One entry of a 422's `errors`: a plain string, or `{ message }`, or `{ resource, field, code }`. */
function describeFieldError(entry) {
    if (typeof entry === 'string')
        return entry;
    if (!isRecord(entry))
        return undefined;
    if (typeof entry.message === 'string')
        return entry.message;
    const parts = [entry.resource, entry.field, entry.code].filter(part => typeof part === 'string');
    return parts.length > 0 ? parts.join(' ') : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}

;// CONCATENATED MODULE: ./src/action/github-client.ts
/**
 * The Octokit instance and the one wrapper every call goes through, shared by the modules behind
 * `GitHubApi`. Nothing outside `src/action/github*.ts`, `sticky-comment.ts` and `dataset-pr.ts`
 * sees these types.
 */


const DEFAULT_API_URL = 'https://api.github.com';
function createGitHubClient(token, apiUrl = DEFAULT_API_URL) {
    // Octokit joins paths onto the base URL as given, so a trailing slash would double up.
    const baseUrl = apiUrl.replace(/\/+$/, '');
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl });
    return {
        octokit,
        async call(action, hints, request) {
            try {
                return await request();
            }
            catch (error) {
                throw toGitHubApiError(error, { action, hints, apiUrl: baseUrl, secrets: [token] });
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/action/dataset-pr.ts
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

async function openOrUpdatePullRequest(client, repo, change) {
    assertCommittable(change);
    const base = await readBranchHead(client, repo, change.baseBranch);
    if (!base) {
        throw new GitHubApiError(`Could not find the base branch '${change.baseBranch}' in ${repo.owner}/${repo.repo}. ${EXPORT_HINTS[404]}`, 404);
    }
    const treeSha = await writeTree(client, repo, base.treeSha, change.files);
    await pointBranchAt(client, repo, change, base, treeSha);
    return openOrUpdatePull(client, repo, change);
}
function assertCommittable(change) {
    if (change.files.length === 0) {
        throw new Error('There are no files to commit; check for changes before opening a pull request.');
    }
    assertBranchName(change.branch);
    assertBranchName(change.baseBranch);
    // The branch is force-moved below: it must never be the branch people merge into.
    if (change.branch === change.baseBranch) {
        throw new Error(`The export branch and the base branch are both '${change.branch}'; use a branch of its own.`);
    }
    const seen = new Set();
    for (const { path } of change.files) {
        assertSafeRepositoryPath(path);
        if (seen.has(path))
            throw new Error(`The file '${path}' is listed twice in one commit.`);
        seen.add(path);
    }
}
function assertBranchName(branch) {
    if (branch === '' || /\s|\.\.|^[-/]|\/$|^refs\//.test(branch)) {
        throw new Error(`'${branch}' is not a usable branch name (give the short name, e.g. 'main').`);
    }
}
/**
 * Paths come from trace data (service names become file names), so they are checked here too,
 * whatever the caller did: relative, no '..', nothing inside `.git` or the workflows folder.
 */
function assertSafeRepositoryPath(path) {
    const problem = unsafePathProblem(path);
    if (problem)
        throw new Error(`Refusing to commit ${JSON.stringify(path)}: ${problem}.`);
}
function unsafePathProblem(path) {
    if (path === '')
        return 'the path is empty';
    if ([...path].some(char => char.charCodeAt(0) < 0x20))
        return 'it contains control characters';
    if (path.includes('\\'))
        return "it contains a backslash; separate folders with '/'";
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
        return 'it is absolute; paths are relative to the repository root';
    }
    const segments = path.split('/');
    if (segments.includes('..'))
        return "it contains a '..' segment";
    if (segments.some(segment => segment === '' || segment === '.')) {
        return "it contains an empty or '.' segment";
    }
    if (segments.some(segment => segment.toLowerCase() === '.git'))
        return "it is inside '.git'";
    if (segments[0]?.toLowerCase() === '.github') {
        return "it is inside '.github', where workflows live";
    }
    return undefined;
}
/** The branch's head commit and tree, or undefined when the branch does not exist. */
async function readBranchHead({ octokit, call }, repo, branch) {
    const commitSha = await call(`read the branch '${branch}'`, EXPORT_HINTS, async () => {
        try {
            const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        }
        catch (error) {
            if (httpStatusOf(error) === 404)
                return undefined;
            throw error;
        }
    });
    if (commitSha === undefined)
        return undefined;
    const { data: commit } = await call(`read the commit ${commitSha}`, EXPORT_HINTS, () => octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha }));
    return { commitSha, treeSha: commit.tree.sha, parentShas: commit.parents.map(p => p.sha) };
}
async function writeTree(client, repo, baseTreeSha, files) {
    const { octokit, call } = client;
    const entries = [];
    // One at a time: GitHub's secondary rate limits punish bursts of content-creating requests.
    for (const file of files) {
        const blobSha = await writeBlob(client, repo, file.path, file.content);
        entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blobSha });
    }
    const { data } = await call('create the tree for the dataset commit', EXPORT_HINTS, () => octokit.rest.git.createTree({ ...repo, base_tree: baseTreeSha, tree: entries }));
    return data.sha;
}
async function writeBlob({ octokit, call }, repo, path, content) {
    const { data } = await call(`upload '${path}'`, EXPORT_HINTS, () => octokit.rest.git.createBlob({
        ...repo,
        content: Buffer.from(content, 'utf8').toString('base64'),
        encoding: 'base64'
    }));
    return data.sha;
}
async function pointBranchAt(client, repo, change, base, treeSha) {
    const { octokit, call } = client;
    const current = await readBranchHead(client, repo, change.branch);
    if (current && isCommitOf(current, treeSha, base.commitSha))
        return;
    const { data: commit } = await call('create the dataset commit', EXPORT_HINTS, () => octokit.rest.git.createCommit({
        ...repo,
        message: change.commitMessage,
        tree: treeSha,
        parents: [base.commitSha]
    }));
    if (current) {
        await call(`move the branch '${change.branch}'`, EXPORT_HINTS, () => octokit.rest.git.updateRef({
            ...repo,
            ref: `heads/${change.branch}`,
            sha: commit.sha,
            force: true
        }));
    }
    else {
        await call(`create the branch '${change.branch}'`, EXPORT_HINTS, () => octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${change.branch}`, sha: commit.sha }));
    }
}
/** True when the head already is "this tree, on top of this base": nothing to push. */
function isCommitOf(head, treeSha, baseCommitSha) {
    return (head.treeSha === treeSha && head.parentShas.length === 1 && head.parentShas[0] === baseCommitSha);
}
async function openOrUpdatePull({ octokit, call }, repo, change) {
    const { data: open } = await call(`look for an open pull request from '${change.branch}'`, EXPORT_HINTS, () => octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${change.branch}`,
        base: change.baseBranch,
        state: 'open'
    }));
    const existing = open[0];
    if (existing) {
        await call(`update pull request #${existing.number}`, EXPORT_HINTS, () => octokit.rest.pulls.update({
            ...repo,
            pull_number: existing.number,
            title: change.title,
            body: change.body
        }));
        return { url: existing.html_url, number: existing.number, created: false };
    }
    const { data: created } = await call(`open a pull request from '${change.branch}' to '${change.baseBranch}'`, EXPORT_HINTS, () => octokit.rest.pulls.create({
        ...repo,
        head: change.branch,
        base: change.baseBranch,
        title: change.title,
        body: change.body
    }));
    return { url: created.html_url, number: created.number, created: true };
}
/**
 * What an open dataset pull request proposes under `folder`: the next export builds on it,
 * so cases a person has not merged yet are not dropped when the branch is rebuilt.
 */
async function openPullRequestFiles(client, repo, proposal) {
    const { octokit, call } = client;
    const { data: open } = await call(`look for an open pull request from '${proposal.branch}'`, EXPORT_HINTS, () => octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${proposal.branch}`,
        base: proposal.baseBranch,
        state: 'open'
    }));
    if (open.length === 0)
        return [];
    const head = await readBranchHead(client, repo, proposal.branch);
    if (!head)
        return [];
    const { data: tree } = await call(`read the tree of '${proposal.branch}'`, EXPORT_HINTS, () => octokit.rest.git.getTree({ ...repo, tree_sha: head.treeSha, recursive: 'true' }));
    const prefix = `${proposal.folder.replace(/\/+$/, '')}/`;
    const datasets = tree.tree.filter(entry => entry.type === 'blob' &&
        typeof entry.path === 'string' &&
        typeof entry.sha === 'string' &&
        entry.path.startsWith(prefix) &&
        /\.eval\.ya?ml$/.test(entry.path));
    return Promise.all(datasets.map(async (entry) => {
        const { data: blob } = await call(`read ${entry.path}`, EXPORT_HINTS, () => octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha }));
        return { path: entry.path, content: Buffer.from(blob.content, 'base64').toString('utf8') };
    }));
}

;// CONCATENATED MODULE: ./src/action/sticky-comment.ts
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

/** GitHub refuses comment bodies longer than this. */
const MAX_COMMENT_CHARS = 65_536;
const HIDDEN_MARKER = /^<!--(?:(?!-->)[\s\S])*-->$/;
/** The marker must hide itself in the rendered comment and cannot be closed early. */
function assertHiddenMarker(marker) {
    if (!HIDDEN_MARKER.test(marker)) {
        throw new Error(`The comment marker must be one HTML comment such as '<!-- toad-eval:default -->', got '${marker}'.`);
    }
}
function carriesMarker(body, marker) {
    const trimmed = body.trim();
    return trimmed.startsWith(marker) || trimmed.endsWith(marker);
}
/** The body as posted: with the marker on its first line unless the caller already placed it. */
function withMarker(body, marker) {
    return carriesMarker(body, marker) ? body : `${marker}\n${body}`;
}
/** Ours among the PR's comments (oldest first, as GitHub lists them), or undefined. */
function pickStickyComment(comments, marker) {
    const marked = comments.filter(comment => carriesMarker(comment.body, marker));
    return marked.find(comment => comment.byBot) ?? marked[0];
}
async function upsertStickyComment(client, repo, pullNumber, marker, body) {
    assertHiddenMarker(marker);
    const posted = withMarker(body, marker);
    if (posted.length > MAX_COMMENT_CHARS) {
        throw new Error(`The comment for #${pullNumber} has ${posted.length} characters; GitHub accepts at most ${MAX_COMMENT_CHARS}.`);
    }
    const existing = pickStickyComment(await listComments(client, repo, pullNumber), marker);
    if (!existing)
        return createComment(client, repo, pullNumber, posted);
    // An unchanged report is left alone: no "edited" mark, no notification.
    if (existing.body !== posted)
        await updateComment(client, repo, pullNumber, existing.id, posted);
    return { url: existing.url, id: existing.id, created: false };
}
async function listComments({ octokit, call }, repo, pullNumber) {
    const comments = await call(`list the comments on #${pullNumber}`, COMMENT_HINTS, () => octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: pullNumber,
        per_page: 100
    }));
    return comments.map(comment => ({
        id: comment.id,
        body: comment.body ?? '',
        url: comment.html_url,
        byBot: comment.user?.type === 'Bot'
    }));
}
async function createComment({ octokit, call }, repo, pullNumber, body) {
    const { data } = await call(`comment on #${pullNumber}`, COMMENT_HINTS, () => octokit.rest.issues.createComment({ ...repo, issue_number: pullNumber, body }));
    return { url: data.html_url, id: data.id, created: true };
}
async function updateComment({ octokit, call }, repo, pullNumber, commentId, body) {
    await call(`update the comment on #${pullNumber}`, COMMENT_HINTS, () => octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body }));
}

;// CONCATENATED MODULE: ./src/action/github.ts
/**
 * The only door to the GitHub REST API. The rest of the code sees `GitHubApi` and plain data;
 * Octokit stays behind it. Every failure is a `GitHubApiError` whose message says which
 * permission or setting fixes it.
 */







function createGitHubApi(options) {
    const client = createGitHubClient(options.token, options.apiUrl);
    return {
        upsertStickyComment: (repo, pullNumber, marker, body) => upsertStickyComment(client, repo, pullNumber, marker, body),
        createCheckRun: (repo, run) => createCheckRun(client, repo, run),
        changedFiles: (repo, pullNumber) => changedFiles(client, repo, pullNumber),
        getPullRequest: (repo, pullNumber) => getPullRequest(client, repo, pullNumber),
        openOrUpdatePullRequest: (repo, change) => openOrUpdatePullRequest(client, repo, change),
        openPullRequestFiles: (repo, proposal) => openPullRequestFiles(client, repo, proposal)
    };
}
/** GitHub refuses a check run summary longer than this. */
const MAX_CHECK_SUMMARY_CHARS = 65_535;
const SUMMARY_CUT_NOTE = '\n\n… (cut to fit the check run; the job summary has the full report)';
async function createCheckRun({ octokit, call }, repo, run) {
    const { data } = await call(`create the check run '${run.name}' on ${run.headSha.slice(0, 7)}`, CHECK_RUN_HINTS, () => octokit.rest.checks.create({
        ...repo,
        name: run.name,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        output: { title: run.title, summary: fitCheckSummary(run.summary) }
    }));
    return { url: data.html_url ?? data.url };
}
function fitCheckSummary(summary) {
    if (summary.length <= MAX_CHECK_SUMMARY_CHARS)
        return summary;
    return summary.slice(0, MAX_CHECK_SUMMARY_CHARS - SUMMARY_CUT_NOTE.length) + SUMMARY_CUT_NOTE;
}
async function changedFiles({ octokit, call }, repo, pullNumber) {
    const files = await call(`list the files changed by #${pullNumber}`, PULL_REQUEST_READ_HINTS, () => octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100
    }));
    // A prompt moved to a new name changes what the suite that used the old name runs.
    const paths = files.flatMap(file => file.previous_filename ? [file.previous_filename, file.filename] : [file.filename]);
    return [...new Set(paths)];
}
async function getPullRequest({ octokit, call }, repo, pullNumber) {
    const { data } = await call(`read pull request #${pullNumber}`, PULL_REQUEST_READ_HINTS, () => octokit.rest.pulls.get({ ...repo, pull_number: pullNumber }));
    return {
        number: data.number,
        headSha: data.head.sha,
        baseSha: data.base.sha,
        headRepo: data.head.repo?.full_name ?? '',
        baseRepo: data.base.repo.full_name,
        state: data.state
    };
}


/***/ }),

/***/ 84861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   eq: () => (/* binding */ isSensitiveName)
/* harmony export */ });
/** Keeping credentials out of everything that may be printed: URLs and error messages. */
const SENSITIVE_NAME = /token|secret|passw(or)?d|pwd|api[-_]?key|apikey|auth|signature|credential|session|cookie|^sig$|^key$/i;
/** True for header and query parameter names that usually carry a credential. */
function isSensitiveName(name) {
    return SENSITIVE_NAME.test(name);
}
/** The URL as it may be printed: no userinfo, and secret-looking query values replaced. */
function redactUrl(url) {
    const shown = new URL(url.href);
    shown.username = '';
    shown.password = '';
    for (const name of new Set(shown.searchParams.keys())) {
        if (isSensitiveName(name))
            shown.searchParams.set(name, 'REDACTED');
    }
    return shown.href;
}
/** Every occurrence of each secret replaced by `***`; very short values are left alone. */
function scrubSecrets(text, secrets) {
    // Values this short would blank out ordinary words.
    return secrets
        .filter(secret => secret.length >= 4)
        .reduce((scrubbed, secret) => scrubbed.split(secret).join('***'), text);
}


/***/ }),

/***/ 32825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ visibleText),
/* harmony export */   Z: () => (/* binding */ headerValue),
/* harmony export */   te: () => (/* binding */ looksLikeHtml),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/** Turning response bodies and headers into short text a person can read in an error. */
const HTML_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    '#39': "'"
};
/** The text a person would read on an HTML page, tags, scripts and styles removed. */
function visibleText(html, maxChars) {
    const text = html
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name) => HTML_ENTITIES[name] ?? ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(text, maxChars);
}
/** An HTML page where data was due: a UI, a proxy's error page or a login form. */
function looksLikeHtml(text, contentType) {
    return contentType.toLowerCase().includes('text/html') || /^\s*</.test(text);
}
function truncate(text, maxChars) {
    return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
/** A header as one string, however the HTTP client delivered it. */
function headerValue(value) {
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
}


/***/ })

};
