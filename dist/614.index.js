export const id = 614;
export const ids = [614];
export const modules = {

/***/ 40645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
async function readRunContext(environment) {
    const { env } = environment;
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const payload = await environment.eventPayload();
    const pr = payload.pull_request;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        repo: { owner, repo },
        payload,
        ...(pr
            ? {
                pullRequest: {
                    number: pr.number,
                    headSha: pr.head.sha,
                    baseSha: pr.base.sha,
                    fromFork: (pr.head.repo?.full_name ?? '') !== pr.base.repo.full_name
                }
            }
            : {}),
        ...(env.GITHUB_RUN_ID
            ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {})
    };
}


/***/ }),

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ EXPORT_INPUTS),
/* harmony export */   GJ: () => (/* binding */ inputSettings),
/* harmony export */   VA: () => (/* binding */ ActionInputError),
/* harmony export */   tE: () => (/* binding */ booleanInput),
/* harmony export */   xu: () => (/* binding */ EVAL_INPUTS)
/* harmony export */ });
/* harmony import */ var _settings_raw_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29655);

/**
 * Action inputs as a settings layer, named `input "limit"` in errors. Inputs are text: an
 * empty one is unset, and list inputs take one value per line.
 */
function inputSettings(getInput, mapping) {
    const values = {};
    const inputOf = {};
    for (const [input, { key, list }] of Object.entries(mapping)) {
        const text = getInput(input).trim();
        if (text === '')
            continue;
        values[key] = list ? splitLines(text) : text;
        inputOf[key] = input;
    }
    return (0,_settings_raw_js__WEBPACK_IMPORTED_MODULE_0__/* .rawSettings */ .m0)(values, key => `input "${inputOf[key] ?? key}"`);
}
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/** Inputs of the eval and report commands that are settings of the run. */
const EVAL_INPUTS = {
    suite: { key: 'suite', list: true },
    datasets: { key: 'dataset', list: true },
    prompt: { key: 'prompt' },
    'base-ref': { key: 'base-ref' },
    provider: { key: 'provider' },
    'base-url': { key: 'base-url' },
    model: { key: 'model' },
    'base-model': { key: 'base-model' },
    'judge-model': { key: 'judge-model' },
    repeat: { key: 'repeat' },
    concurrency: { key: 'concurrency' },
    'max-regressions': { key: 'max-regressions' },
    'min-pass-rate': { key: 'min-pass-rate' },
    'max-errors': { key: 'max-errors' },
    shard: { key: 'shard' }
};
/** Inputs of the export command. */
const EXPORT_INPUTS = {
    source: { key: 'source' },
    'jaeger-url': { key: 'url' },
    files: { key: 'file', list: true },
    service: { key: 'service' },
    operation: { key: 'operation' },
    tags: { key: 'tag', list: true },
    lookback: { key: 'lookback' },
    limit: { key: 'limit' },
    'min-tokens': { key: 'min-tokens' },
    'with-tool-calls': { key: 'with-tool-calls' },
    'max-cases': { key: 'max-cases' },
    output: { key: 'output' },
    redact: { key: 'redact' },
    headers: { key: 'header', list: true }
};
/** `true`/`false` inputs of the action itself; YAML 1.2 booleans as GitHub documents them. */
function booleanInput(getInput, name, fallback) {
    const text = getInput(name).trim().toLowerCase();
    if (text === '')
        return fallback;
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    throw new ActionInputError(`input "${name}" must be true or false, got "${getInput(name).trim()}"`);
}
class ActionInputError extends Error {
    name = 'ActionInputError';
}


/***/ }),

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


/***/ }),

/***/ 60921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ YAML_OPTIONS),
/* harmony export */   SR: () => (/* binding */ DatasetFormatError),
/* harmony export */   YB: () => (/* binding */ casesToYaml),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bb: () => (/* binding */ datasetToYaml),
/* harmony export */   oH: () => (/* binding */ parseDataset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);




/**
 * Output options chosen so any text round-trips exactly and the files stay readable:
 * no line folding (a folded line would change where a person's diff lands), no anchors
 * for repeated values (toad-eye's reader and most humans do not expect them).
 */
