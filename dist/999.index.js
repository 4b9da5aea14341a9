export const id = 999;
export const ids = [999];
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

/***/ 74001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ publishReport)
/* harmony export */ });
/* unused harmony export commentMarker */
/* harmony import */ var _compare_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59716);
/* harmony import */ var _report_eval_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71833);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68273);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44142);




/**
 * The end of every PR job: the report as a sticky comment, the job summary and an optional
 * check run, the outputs, and the gate as the step's result.
 */
async function publishReport(results, environment, github, options) {
    const report = (0,_report_eval_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFromResults */ .d)(results);
    const links = options.runUrl
        ? { jobSummary: options.runUrl, artifact: options.runUrl }
        : undefined;
    const withLinks = { ...report, ...(links ? { links } : {}) };
    if (options.jobSummary) {
        const { markdown } = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderWithinLimit */ .n5)(withLinks, { maxChars: _report_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MARKDOWN_FILE_MAX_CHARS */ .o });
        await environment.writeSummary(markdown);
    }
    // One rendering fits both a comment (with its marker line) and a check run summary.
    const marker = commentMarker(report.suites);
    const { markdown } = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderWithinLimit */ .n5)(withLinks, {
        maxChars: _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_COMMENT_LIMIT */ ._4 - marker.length - 1
    });
    if (options.comment && options.pullNumber !== undefined && github) {
        const comment = await github.upsertStickyComment(options.repo, options.pullNumber, marker, `${marker}\n${markdown}`);
        environment.setOutput('comment-url', comment.url);
        environment.info(`${comment.created ? 'Posted' : 'Updated'} the report comment: ${comment.url}`);
    }
    if (options.checkRun && options.headSha && github) {
        await github.createCheckRun(options.repo, {
            name: 'toad-eval',
            headSha: options.headSha,
            conclusion: report.decision.passed ? 'success' : 'failure',
            title: report.decision.passed
                ? 'Gate passed'
                : `Gate failed: ${report.decision.reasons.join('; ')}`.slice(0, 250),
            summary: markdown
        });
    }
    setOutputs(environment, report);
    const code = (0,_compare_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCode */ .I$)(report.decision, (0,_compare_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .providerUnreachable */ .iD)(results.suites));
    if (code === _compare_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.infrastructure) {
        environment.setFailed('toad-eval: the model provider could not be reached for a whole suite; this is an infrastructure error, not a regression');
    }
    else if (code === _compare_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.gateFailed) {
        environment.setFailed(`toad-eval gate failed: ${report.decision.reasons.join('; ')}`);
    }
    else {
        environment.info('toad-eval gate passed');
    }
    return report;
}
/**
 * One sticky comment per suite set: the marker names the suites, so two workflows gating
 * different suites on one PR keep separate comments. Names are reduced to a safe alphabet.
 */
function commentMarker(suites) {
    const names = suites
        .map(suite => suite.suite.replace(/[^\w.-]+/g, '_'))
        .sort()
        .join(',');
    return `<!-- toad-eval-report suites="${names || 'none'}" -->`;
}
function setOutputs(environment, report) {
    const ran = report.suites.filter(suite => suite.skipped === undefined);
    const total = (pick) => ran.reduce((sum, suite) => sum + pick(suite), 0);
    const rate = (side) => {
        const samples = total(suite => suite[side].samples);
        const passes = total(suite => suite[side].passRate * suite[side].samples);
        return samples === 0 ? 0 : Math.round((passes / samples) * 10_000) / 10_000;
    };
    environment.setOutput('passed', report.decision.passed);
    environment.setOutput('regressions', total(suite => suite.counts.regression));
    environment.setOutput('fixed', total(suite => suite.counts.fixed));
    environment.setOutput('errors', total(suite => suite.counts.error));
    environment.setOutput('cases', total(suite => suite.counts.total));
    environment.setOutput('pass-rate', rate('head'));
    environment.setOutput('base-pass-rate', rate('base'));
}


/***/ }),

/***/ 59716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ exitCode),
/* harmony export */   dE: () => (/* binding */ decideSuiteGates),
/* harmony export */   iD: () => (/* binding */ providerUnreachable),
/* harmony export */   sV: () => (/* binding */ DEFAULT_GATE),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export decideGate */
/** No regression allowed, tested at the usual 5 % level: what a suite gets unless it says otherwise. */
const DEFAULT_GATE = { maxRegressions: 0, alpha: 0.05 };
/**
 * Fails when regressions exceed `maxRegressions`, when head's pass rate over all samples of
 * the suites that ran is below `minPassRate`, or when more cases than `maxErrors` ended in
 * `error`. Skipped suites take no part; with no samples at all the pass rate has nothing to
 * fail on. An unset `minPassRate` or `maxErrors` is no limit.
 */
function decideGate(suites, settings) {
    const ran = suites.filter(suite => suite.skipped === undefined);
    const regressions = sum(ran.map(suite => suite.counts.regression));
    const errors = sum(ran.map(suite => suite.counts.error));
    const headSamples = sum(ran.flatMap(suite => suite.cases.map(c => c.head.samples)));
    const headPasses = sum(ran.flatMap(suite => suite.cases.map(c => c.head.passes)));
    const reasons = [];
    if (regressions > settings.maxRegressions) {
        reasons.push(`${plural(regressions, 'regression')} (max ${settings.maxRegressions})`);
    }
    if (settings.minPassRate !== undefined && headSamples > 0) {
        const passRate = headPasses / headSamples;
        if (passRate < settings.minPassRate) {
            reasons.push(`head pass rate ${percent(passRate, 'down')} below the minimum ${percent(settings.minPassRate)}`);
        }
    }
    if (settings.maxErrors !== undefined && errors > settings.maxErrors) {
        reasons.push(`${plural(errors, 'error')} (max ${settings.maxErrors})`);
    }
    return { passed: reasons.length === 0, reasons };
}
/**
 * Each suite against its own thresholds (suites of one run may set different ones); the
 * gate passes when every suite does. With several suites, each reason names its suite.
 */
function decideSuiteGates(suites, gates) {
    const reasons = suites.flatMap((suite, index) => {
        const settings = gates[index];
        if (settings === undefined)
            throw new Error(`no gate settings for suite ${suite.suite}`);
        const { reasons: own } = decideGate([suite], settings);
        return suites.length > 1 ? own.map(reason => `${suite.suite}: ${reason}`) : own;
    });
    return { passed: reasons.length === 0, reasons };
}
/** Failures that say the provider could not be reached or would not serve, not that an answer was bad. */
const OUTAGE_FAILURES = new Set(['connection', 'timeout', 'auth', 'server', 'rate-limit']);
/**
 * True when a suite that ran got no answer at all because its provider failed: an outage
 * (exit 3), which must not read as a regression. Partial failures are errors the gate counts.
 */
function providerUnreachable(runs) {
    return runs.some(run => {
        const samples = run.cases.flatMap(c => [...c.base.samples, ...c.head.samples]);
        return (samples.length > 0 &&
            samples.every(sample => sample.failure !== undefined && OUTAGE_FAILURES.has(sample.failure)));
    });
}
/** The process exit codes CI sees; 2 (usage or config error) belongs to the CLI. */
const ExitCode = {
    passed: 0,
    gateFailed: 1,
    usage: 2,
    infrastructure: 3
};
/**
 * 3 when a provider or source could not be reached, whatever the gate says (an outage must
 * not read as a regression, nor a partial run as a pass); else 0 or 1 from the gate.
 */
