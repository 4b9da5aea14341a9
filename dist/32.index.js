export const id = 32;
export const ids = [32];
export const modules = {

/***/ 51032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/files/expand.ts
var expand = __webpack_require__(60323);
// EXTERNAL MODULE: ./src/report/merge-results.ts
var merge_results = __webpack_require__(51885);
// EXTERNAL MODULE: ./src/report/results-file.ts + 2 modules
var results_file = __webpack_require__(84112);
;// CONCATENATED MODULE: ./src/report/load-results.ts




/**
 * Reads results.json files named by paths, folders or globs: one run as it is, or shards
 * merged into one run (which fails when a shard is missing or two disagree).
 */
async function loadResultsFiles(patterns, cwd) {
    const files = await (0,expand/* expandPaths */.p)(patterns, {
        cwd,
        folderPattern: '**/*.json',
        what: 'results files'
    });
    const loaded = await Promise.all(files.map(async (origin) => ({
        origin,
        results: (0,results_file/* parseResults */.c2)(await (0,promises_.readFile)(origin, 'utf8'), origin)
    })));
    return loaded.length === 1 ? loaded[0].results : (0,merge_results/* mergeResults */.n)(loaded);
}

// EXTERNAL MODULE: ./src/action/context.ts
var action_context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/publish.ts
var publish = __webpack_require__(74001);
;// CONCATENATED MODULE: ./src/action/report.ts




/**
 * Comment and gate from results.json files computed elsewhere: the shards of a matrix, or
 * a fork PR's run (in a `workflow_run` job that has the secrets and the write token the fork's
 * run lacked). The pull request number and head SHA come from that other run, so they are
 * checked against the pull request itself before anything is posted on it.
 */
async function reportCommand(dependencies) {
    const { environment } = dependencies;
    const context = await (0,action_context/* readRunContext */.$)(environment);
    const patterns = (environment.getInput('results') || 'toad-eval-results.json')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(Boolean);
    const results = await loadResultsFiles(patterns, environment.cwd);
    const token = environment.getInput('github-token');
    const github = token ? await dependencies.github(token) : undefined;
    const pullNumber = pullRequestNumber(environment.getInput('pull-request')) ?? context.pullRequest?.number;
    let headSha = environment.getInput('head-sha').trim() || results.commit?.head || context.pullRequest?.headSha;
    if (pullNumber !== undefined && github) {
        const pull = await github.getPullRequest(context.repo, pullNumber);
        if (headSha && pull.headSha !== headSha) {
            throw new inputs/* ActionInputError */.VA(`The results are for commit ${headSha.slice(0, 12)}, but pull request #${pullNumber} is now at ${pull.headSha.slice(0, 12)}: not reporting stale results`);
        }
        if (results.commit?.head && results.commit.head !== pull.headSha) {
            throw new inputs/* ActionInputError */.VA(`The results were computed for ${results.commit.head.slice(0, 12)}, not for pull request #${pullNumber}'s head ${pull.headSha.slice(0, 12)}`);
        }
        headSha = pull.headSha;
    }
    await (0,publish/* publishReport */.S)(results, environment, github, {
        repo: context.repo,
        ...(pullNumber !== undefined ? { pullNumber } : {}),
        ...(headSha ? { headSha } : {}),
        comment: (0,inputs/* booleanInput */.tE)(environment.getInput, 'comment', true),
        checkRun: (0,inputs/* booleanInput */.tE)(environment.getInput, 'check-run', false),
        jobSummary: (0,inputs/* booleanInput */.tE)(environment.getInput, 'job-summary', true),
        ...(context.runUrl ? { runUrl: context.runUrl } : {})
    });
}
function pullRequestNumber(text) {
    if (text.trim() === '')
        return undefined;
    const number = Number(text.trim());
    if (!Number.isInteger(number) || number <= 0) {
        throw new inputs/* ActionInputError */.VA(`input "pull-request" must be a pull request number, got "${text.trim()}"`);
    }
    return number;
}


/***/ })

};