const YAML_OPTIONS = {
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    version: '1.2'
};
function datasetToYaml(dataset) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .stringify */ .As)(dataset, YAML_OPTIONS);
}
/** Renders cases as the items of a block sequence, indented to sit under an existing `cases:`. */
function casesToYaml(cases, indent) {
    const text = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .stringify */ .As)(cases, YAML_OPTIONS);
    if (indent === 0)
        return text;
    const pad = ' '.repeat(indent);
    return text
        .split('\n')
        .map(line => (line === '' ? line : pad + line))
        .join('\n');
}
class DatasetFormatError extends Error {
    name = 'DatasetFormatError';
}
/** Parses a dataset file, checking the keys toad-eye's format requires. */
function parseDataset(text, origin) {
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text, { version: '1.2', uniqueKeys: true });
    }
    catch (error) {
        throw new DatasetFormatError(`${origin}: not valid YAML: ${error.message}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new DatasetFormatError(`${origin}: expected a mapping with "name" and "cases"`);
    }
    const dataset = value;
    if (!Array.isArray(dataset.cases)) {
        throw new DatasetFormatError(`${origin}: "cases" must be a list`);
    }
    dataset.cases.forEach((evalCase, index) => {
        if (evalCase === null ||
            typeof evalCase !== 'object' ||
            typeof evalCase.id !== 'string') {
            throw new DatasetFormatError(`${origin}: cases[${index}] needs a string "id"`);
        }
    });
    return { name: typeof dataset.name === 'string' ? dataset.name : '', ...dataset };
}
/** Writes through a temporary file and a rename, so a crash never leaves half a dataset. */
async function writeFileAtomic(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 60323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73382);



/**
 * Files, folders and glob patterns to absolute file paths, in the order given and without
 * duplicates. A path that names nothing is an error rather than a silently smaller run.
 */
async function expandPaths(paths, options) {
    const files = new Set();
    for (const path of paths) {
        const matches = await expandPath(path, options);
        if (matches.length === 0)
            throw new Error(`No ${options.what} match "${path}" (looked in ${options.cwd})`);
        for (const match of matches)
            files.add(match);
    }
    return [...files];
}
async function expandPath(path, { cwd, folderPattern }) {
    // A literal name wins over glob syntax, so a file called `trace[1].json` is still found.
    const literal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path)).catch(() => undefined);
    if (literal?.isFile())
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path)];
    if (literal?.isDirectory()) {
        return (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(folderPattern, { cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path), absolute: true })).sort();
    }
    return (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(path, { cwd, absolute: true, onlyFiles: true })).sort();
}


/***/ }),

/***/ 29655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LB: () => (/* binding */ missingKeysNamedBy),
/* harmony export */   Nc: () => (/* binding */ readStrings),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   _Z: () => (/* binding */ readKeyValues),
/* harmony export */   dZ: () => (/* binding */ layered),
/* harmony export */   h2: () => (/* binding */ readDate),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   m0: () => (/* binding */ rawSettings)
/* harmony export */ });
/* unused harmony export flagName */
/**
 * Settings arrive as flags, config-file keys or action inputs. Each source becomes a
 * RawSettings layer; typed readers turn a layer into settings objects and report bad
 * values in the words of the source they came from (`--limit`, `toad-eval.yaml: export.limit`).
 */
class SettingsError extends Error {
    name = 'SettingsError';
}
/** One layer: values from one place, named by `describe`. */
function rawSettings(values, describe) {
    return {
        get: key => (Object.hasOwn(values, key) ? values[key] : undefined),
        describe
    };
}
/** Later layers win key by key: flags over config file, inputs over defaults. */
function layered(...layers) {
    const owner = (key) => [...layers].reverse().find(layer => layer.get(key) !== undefined);
    return {
        get: key => owner(key)?.get(key),
        describe: key => (owner(key) ?? layers.at(-1))?.describe(key) ?? key
    };
}
/** The same values, but a key none of them sets is named as `layer` names it (`suites[0].dataset`). */
function missingKeysNamedBy(raw, layer) {
    return {
        get: raw.get,
        describe: key => (raw.get(key) === undefined ? layer.describe(key) : raw.describe(key))
    };
}
const flagName = (key) => `--${key}`;
function readString(raw, key) {
    const value = raw.get(key);
    if (value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    throw new SettingsError(`${raw.describe(key)} must be a single text value`);
}
/** A list: repeated flags, a YAML list, or one value. */
function readStrings(raw, key) {
    const value = raw.get(key);
    if (value === undefined)
        return [];
    if (Array.isArray(value))
        return value;
    if (typeof value === 'string' || typeof value === 'number')
        return [String(value)];
    throw new SettingsError(`${raw.describe(key)} must be a list of text values`);
}
function readBoolean(raw, key) {
    const value = raw.get(key);
    if (value === undefined || typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
        return value.trim().toLowerCase() === 'true';
    }
    throw new SettingsError(`${raw.describe(key)} must be true or false, got ${JSON.stringify(value)}`);
}
function readNumber(raw, key, bounds = {}) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    const value = Number(text);
    const { min = -Infinity, max = Infinity, integer = false } = bounds;
    if (text.trim() === '' ||
        !Number.isFinite(value) ||
        value < min ||
        value > max ||
        (integer && !Number.isInteger(value))) {
        const kind = integer ? 'a whole number' : 'a number';
        const range = min > -Infinity && max < Infinity
            ? ` from ${min} to ${max}`
            : min > -Infinity
                ? ` of at least ${min}`
                : '';
        throw new SettingsError(`${raw.describe(key)} must be ${kind}${range}, got "${text}"`);
    }
    return value;
}
/** An ISO 8601 date/time, or milliseconds since the epoch. */
function readDate(raw, key) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    const date = /^\d+$/.test(text) ? new Date(Number(text)) : new Date(text);
    if (Number.isNaN(date.getTime())) {
        throw new SettingsError(`${raw.describe(key)} must be an ISO 8601 date such as 2026-03-15T14:00:00Z, got "${text}"`);
    }
    return date;
}
/** `key=value` pairs: repeated flags, a YAML list of them, or a YAML map. */
function readKeyValues(raw, key, separator = '=') {
    const value = raw.get(key);
    const result = {};
    if (value !== undefined && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, item] of Object.entries(value))
            result[name] = String(item);
        return result;
    }
    for (const item of readStrings(raw, key)) {
        const at = item.indexOf(separator);
        const name = at > 0 ? item.slice(0, at).trim() : '';
        if (name === '') {
            const shown = separator === ':' ? `${item.slice(0, Math.max(at, 0))}…` : item;
            throw new SettingsError(`${raw.describe(key)} expects name${separator}value, got "${shown}"`);
        }
        result[name] = item.slice(at + 1).trim();
    }
    return result;
}
/** One of a fixed set of words. */
function readChoice(raw, key, choices) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    const choice = choices.find(candidate => candidate === text);
    if (choice === undefined) {
        throw new SettingsError(`${raw.describe(key)} must be one of ${choices.join(', ')}; got "${text}"`);
    }
    return choice;
}


/***/ })

};