function exitCode(decision, infrastructureError = false) {
    if (infrastructureError)
        return ExitCode.infrastructure;
    return decision.passed ? ExitCode.passed : ExitCode.gateFailed;
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * `80%`, `72.5%`. A rate that failed the minimum is rounded down, so 79.96% does not read as
 * `80% below the minimum 80%`; the epsilon absorbs 0.725 * 1000 = 724.999….
 */
function percent(rate, rounding = 'nearest') {
    const tenths = rounding === 'down' ? Math.floor(rate * 1000 + 1e-9) : Math.round(rate * 1000);
    return `${tenths / 10}%`;
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

/***/ 75930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ preferredOutcomes),
/* harmony export */   QR: () => (/* binding */ shownSample),
/* harmony export */   gg: () => (/* binding */ RunIndex),
/* harmony export */   ir: () => (/* binding */ callErrors),
/* harmony export */   jD: () => (/* binding */ sampleOutcome),
/* harmony export */   pQ: () => (/* binding */ caseProblems),
/* harmony export */   yy: () => (/* binding */ answerText)
/* harmony export */ });
/* unused harmony export failedChecks */
/** The runs behind comparisons, found by suite name, dataset and case id. */
class RunIndex {
    cases = new Map();
    suites = new Map();
    constructor(runs) {
        for (const suite of runs) {
            this.suites.set(suite.name, suite);
            for (const run of suite.cases) {
                this.cases.set(caseKey(suite.name, run.dataset, run.caseId), run);
            }
        }
    }
    suite(name) {
        return this.suites.get(name);
    }
    case(suite, comparison) {
        return this.cases.get(caseKey(suite.suite, comparison.dataset, comparison.caseId));
    }
}
function caseKey(suite, dataset, caseId) {
    return JSON.stringify([suite, dataset, caseId]);
}
/**
 * Why the case needs a look, one line each: the errors of the calls that failed, then the
 * failed checks of the side that matters (base's for `fixed`, else head's).
 */
function caseProblems(comparison, run) {
    const errors = [...callErrors('base', run.base.samples), ...callErrors('head', run.head.samples)];
    if (comparison.verdict === 'error')
        return errors;
    const checks = comparison.verdict === 'fixed'
        ? failedChecks(run.base.samples).map(line => `base: ${line}`)
        : failedChecks(run.head.samples);
    return [...errors, ...checks];
}
/**
 * `type: reason` for every assertion that failed in an answered sample, once each; with
 * several samples, how many of them it failed in.
 */
function failedChecks(samples) {
    const answered = samples.filter(sample => sample.error === undefined);
    const counts = new Map();
    for (const sample of answered) {
        const lines = sample.assertions
            .filter(assertion => !assertion.passed)
            .map(assertion => describeFailure(assertion.type, assertion.reason));
        for (const line of new Set(lines))
            counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    return [...counts].map(([line, times]) => answered.length > 1 ? `${line} (${times} of ${answered.length} samples)` : line);
}
/** `max_length: 412 chars > max 300`; reasons that already start with their type keep one. */
function describeFailure(type, reason) {
    return reason.startsWith(`${type} `) || reason.startsWith(`${type}:`)
        ? reason
        : `${type}: ${reason}`;
}
/** `head error: timeout (2 of 5 samples)` for each distinct error of one side's calls. */
function callErrors(side, samples) {
    const errors = samples.flatMap(sample => (sample.error === undefined ? [] : [sample.error]));
    const counts = new Map();
    for (const error of errors)
        counts.set(error, (counts.get(error) ?? 0) + 1);
    return [...counts].map(([error, times]) => samples.length > 1
        ? `${side} error: ${error} (${times} of ${samples.length} samples)`
        : `${side} error: ${error}`);
}
/**
 * The sample to show for one side: the first answered one that passed (or failed, as
 * `preferPassed` says), else the first answered one, else the first.
 */
function shownSample(samples, preferPassed) {
    const answered = samples.filter(sample => sample.error === undefined);
    return answered.find(sample => sample.passed === preferPassed) ?? answered[0] ?? samples[0];
}
/** Which answers tell the story of a verdict: base passing and head failing for a regression, … */
function preferredOutcomes(comparison) {
    switch (comparison.verdict) {
        case 'regression':
            return { base: true, head: false };
        case 'fixed':
            return { base: false, head: true };
        case 'still-failing':
            return { base: false, head: false };
        case 'pass':
        case 'error':
            return { base: true, head: true };
    }
}
/** The answer as text: the output, then any tool calls, or the error. */
function answerText(sample) {
    if (sample.error !== undefined)
        return `error: ${sample.error}`;
    const calls = (sample.toolCalls ?? []).map(call => `tool call ${call.name}(${call.arguments === undefined ? '' : JSON.stringify(call.arguments)})`);
    return [sample.output ?? '', ...calls].filter(part => part !== '').join('\n') || '(empty answer)';
}
function sampleOutcome(sample) {
    if (sample.error !== undefined)
        return 'error';
    return sample.passed ? 'passed' : 'failed';
}


/***/ }),

/***/ 71833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ reportFromResults)
});

// EXTERNAL MODULE: ./src/compare/gate.ts
var gate = __webpack_require__(59716);
;// CONCATENATED MODULE: ./src/compare/statistics.ts
/**
 * The statistics behind verdicts with repeats: a one-sided Fisher exact test on pass counts,
 * and nearest-rank percentiles for latency.
 */
/**
 * One-sided Fisher exact test: the probability, with the table's margins fixed, that head
 * passes `headPass` times or fewer if base and head passed equally often. Small values mean
 * head is worse than base beyond chance. Equals R's
 * `fisher.test(matrix(c(basePass, headPass, baseFail, headFail), 2), alternative = 'greater')$p.value`.
 */
function fisherHeadWorse(table) {
    const { basePass, baseFail, headPass, headFail } = table;
    for (const count of [basePass, baseFail, headPass, headFail]) {
        if (!Number.isInteger(count) || count < 0) {
            throw new RangeError(`Fisher test counts must be whole numbers >= 0, got ${count}`);
        }
    }
    const passes = basePass + headPass;
    const headSamples = headPass + headFail;
    const total = basePass + baseFail + headSamples;
    // Head's pass count follows a hypergeometric distribution given the margins; the lowest
    // possible count is what is left when every fail that base did not use lands on head.
    const lowest = Math.max(0, headSamples - (total - passes));
    let p = 0;
    for (let k = lowest; k <= headPass; k++) {
        p += Math.exp(logHypergeometric(k, passes, total - passes, headSamples));
    }
    // Summing floating-point terms can overshoot 1 by a few ulps.
    return Math.min(1, p);
}
/** The other tail: the probability that head passes `headPass` times or more by chance. */
function fisherHeadBetter(table) {
    // Swapping the rows turns "head this high or higher" into "base this low or lower".
    return fisherHeadWorse({
        basePass: table.headPass,
        baseFail: table.headFail,
        headPass: table.basePass,
        headFail: table.baseFail
    });
}
/** log P(X = k) where X counts successes in `draws` draws from `successes` + `failures` items. */
function logHypergeometric(k, successes, failures, draws) {
    return (logChoose(successes, k) +
        logChoose(failures, draws - k) -
        logChoose(successes + failures, draws));
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
// Sample counts are small (repeats x 2), so an exact running sum of logs is both precise
// and cheap; the table grows on demand and is shared across calls.
const logFactorials = [0];
function logFactorial(n) {
    for (let i = logFactorials.length; i <= n; i++) {
        logFactorials.push((logFactorials[i - 1] ?? 0) + Math.log(i));
    }
    return logFactorials[n] ?? 0;
}
/**
 * Nearest-rank percentile: the smallest observed value with at least `percent`% of the values
 * at or below it. It always returns a measured value (no interpolation between two requests
 * that really happened), which reads honestly with the handful of samples a suite has.
 * Undefined for no values.
 */
function percentile(values, percent) {
    if (values.length === 0)
        return undefined;
    if (!(percent > 0 && percent <= 100)) {
        throw new RangeError(`percentile must be in (0, 100], got ${percent}`);
    }
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((percent / 100) * sorted.length);
    return sorted[rank - 1];
}

;// CONCATENATED MODULE: ./src/compare/variant-stats.ts

function variantStats(results) {
    const samples = results.flatMap(result => result.samples);
    const passes = samples.filter(sample => sample.passed && sample.error === undefined).length;
    // Cache hits were not measured, and a failed call's time says nothing about the model's
    // speed: latency is taken from answered requests only.
    const latencies = samples
        .filter(sample => !sample.cached && sample.error === undefined)
        .flatMap(sample => (sample.latencyMs === undefined ? [] : [sample.latencyMs]));
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    return {
        passRate: samples.length === 0 ? 0 : passes / samples.length,
        samples: samples.length,
        errors: samples.filter(sample => sample.error !== undefined).length,
        requests: samples.filter(sample => !sample.cached).length,
        cacheHits: samples.filter(sample => sample.cached).length,
        // Tokens and cost are what the answers cost, cached or not, so a mostly cached base and a
        // freshly asked head compare like for like.
        inputTokens: sum(samples.map(sample => sample.usage.input ?? 0)),
        outputTokens: sum(samples.map(sample => sample.usage.output ?? 0)),
        costUsd: sum(samples.map(sample => sample.costUsd ?? 0)),
        ...(p50 !== undefined && p95 !== undefined && { latencyMs: { p50, p95 } })
    };
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}

;// CONCATENATED MODULE: ./src/compare/verdicts.ts


function compareCase(run, alpha) {
    const base = countSamples(run.base.samples);
    const head = countSamples(run.head.samples);
    const baseAnswered = run.base.samples.filter(sample => sample.error === undefined);
    return {
        caseId: run.caseId,
        dataset: run.dataset,
        verdict: decideVerdict(base, head, alpha),
        base,
        head,
        // Errors count as fails here, as in the pass counts shown beside it.
        pValue: fisherHeadWorse(passTable(base, head)),
        flaky: baseAnswered.some(sample => sample.passed) && baseAnswered.some(sample => !sample.passed)
    };
}
function compareSuite(suite, alpha) {
    const cases = suite.cases.map(run => compareCase(run, alpha));
    const counts = {
        pass: 0,
        regression: 0,
        fixed: 0,
        'still-failing': 0,
        error: 0,
        flaky: 0,
        total: cases.length
    };
    for (const comparison of cases) {
        counts[comparison.verdict]++;
        if (comparison.flaky)
            counts.flaky++;
    }
    return {
        suite: suite.name,
        ...(suite.skipped !== undefined && { skipped: suite.skipped }),
        cases,
        counts,
        base: variantStats(suite.cases.map(run => run.base)),
        head: variantStats(suite.cases.map(run => run.head))
    };
}
function countSamples(samples) {
    return {
        // A sample with an error never passes, whatever its assertions say.
        passes: samples.filter(sample => sample.passed && sample.error === undefined).length,
        samples: samples.length,
        errors: samples.filter(sample => sample.error !== undefined).length
    };
}
function decideVerdict(base, head, alpha) {
    if (base.samples === base.errors || head.samples === head.errors)
        return 'error';
    const verdicts = new Set();
    // Every way the errored samples could have turned out: `extra` of them passing.
    for (let baseExtra = 0; baseExtra <= base.errors; baseExtra++) {
        for (let headExtra = 0; headExtra <= head.errors; headExtra++) {
            verdicts.add(verdictOfAnswers({ passes: base.passes + baseExtra, samples: base.samples }, { passes: head.passes + headExtra, samples: head.samples }, alpha));
            if (verdicts.size > 1)
                return 'error';
        }
    }
    const [verdict] = verdicts;
    return verdict ?? 'error';
}
function verdictOfAnswers(base, head, alpha) {
    const basePasses = base.passes / base.samples;
    const headPasses = head.passes / head.samples;
    if (base.samples === 1 && head.samples === 1) {
        if (basePasses === headPasses)
            return basePasses === 1 ? 'pass' : 'still-failing';
        return headPasses < basePasses ? 'regression' : 'fixed';
    }
    const table = passTable(base, head);
    if (headPasses < basePasses && significant(fisherHeadWorse(table), alpha))
        return 'regression';
    if (headPasses > basePasses && significant(fisherHeadBetter(table), alpha))
        return 'fixed';
    const pooled = (base.passes + head.passes) / (base.samples + head.samples);
    return pooled >= 0.5 ? 'pass' : 'still-failing';
}
/**
 * p <= alpha, allowing for rounding: p-values land exactly on round alphas (repeat 3, all
 * passing vs all failing, gives exactly 1/20), and exp/log may put them an ulp above.
 */
function significant(p, alpha) {
    return p <= alpha * (1 + 1e-9);
}
function passTable(base, head) {
    return {
        basePass: base.passes,
        baseFail: base.samples - base.passes,
        headPass: head.passes,
        headFail: head.samples - head.passes
    };
}

;// CONCATENATED MODULE: ./src/report/eval-report.ts
/** What every renderer takes: the comparisons, the runs behind them and the gate's decision. */


/**
 * Compares and gates the runs of a results file (one run, or shards merged with
 * `mergeResults`), each suite with the gate settings it was run with.
 */
function reportFromResults(results) {
    const gates = results.suites.map(suite => suite.gate ?? results.gate);
    const suites = results.suites.map((suite, index) => compareSuite(suite, gates[index].alpha));
    return {
        suites,
        runs: results.suites,
        decision: (0,gate/* decideSuiteGates */.dE)(suites, gates),
        ...(results.commit !== undefined && { commit: results.commit })
    };
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   ZK: () => (/* binding */ latency),
/* harmony export */   dR: () => (/* binding */ usd),
/* harmony export */   sp: () => (/* binding */ pValue)
/* harmony export */ });
/* unused harmony export duration */
/** `95%`, `72.5%`. */
function percent(rate) {
    return `${Math.round(rate * 1000) / 10}%`;
}
/** `$0.0123`, `$1.25`; `—` when nothing was priced (a local model, or no price known). */
function usd(amount) {
    if (amount === 0)
        return '—';
    if (amount < 0.0001)
        return '<$0.0001';
    return amount < 1 ? `$${amount.toFixed(4)}` : `$${amount.toFixed(2)}`;
}
/** `820 ms`, `1.4 s`. */
function duration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** `820 ms / 1.4 s` (p50 / p95), `—` without measured requests. */
function latency(distribution) {
    if (distribution === undefined)
        return '—';
    return `${duration(distribution.p50)} / ${duration(distribution.p95)}`;
}
/** `12,345`. */
function count(value) {
    return value.toLocaleString('en-US');
}
/** Two significant digits, `0.016`; below 0.001 as `<0.001`. */
function pValue(p) {
    return p < 0.001 ? '<0.001' : String(Number(p.toPrecision(2)));
}
function plural(n, noun, nouns = `${noun}s`) {
    return `${count(n)} ${n === 1 ? noun : nouns}`;
}


/***/ }),

/***/ 68273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
  n5: () => (/* binding */ renderWithinLimit)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, renderMarkdown

// EXTERNAL MODULE: ./src/report/case-facts.ts
var case_facts = __webpack_require__(75930);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/markdown-escape.ts
/**
 * Text from models, traces and datasets, made inert for a GitHub comment.
 *
 * Every character markdown or HTML could act on is written as a character reference.
 * CommonMark never reads a reference as syntax, so `&#124;` cannot end a table cell, `&#91;`
 * cannot open a link, `&#96;` cannot open a code span or fence and `&lt;` cannot open a tag;
 * the reader sees the character itself. Two renderings:
 * - `inline` for table cells, headings and list items: one line, whitespace collapsed.
 * - `preformatted` for answers, the inside of a `<pre>`: line breaks written `&#10;`, so the
 *   whole HTML block stays on one source line and no blank line in an answer can end the
 *   block and drop the rest into markdown. There is no `<` left to close the `<pre>`. A
 *   fenced block would need a fence longer than any backtick run inside and cannot sit in
 *   the HTML table that shows base and head side by side; `<pre>` can, and GitHub links
 *   nothing inside it.
 *
 * GitHub turns `@name`, `#123`, `GH-123`, URLs and `www.` into mentions, references and
 * links after parsing, on the decoded text, so references do not stop them: a WORD JOINER
 * (U+2060, invisible, no line break) goes after `@` and `#`, inside `GH-1`, `://` and
 * `www.`, in both renderings.
 */
const WORD_JOINER = '\u2060';
// C0/C1 controls other than tab and line breaks (handled separately), and the bidirectional
// overrides that make text display in a different order than it reads.
const INVISIBLE_CONTROLS = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Characters that start markdown or HTML syntax, with their character reference. `(` and `!`
// only matter after `]` or before `[`, which are escaped.
const MARKDOWN_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    // GitHub renders `$…$` as math.
    $: '&#36;'
};
const MARKDOWN_SYNTAX = /[&<>"|\\`*_~[\]$]/g;
/** One line of inert text, at most `maxLength` characters before escaping. */
function inline(text, maxLength = 300) {
    const oneLine = text.replace(INVISIBLE_CONTROLS, '').replace(/\s+/g, ' ').trim();
    return escapeSyntax(breakAutolinks(truncate(oneLine, maxLength)));
}
/** The inside of a `<pre>`: the text as written, line breaks kept, nothing live. */
function preformatted(text, maxLength = 1_000) {
    const lines = text.replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
    return escapeSyntax(breakAutolinks(truncate(lines, maxLength))).replace(/\n/g, '&#10;');
}
/** Text we wrote, in `<code>`: GitHub links nothing inside code. */
function code(text, maxLength = 120) {
    return `<code>${inline(text, maxLength)}</code>`;
}
/**
 * At most `maxLength` characters, the cut marked with how much was left out. Never splits a
 * surrogate pair.
 */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    let end = Math.max(0, maxLength);
    if (isHighSurrogate(text.charCodeAt(end - 1)))
        end--;
    const omitted = text.length - end;
    return `${text.slice(0, end)}… (${omitted.toLocaleString('en-US')} more characters)`;
}
function escapeSyntax(text) {
    return text.replace(MARKDOWN_SYNTAX, char => MARKDOWN_ENTITIES[char] ?? char);
}
function breakAutolinks(text) {
    return text
        .replace(/[@#]/g, `$&${WORD_JOINER}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1${WORD_JOINER}-`)
        .replace(/:\/\//g, `:${WORD_JOINER}//`)
        .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/report/markdown-table.ts
/** GitHub-flavoured markdown tables. */
/** A markdown table from cells that are already escaped. */
function table(header, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = header.map((_, column) => (align[column] === 'right' ? '---:' : '---'));
    return [line(header), line(rule), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-cases.ts




/** Characters of each answer shown; the job summary has room for more than a comment. */
const ANSWER_CHARS = 1_000;
const INPUT_CHARS = 500;
/** Lines of failed checks per row; the rest are counted. */
const PROBLEM_LINES = 3;
const VERDICT_ORDER = ['regression', 'error', 'fixed', 'still-failing', 'pass'];
const VERDICT_LABEL = {
    regression: '❌ regression',
    error: '⚠️ error',
    fixed: '✨ fixed',
    'still-failing': '➖ still failing',
    pass: '✅ pass'
};
/**
 * `failing`: regressions and errors, the cases that fail the gate. `full`: also fixed, still
 * failing, flaky cases and cases with a failed call. Plain passes are only counted.
 */
function caseSection(suite, runs, detail) {
    const shown = suite.cases
        .filter(comparison => isShown(comparison, detail))
        .sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
    const title = `### ${code(suite.suite, 100)}`;
    if (shown.length === 0) {
        const note = detail === 'full'
            ? `All ${(0,format/* plural */.LS)(suite.counts.total, 'case')} pass.`
            : 'No regressions or errors.';
        return `${title}\n\n${note}`;
    }
    const repeats = (runs.suite(suite.suite)?.repeat ?? 1) > 1;
    const header = ['Case', 'Verdict', 'Base', 'Head', ...(repeats ? ['p'] : []), 'What failed'];
    const rows = shown.map(comparison => {
        const run = runs.case(suite, comparison);
        return [
            `${code(comparison.caseId)}<br><sub>${inline(comparison.dataset, 120)}</sub>`,
            VERDICT_LABEL[comparison.verdict] + (comparison.flaky ? ' · 🎲 flaky' : ''),
            sideCell(comparison.base, repeats),
            sideCell(comparison.head, repeats),
            ...(repeats ? [(0,format/* pValue */.sp)(comparison.pValue)] : []),
            run === undefined ? '' : problemsCell((0,case_facts/* caseProblems */.pQ)(comparison, run))
        ];
    });
    const align = header.map((name) => ['Base', 'Head', 'p'].includes(name) ? 'right' : 'left');
    const answers = shown.flatMap(comparison => {
        const run = runs.case(suite, comparison);
        return run === undefined ? [] : [answersBlock(comparison, run)];
    });
    return [title, table(header, rows, align), ...answers].join('\n\n');
}
function isShown(comparison, detail) {
    if (comparison.verdict === 'regression' || comparison.verdict === 'error')
        return true;
    const noteworthy = comparison.verdict !== 'pass' ||
        comparison.flaky ||
        comparison.base.errors + comparison.head.errors > 0;
    return detail === 'full' && noteworthy;
}
/** `✅` / `❌` / `⚠️` for one sample; `3/5 · 1 error` with repeats. */
function sideCell(side, repeats) {
    if (!repeats && side.samples === 1) {
        if (side.errors === 1)
            return '⚠️ error';
        return side.passes === 1 ? '✅ pass' : '❌ fail';
    }
    const errors = side.errors > 0 ? ` · ${(0,format/* plural */.LS)(side.errors, 'error')}` : '';
    return `${(0,format/* count */.U9)(side.passes)}/${(0,format/* count */.U9)(side.samples)}${errors}`;
}
function problemsCell(problems) {
    const lines = problems.slice(0, PROBLEM_LINES).map(problem => inline(problem, 300));
    if (problems.length > PROBLEM_LINES)
        lines.push(`+${problems.length - PROBLEM_LINES} more`);
    return lines.join('<br>');
}
/**
 * Input, then base and head side by side, all on one line of HTML: a blank line would end
 * the HTML block and let the rest be read as markdown.
 */
function answersBlock(comparison, run) {
    const prefer = (0,case_facts/* preferredOutcomes */.Nx)(comparison);
    const columns = ['base', 'head'].map(side => {
        const samples = run[side].samples;
        const sample = (0,case_facts/* shownSample */.QR)(samples, prefer[side]);
        return {
            heading: answerHeading(side, run[side].model, sample, samples.length),
            body: sample === undefined ? '(no sample)' : (0,case_facts/* answerText */.yy)(sample)
        };
    });
    const input = run.input.trim() === ''
        ? ''
        : `<tr><th colspan="2">Input</th></tr><tr><td colspan="2"><pre>${preformatted(run.input, INPUT_CHARS)}</pre></td></tr>`;
    const headings = columns.map(column => `<th>${column.heading}</th>`).join('');
    const bodies = columns
        .map(column => `<td><pre>${preformatted(column.body, ANSWER_CHARS)}</pre></td>`)
        .join('');
    return (`<details><summary>Answers for ${code(comparison.caseId)}</summary>` +
        `<table>${input}<tr>${headings}</tr><tr>${bodies}</tr></table></details>`);
}
function answerHeading(side, caseModel, sample, samples) {
    const name = side === 'base' ? 'Base' : 'Head';
    if (sample === undefined)
        return name;
    const which = samples > 1 ? ` · sample ${sample.sample + 1} of ${samples}` : '';
    return `${name} · ${inline(sample.model ?? caseModel, 80)}${which} · ${(0,case_facts/* sampleOutcome */.jD)(sample)}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





/** GitHub rejects comment bodies longer than this. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Leaves room under GitHub's limit for the hidden marker and header the action adds. */
const DEFAULT_MAX_CHARS = 65_000;
const DETAIL_STEPS = ['full', 'failing', 'summary'];
function renderMarkdown(report, options = {}) {
    return renderWithinLimit(report, options).markdown;
}
/**
 * Tries `full`, then only the failing rows, then the summary, and returns the first that fits;
 * a summary that still does not fit loses its last lines (whole lines, behind a note).
 */
function renderWithinLimit(report, options = {}) {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    const steps = DETAIL_STEPS.slice(DETAIL_STEPS.indexOf(options.detail ?? 'full'));
    for (const detail of steps) {
        const markdown = render(report, detail);
        if (markdown.length <= maxChars)
            return { markdown, detail, truncated: false };
    }
    return {
        markdown: cutToFit(render(report, 'summary'), maxChars),
        detail: 'summary',
        truncated: true
    };
}
function render(report, detail) {
    const ran = report.suites.filter(suite => suite.skipped === undefined);
    const skipped = report.suites.filter(suite => suite.skipped !== undefined);
    const blocks = [
        headline(report.decision, ran),
        commitLine(report.commit),
        pointer(report, detail)
    ];
    if (ran.length > 0)
        blocks.push(overviewTable(ran));
    if (skipped.length > 0)
        blocks.push(skippedList(skipped));
    if (detail !== 'summary') {
        const runs = new case_facts/* RunIndex */.gg(report.runs);
        for (const suite of ran)
            blocks.push(caseSection(suite, runs, detail));
    }
    return `${blocks.filter(block => block !== '').join('\n\n')}\n`;
}
function headline(decision, ran) {
    if (!decision.passed) {
        return `## ❌ toad-eval gate failed: ${inline(decision.reasons.join('; '), 500)}`;
    }
    if (ran.length === 0)
        return '## ✅ toad-eval gate passed: no suite needed a run';
    const cases = sum(ran.map(suite => suite.counts.total));
    const regressions = sum(ran.map(suite => suite.counts.regression));
    const fixed = sum(ran.map(suite => suite.counts.fixed));
    const fixes = fixed > 0 ? `, ${(0,format/* count */.U9)(fixed)} fixed` : '';
    return `## ✅ toad-eval gate passed: ${(0,format/* plural */.LS)(regressions, 'regression')}${fixes} in ${(0,format/* plural */.LS)(cases, 'case')}`;
}
function commitLine(commit) {
    const head = commit?.head === undefined ? undefined : code(shortSha(commit.head));
    const base = commit?.base === undefined ? undefined : code(shortSha(commit.base));
    if (head !== undefined && base !== undefined)
        return `Head ${head} compared with base ${base}`;
    if (head !== undefined)
        return `Head ${head}`;
    return base === undefined ? '' : `Base ${base}`;
}
function shortSha(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** Where to find what this rendering leaves out. */
function pointer(report, detail) {
    if (detail === 'full')
        return '';
    const where = [
        markdown_link('job summary', report.links?.jobSummary),
        markdown_link('results.json artifact', report.links?.artifact)
    ].join(' and the ');
    return detail === 'failing'
        ? `Only regressions and errors are listed here; every case is in the ${where}.`
        : `Case details are in the ${where}.`;
}
/** A link only to an http(s) URL, with the characters that could end it percent-encoded. */
function markdown_link(text, url) {
    if (url === undefined || !/^https?:\/\/\S+$/i.test(url))
        return text;
    const safe = url.replace(/[()<>]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    return `[${text}](${safe})`;
}
const OVERVIEW_HEADER = [
    'Suite',
    'Cases',
    'Pass rate (base → head)',
    'Regressions',
    'Fixed',
    'Still failing',
    'Errors',
    'Flaky',
    'Cost (base → head)',
    'Latency p50 / p95 (base → head)'
];
function overviewTable(suites) {
    const rows = suites.map(suite => {
        const failedCalls = suite.base.errors + suite.head.errors;
        const errors = failedCalls > 0
            ? `${emphasized(suite.counts.error)} (${(0,format/* plural */.LS)(failedCalls, 'failed call')})`
            : emphasized(suite.counts.error);
        return [
            code(suite.suite, 100),
            (0,format/* count */.U9)(suite.counts.total),
            `${(0,format/* percent */.KN)(suite.base.passRate)} → ${(0,format/* percent */.KN)(suite.head.passRate)}`,
            emphasized(suite.counts.regression),
            (0,format/* count */.U9)(suite.counts.fixed),
            (0,format/* count */.U9)(suite.counts['still-failing']),
            errors,
            (0,format/* count */.U9)(suite.counts.flaky),
            `${(0,format/* usd */.dR)(suite.base.costUsd)} → ${(0,format/* usd */.dR)(suite.head.costUsd)}`,
            `${(0,format/* latency */.ZK)(suite.base.latencyMs)} → ${(0,format/* latency */.ZK)(suite.head.latencyMs)}`
        ];
    });
    return table(OVERVIEW_HEADER, rows, [
        'left',
        ...OVERVIEW_HEADER.slice(1).map(() => 'right')
    ]);
}
/** Bold when not zero: the numbers that fail gates. */
function emphasized(value) {
    return value === 0 ? '0' : `**${(0,format/* count */.U9)(value)}**`;
}
function skippedList(suites) {
    const items = suites.map(suite => `- ${code(suite.suite, 100)}: ${inline(suite.skipped ?? '', 300)}`);
    return [`**Skipped** (${(0,format/* plural */.LS)(suites.length, 'suite')}):`, ...items].join('\n');
}
/**
 * Whole lines of `markdown` that fit in `maxChars` with a closing note; the bare prefix when
 * not even the note fits. Only the summary is cut, and it has no multi-line HTML to break.
 */
function cutToFit(markdown, maxChars) {
    // The blank line keeps the note out of a table the cut may end in.
    const note = '\n\n_The report was cut to fit in a comment; see the job summary._\n';
    const kept = [];
    let length = note.length;
    for (const line of markdown.split('\n')) {
        if (length + line.length + 1 > maxChars)
            break;
        kept.push(line);
        length += line.length + 1;
    }
    if (kept.length > 0)
        return `${kept.join('\n')}${note}`;
    return prefix(markdown, maxChars);
}
/** At most `maxChars` UTF-16 units, not splitting a surrogate pair. */
function prefix(text, maxChars) {
    let end = Math.max(0, maxChars);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end);
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}


/***/ }),

/***/ 51885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* unused harmony export ResultsMergeError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Merges the results files of one run's shards (or of runs of different suites) into one,
 * so the report and the gate see every case. Anything that says the files are not parts of
 * the same run is an error, as is a missing shard: a partial run must not pass the gate.
 */

class ResultsMergeError extends Error {
    name = 'ResultsMergeError';
}
/**
 * One results file holding every suite and case of `files`, in shard order; without `shard`,
 * and dated by the latest file. Throws `ResultsMergeError` when the files disagree on the
 * gate, the commits or a suite's setup, when a case appears twice, or when shards are missing.
 */
function mergeResults(files) {
    const [first] = files;
    if (first === undefined)
        throw new ResultsMergeError('no results files to merge');
    for (const file of files.slice(1)) {
        checkSameRun(first, file);
    }
    const ordered = orderShards(files);
    const suites = new Map();
    const caseOrigins = new Map();
    for (const { origin, results } of ordered) {
        for (const suite of results.suites) {
            const known = suites.get(suite.name);
            if (known === undefined) {
                suites.set(suite.name, { suite: { ...suite, cases: [] }, origin });
            }
            else {
                checkSameSuite(known, { suite, origin });
            }
            const merged = suites.get(suite.name)?.suite;
            for (const run of suite.cases) {
                const key = JSON.stringify([suite.name, run.dataset, run.caseId]);
                const seenIn = caseOrigins.get(key);
                if (seenIn !== undefined) {
                    const where = seenIn === origin ? `twice in ${origin}` : `in both ${seenIn} and ${origin}`;
                    throw new ResultsMergeError(`${describeCase(suite.name, run)} is ${where}`);
                }
                caseOrigins.set(key, origin);
                merged?.cases.push(run);
            }
        }
    }
    const { shard: _shard, ...whole } = first.results;
    return {
        ...whole,
        createdAt: ordered.map(file => file.results.createdAt).reduce(later),
        suites: [...suites.values()].map(({ suite }) => suite)
    };
}
function checkSameRun(first, other) {
    const between = `${first.origin} and ${other.origin}`;
    const gate = firstDifference(first.results.gate, other.results.gate);
    if (gate !== undefined) {
        throw new ResultsMergeError(`${between} were run with different gate settings (${gate})`);
    }
    const commit = firstDifference(first.results.commit ?? {}, other.results.commit ?? {});
    if (commit !== undefined) {
        throw new ResultsMergeError(`${between} are results of different commits (${commit})`);
    }
}
/** Shards sorted by index; checks that all of 1..total are there, once each. */
function orderShards(files) {
    const sharded = files.filter(file => file.results.shard !== undefined);
    if (sharded.length === 0)
        return [...files];
    const whole = files.find(file => file.results.shard === undefined);
    if (whole !== undefined) {
        throw new ResultsMergeError(`${whole.origin} holds a whole run but ${sharded[0]?.origin} holds a shard; merge the shards of one run`);
    }
    const total = sharded[0]?.results.shard?.total ?? 0;
    const byIndex = new Map();
    for (const file of sharded) {
        const shard = file.results.shard ?? { index: 0, total: 0 };
        if (shard.total !== total) {
            throw new ResultsMergeError(`${sharded[0]?.origin} is a shard of ${total} but ${file.origin} of ${shard.total}`);
        }
        const twin = byIndex.get(shard.index);
        if (twin !== undefined) {
            throw new ResultsMergeError(`${twin.origin} and ${file.origin} are both shard ${shard.index}/${total}`);
        }
        byIndex.set(shard.index, file);
    }
    const missing = range(1, total).filter(index => !byIndex.has(index));
    if (missing.length > 0) {
        const list = missing.map(index => `${index}/${total}`).join(', ');
        throw new ResultsMergeError(`missing shard${missing.length === 1 ? '' : 's'} ${list}: the report would cover part of the cases`);
    }
    return range(1, total).flatMap(index => byIndex.get(index) ?? []);
}
function checkSameSuite(known, other) {
    const setup = (suite) => ({
        repeat: suite.repeat,
        skipped: suite.skipped,
        base: suite.base,
        head: suite.head
    });
    const difference = firstDifference(setup(known.suite), setup(other.suite));
    if (difference !== undefined) {
        throw new ResultsMergeError(`suite "${other.suite.name}" was set up differently in ${known.origin} and ${other.origin} (${difference})`);
    }
}
/** `key a vs b` for the first member that differs, compared deeply; undefined when equal. */
function firstDifference(a, b) {
    const left = a;
    const right = b;
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
    const key = keys.find(name => !(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(left[name], right[name]));
    if (key === undefined)
        return undefined;
    return `${key} ${JSON.stringify(left[key]) ?? 'unset'} vs ${JSON.stringify(right[key]) ?? 'unset'}`;
}
function describeCase(suite, run) {
    return `case "${run.caseId}" of ${run.dataset} in suite "${suite}"`;
}
function later(a, b) {
    return Date.parse(b) > Date.parse(a) ? b : a;
}
function range(from, to) {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset);
}


/***/ }),

/***/ 44142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ MARKDOWN_FILE_MAX_CHARS),
  W: () => (/* binding */ writeReportOutputs)
});

// EXTERNAL MODULE: ./src/report/case-facts.ts
var case_facts = __webpack_require__(75930);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/xml-escape.ts
/** Text for XML 1.0 documents (JUnit), whatever characters a model answered with. */
// Everything XML 1.0 forbids: C0 controls other than tab and line breaks, lone surrogates
// (matched one by one under the `u` flag), U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function xmlText(text) {
    return text
        .replace(NOT_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** For a double-quoted attribute; line breaks and tabs as references so parsers keep them. */
function xmlAttribute(text) {
    return xmlText(text)
        .replace(/"/g, '&quot;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./src/report/junit.ts



function renderJunit(report) {
    const runs = new case_facts/* RunIndex */.gg(report.runs);
    const suites = report.suites.map(suite => renderSuite(suite, runs));
    const totals = tally(report.suites.flatMap(suite => suite.cases));
    const time = sum(report.suites.flatMap(suite => suite.cases.map(c => caseSeconds(runs.case(suite, c)))));
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="toad-eval"${counts(totals)} time="${seconds(time)}">`,
        ...suites,
        '</testsuites>',
        ''
    ].join('\n');
}
function renderSuite(suite, runs) {
    const name = xmlAttribute(suite.suite);
    if (suite.skipped !== undefined) {
        return [
            `  <testsuite name="${name}" tests="0" failures="0" errors="0" skipped="0" time="0.000">`,
            '    <properties>',
            `      <property name="skipped" value="${xmlAttribute(suite.skipped)}"/>`,
            '    </properties>',
            '  </testsuite>'
        ].join('\n');
    }
    const cases = suite.cases.map(comparison => ({
        comparison,
        run: runs.case(suite, comparison)
    }));
    const time = sum(cases.map(({ run }) => caseSeconds(run)));
    return [
        `  <testsuite name="${name}"${counts(tally(suite.cases))} time="${seconds(time)}">`,
        ...cases.map(({ comparison, run }) => renderCase(comparison, run)),
        '  </testsuite>'
    ].join('\n');
}
function renderCase(comparison, run) {
    const open = `    <testcase name="${xmlAttribute(comparison.caseId)}" ` +
        `classname="${xmlAttribute(comparison.dataset)}" time="${seconds(caseSeconds(run))}"`;
    const problems = run === undefined ? '' : (0,case_facts/* caseProblems */.pQ)(comparison, run).join('\n');
    const message = xmlAttribute(`${comparison.verdict.replace('-', ' ')}: ${passCounts(comparison)}`);
    const failedCalls = comparison.verdict === 'error' || run === undefined
        ? []
        : [...(0,case_facts/* callErrors */.ir)('base', run.base.samples), ...(0,case_facts/* callErrors */.ir)('head', run.head.samples)];
    const notes = [
        comparison.verdict === 'fixed' ? `fixed: ${passCounts(comparison)}` : '',
        comparison.flaky ? 'flaky: base samples both passed and failed' : '',
        ...failedCalls
    ].filter(note => note !== '');
    const body = [];
    if (comparison.verdict === 'regression') {
        body.push(`<failure type="regression" message="${message}">${xmlText(problems)}</failure>`);
    }
    else if (comparison.verdict === 'error') {
        body.push(`<error type="error" message="${message}">${xmlText(problems)}</error>`);
    }
    else if (comparison.verdict === 'still-failing') {
        body.push(`<skipped message="${message}">${xmlText(problems)}</skipped>`);
    }
    if (notes.length > 0)
        body.push(`<system-out>${xmlText(notes.join('\n'))}</system-out>`);
    if (body.length === 0)
        return `${open}/>`;
    return [`${open}>`, ...body.map(element => `      ${element}`), '    </testcase>'].join('\n');
}
function passCounts(comparison) {
    const side = (name, counts) => `${name} passed ${counts.passes}/${counts.samples}` +
        (counts.errors > 0 ? ` (${(0,format/* plural */.LS)(counts.errors, 'error')})` : '');
    return `${side('base', comparison.base)}, ${side('head', comparison.head)}`;
}
function tally(cases) {
    return {
        tests: cases.length,
        failures: cases.filter(c => c.verdict === 'regression').length,
        errors: cases.filter(c => c.verdict === 'error').length,
        skipped: cases.filter(c => c.verdict === 'still-failing').length
    };
}
function counts(totals) {
    return ` tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}"`;
}
/** Head's measured request time: what this change costs in waiting. */
function caseSeconds(run) {
    return (sum((run?.head.samples ?? []).map(sample => (sample.cached ? 0 : (sample.latencyMs ?? 0)))) /
        1000);
}
function seconds(value) {
    return value.toFixed(3);
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var report_markdown = __webpack_require__(68273);
// EXTERNAL MODULE: ./src/report/results-file.ts + 2 modules
var results_file = __webpack_require__(84112);
// EXTERNAL MODULE: ./src/dataset/yaml.ts
var yaml = __webpack_require__(60921);
;// CONCATENATED MODULE: ./src/report/outputs.ts




/** A markdown file is read in a browser or a job summary (1 MiB there), not a PR comment. */
const MARKDOWN_FILE_MAX_CHARS = 1_000_000;
/** Writes each requested output. */
async function writeReportOutputs(results, report, outputs) {
    if (outputs.results)
        await (0,yaml/* writeFileAtomic */.Zf)(outputs.results, (0,results_file/* serializeResults */.f5)(results));
    if (outputs.markdown) {
        const { markdown } = (0,report_markdown/* renderWithinLimit */.n5)(report, { maxChars: MARKDOWN_FILE_MAX_CHARS });
        await (0,yaml/* writeFileAtomic */.Zf)(outputs.markdown, markdown);
    }
    if (outputs.junit)
        await (0,yaml/* writeFileAtomic */.Zf)(outputs.junit, renderJunit(report));
}


/***/ }),

/***/ 84112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* binding */ RESULTS_SCHEMA),
  kI: () => (/* binding */ RESULTS_VERSION),
  c2: () => (/* binding */ parseResults),
  f5: () => (/* binding */ serializeResults)
});

// UNUSED EXPORTS: InvalidFileError, ResultsMergeError, mergeResults

// EXTERNAL MODULE: ./src/report/eval-report.ts + 3 modules
var eval_report = __webpack_require__(71833);
;// CONCATENATED MODULE: ./src/report/json-field.ts
/**
 * Typed reads from parsed JSON that name the file and the path of whatever is wrong:
 * `results.json: suites[0].cases[3].head.samples[1].passed: expected a boolean, got "yes"`.
 */
class InvalidFileError extends Error {
    name = 'InvalidFileError';
}
class JsonField {
    origin;
    path;
    value;
    constructor(
    /** The file (or other source) the JSON came from, as the user named it. */
    origin, 
    /** `suites[0].name`; empty for the document itself. */
    path, value) {
        this.origin = origin;
        this.path = path;
        this.value = value;
    }
    /** The member `name` of this object; absent members read as `undefined`. */
    get(name) {
        const object = this.object();
        const path = this.path === '' ? name : `${this.path}.${name}`;
        return new JsonField(this.origin, path, Object.hasOwn(object, name) ? object[name] : undefined);
    }
    isPresent() {
        return this.value !== undefined && this.value !== null;
    }
    object() {
        if (typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value)) {
            return this.value;
        }
        return this.fail('an object');
    }
    array(readItem) {
        if (!Array.isArray(this.value))
            return this.fail('an array');
        return this.value.map((item, index) => readItem(new JsonField(this.origin, `${this.path}[${index}]`, item)));
    }
    string() {
        return typeof this.value === 'string' ? this.value : this.fail('a string');
    }
    number() {
        return typeof this.value === 'number' && Number.isFinite(this.value)
            ? this.value
            : this.fail('a number');
    }
    wholeNumber() {
        return Number.isInteger(this.value) && this.value >= 0
            ? this.value
            : this.fail('a whole number >= 0');
    }
    boolean() {
        return typeof this.value === 'boolean' ? this.value : this.fail('true or false');
    }
    /** `read(this)` when present, else `undefined` (JSON has no undefined: null counts as absent). */
    optional(read) {
        return this.isPresent() ? read(this) : undefined;
    }
    oneOf(allowed) {
        const value = this.string();
        if (allowed.includes(value))
            return value;
        return this.fail(`one of ${allowed.map(item => JSON.stringify(item)).join(', ')}`);
    }
    fail(expected) {
        const where = this.path === '' ? this.origin : `${this.origin}: ${this.path}`;
        throw new InvalidFileError(`${where}: expected ${expected}, got ${describe(this.value)}`);
    }
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'an object';
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/**
 * `value` without its `undefined` members, so an object read back from JSON has exactly the
 * keys it was written with.
 */
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}

;// CONCATENATED MODULE: ./src/report/results-shape.ts

// Records over the unions, so adding a provider or role without teaching the reader fails
// to compile instead of rejecting valid files.
const PROVIDER_KINDS = Object.keys({ openai: 0, anthropic: 0 });
const CHAT_ROLES = Object.keys({ system: 0, user: 0, assistant: 0, tool: 0 });
function readGateSettings(field) {
    const alpha = field.get('alpha');
    if (!(alpha.number() > 0 && alpha.number() <= 1))
        alpha.fail('a number above 0 and at most 1');
    const minPassRate = field.get('minPassRate');
    if (minPassRate.isPresent() && !(minPassRate.number() >= 0 && minPassRate.number() <= 1)) {
        minPassRate.fail('a number from 0 to 1');
    }
    return withoutUndefined({
        maxRegressions: field.get('maxRegressions').wholeNumber(),
        minPassRate: minPassRate.optional(item => item.number()),
        maxErrors: field.get('maxErrors').optional(item => item.wholeNumber()),
        alpha: alpha.number()
    });
}
function readSuiteRun(field) {
    return withoutUndefined({
        name: field.get('name').string(),
        skipped: optionalString(field.get('skipped')),
        base: readVariantSpec(field.get('base')),
        head: readVariantSpec(field.get('head')),
        repeat: field.get('repeat').wholeNumber(),
        gate: field.get('gate').optional(readGateSettings),
        cases: field.get('cases').array(readCaseRun)
    });
}
function readVariantSpec(field) {
    return withoutUndefined({
        name: field.get('name').oneOf(['base', 'head']),
        provider: field.get('provider').oneOf(PROVIDER_KINDS),
        baseUrl: field.get('baseUrl').string(),
        model: optionalString(field.get('model')),
        prompt: field.get('prompt').optional(prompt => ({
            path: prompt.get('path').string(),
            ref: prompt.get('ref').string()
        }))
    });
}
function readCaseRun(field) {
    return withoutUndefined({
        caseId: field.get('caseId').string(),
        dataset: field.get('dataset').string(),
        input: field.get('input').string(),
        productionOutput: optionalString(field.get('productionOutput')),
        base: readVariantCaseResult(field.get('base')),
        head: readVariantCaseResult(field.get('head'))
    });
}
function readVariantCaseResult(field) {
    return {
        messages: field.get('messages').array(readChatMessage),
        model: field.get('model').string(),
        samples: field.get('samples').array(readSampleResult)
    };
}
function readChatMessage(field) {
    return withoutUndefined({
        role: field.get('role').oneOf(CHAT_ROLES),
        content: field.get('content').string(),
        toolCalls: field.get('toolCalls').optional(calls => calls.array(readToolCall)),
        toolCallId: optionalString(field.get('toolCallId')),
        name: optionalString(field.get('name'))
    });
}
function readToolCall(field) {
    const call = field.object();
    return withoutUndefined({
        id: optionalString(field.get('id')),
        name: field.get('name').string(),
        // Parsed JSON or raw text, kept as written.
        arguments: call.arguments
    });
}
function readSampleResult(field) {
    const usage = field.get('usage');
    return withoutUndefined({
        sample: field.get('sample').wholeNumber(),
        output: optionalString(field.get('output')),
        toolCalls: field.get('toolCalls').optional(calls => calls.array(readToolCall)),
        error: optionalString(field.get('error')),
        failure: optionalString(field.get('failure')),
        cached: field.get('cached').boolean(),
        latencyMs: field.get('latencyMs').optional(item => item.number()),
        usage: withoutUndefined({
            input: usage.get('input').optional(item => item.wholeNumber()),
            output: usage.get('output').optional(item => item.wholeNumber())
        }),
        costUsd: field.get('costUsd').optional(item => item.number()),
        model: optionalString(field.get('model')),
        assertions: field.get('assertions').array(readScoredAssertion),
        passed: field.get('passed').boolean()
    });
}
function readScoredAssertion(field) {
    const assertion = field.get('assertion');
    assertion.get('type').string();
    return withoutUndefined({
        type: field.get('type').string(),
        passed: field.get('passed').boolean(),
        reason: field.get('reason').string(),
        score: field.get('score').optional(item => item.number()),
        // As written in the dataset: its other keys are the assertion's own business.
        assertion: assertion.object()
    });
}
function optionalString(field) {
    return field.optional(item => item.string());
}

// EXTERNAL MODULE: ./src/report/merge-results.ts
var merge_results = __webpack_require__(51885);
;// CONCATENATED MODULE: ./src/report/results-file.ts




const RESULTS_SCHEMA = 'toad-eval/results';
const RESULTS_VERSION = 1;
/** Pretty-printed JSON with the derived `outcome`, ending in a newline. */
function serializeResults(results) {
    const { decision, suites } = (0,eval_report/* reportFromResults */.d)(results);
    const outcome = { decision, suites };
    return `${JSON.stringify({ ...results, outcome }, null, 2)}\n`;
}
/**
 * Reads and validates a results file. `origin` names it in errors (its path, as the user gave
 * it). Throws `InvalidFileError` for text that is not JSON, another schema or version, or a
 * value of the wrong shape, naming the path inside the file.
 */
function parseResults(text, origin) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new InvalidFileError(`${origin}: not valid JSON (${error.message})`);
    }
    const root = new JsonField(origin, '', json);
    checkSchema(root);
    const shard = root.get('shard').optional(readShard);
    const commit = root.get('commit').optional(field => withoutUndefined({
        head: field.get('head').optional(item => item.string()),
        base: field.get('base').optional(item => item.string())
    }));
    return {
        schema: RESULTS_SCHEMA,
        version: RESULTS_VERSION,
        createdAt: root.get('createdAt').string(),
        tool: {
            name: root.get('tool').get('name').string(),
            version: root.get('tool').get('version').string()
        },
        ...(commit !== undefined && { commit }),
        ...(shard !== undefined && { shard }),
        gate: readGateSettings(root.get('gate')),
        suites: root.get('suites').array(readSuiteRun)
    };
}
function checkSchema(root) {
    if (typeof root.value !== 'object' || root.value === null || Array.isArray(root.value)) {
        throw new InvalidFileError(`${root.origin}: not a toad-eval results file (expected a JSON object, got ${Array.isArray(root.value) ? 'an array' : typeof root.value})`);
    }
    const schema = root.get('schema').value;
    if (schema !== RESULTS_SCHEMA) {
        throw new InvalidFileError(`${root.origin}: not a toad-eval results file (schema ${JSON.stringify(schema) ?? 'missing'}, ` +
            `expected "${RESULTS_SCHEMA}")`);
    }
    const version = root.get('version').value;
    if (version === RESULTS_VERSION)
        return;
    const newer = typeof version === 'number' && version > RESULTS_VERSION;
    throw new InvalidFileError(`${root.origin}: results version ${JSON.stringify(version) ?? 'missing'} is not supported ` +
        `(this toad-eval reads version ${RESULTS_VERSION})` +
        (newer ? '; read it with the toad-eval version that wrote it, or a newer one' : ''));
}
function readShard(field) {
    const total = field.get('total').wholeNumber();
    const index = field.get('index');
    const value = index.wholeNumber();
    if (value < 1 || value > total)
        index.fail(`a shard number from 1 to ${total}`);
    return { index: value, total };
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
/* harmony export */   m0: () => (/* binding */ rawSettings),
/* harmony export */   mY: () => (/* binding */ readParsed)
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
/**
 * A text value checked by the parser its consumer uses (durations, lookbacks); the parser's
 * complaint is reported under the key's name.
 */
function readParsed(raw, key, parse) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    try {
        return { text, value: parse(text) };
    }
    catch (error) {
        throw new SettingsError(`${raw.describe(key)}: ${error.message}`, { cause: error });
    }
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
