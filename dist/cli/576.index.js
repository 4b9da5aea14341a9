export const id = 576;
export const ids = [576];
export const modules = {

/***/ 9716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ exitCode),
/* harmony export */   dE: () => (/* binding */ decideSuiteGates),
/* harmony export */   iD: () => (/* binding */ providerUnreachable),
/* harmony export */   sV: () => (/* binding */ DEFAULT_GATE)
/* harmony export */ });
/* unused harmony exports decideGate, ExitCode */
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

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG_FILE, parseConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9655);




const DEFAULT_CONFIG_FILE = 'toad-eval.yaml';
/**
 * Reads `toad-eval.yaml`. Keys are the CLI's flag names (`max-cases`; `max_cases` works
 * too), so a setting reads the same in a config file, on the command line and as an input.
 * Returns undefined when the default file is absent; an explicit path must exist.
 */
async function loadConfig(path, schema, cwd = process.cwd()) {
    const file = path ?? DEFAULT_CONFIG_FILE;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && path === undefined)
            return undefined;
        throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`Cannot read config ${file}: ${error.message}`);
    }
    return { path: file, ...parseConfig(text, file, schema) };
}
function parseConfig(text, file, schema) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { version: '1.2', uniqueKeys: true });
    }
    catch (error) {
        throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${file}: not valid YAML: ${error.message}`);
    }
    const sections = new Map();
    const lists = new Map();
    if (document === null || document === undefined)
        return { sections, lists };
    if (!isPlainObject(document))
        throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${file}: expected a mapping of sections (${Object.keys(schema).join(', ')})`);
    for (const [name, body] of Object.entries(document)) {
        const section = schema[name];
        if (!section) {
            throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${file}: unknown section "${name}"; allowed: ${Object.keys(schema).join(', ')}`);
        }
        if (section.list) {
            if (!Array.isArray(body) || !body.every(isPlainObject)) {
                throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${file}: ${name} must be a list of mappings of settings`);
            }
            const entries = body.map((entry, index) => sectionSettings(entry, `${file}: ${name}[${index}]`, section));
            lists.set(name, entries);
            continue;
        }
        if (!isPlainObject(body))
            throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${file}: ${name} must be a mapping of settings`);
        sections.set(name, sectionSettings(body, `${file}: ${name}`, section));
    }
    return { sections, lists };
}
function sectionSettings(body, where, section) {
    const values = {};
    const spelled = {};
    for (const [written, value] of Object.entries(body)) {
        const dashed = written.replace(/_/g, '-');
        const key = section.aliases?.[dashed] ?? dashed;
        if (!section.keys.includes(key)) {
            throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${where}.${written} is not a setting; allowed: ${section.keys.join(', ')}`);
        }
        values[key] = rawValue(value, `${where}.${written}`);
        spelled[key] = written;
    }
    return (0,_settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .rawSettings */ .m0)(values, key => `${where}.${spelled[key] ?? key}`);
}
function rawValue(value, where) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    if (Array.isArray(value) && value.every(isScalar))
        return value.map(String);
    if (isPlainObject(value) && Object.values(value).every(isScalar)) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
    }
    throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .GN(`${where} must be a text, number, true/false, a list of them, or a mapping of them`);
}
function isScalar(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ exportSettingsFrom),
/* harmony export */   Vx: () => (/* binding */ runSettingsFrom),
/* harmony export */   ln: () => (/* binding */ CONFIG_SCHEMA)
/* harmony export */ });
/* harmony import */ var _settings_eval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6663);
/* harmony import */ var _settings_export_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9495);
/* harmony import */ var _settings_raw_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9655);



/**
 * The sections toad-eval.yaml may have: one file serves the nightly export and the PR run.
 * Keys are the CLI's flag names.
 */
const CONFIG_SCHEMA = {
    export: { keys: _settings_export_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPORT_SETTING_KEYS */ .hK, aliases: _settings_export_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPORT_SETTING_ALIASES */ .Zl },
    eval: { keys: [..._settings_eval_js__WEBPACK_IMPORTED_MODULE_0__/* .SUITE_SETTING_KEYS */ .Lb, ..._settings_eval_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_SETTING_KEYS */ .oK], aliases: _settings_eval_js__WEBPACK_IMPORTED_MODULE_0__/* .EVAL_SETTING_ALIASES */ .rG },
    suites: { keys: _settings_eval_js__WEBPACK_IMPORTED_MODULE_0__/* .SUITE_SETTING_KEYS */ .Lb, aliases: _settings_eval_js__WEBPACK_IMPORTED_MODULE_0__/* .EVAL_SETTING_ALIASES */ .rG, list: true }
};
/** The run's settings: toad-eval.yaml's `eval` defaults and `suites`, under flags or inputs. */
function runSettingsFrom(config, overrides, env) {
    const defaults = config?.sections.get('eval');
    const suites = config?.lists.get('suites');
    return (0,_settings_eval_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRunSettings */ .Al)({
        ...(defaults ? { defaults } : {}),
        ...(suites ? { suites } : {}),
        flags: overrides,
        env
    });
}
/** The export's settings: toad-eval.yaml's `export` section under flags or inputs. */
function exportSettingsFrom(config, overrides, env) {
    const section = config?.sections.get('export');
    return (0,_settings_export_js__WEBPACK_IMPORTED_MODULE_1__/* .parseExportCommandSettings */ .Kv)(section ? (0,_settings_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .layered */ .dZ)(section, overrides) : overrides, env);
}


/***/ }),

/***/ 921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ YAML_OPTIONS),
/* harmony export */   SR: () => (/* binding */ DatasetFormatError),
/* harmony export */   YB: () => (/* binding */ casesToYaml),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bb: () => (/* binding */ datasetToYaml),
/* harmony export */   oH: () => (/* binding */ parseDataset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);




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

/***/ 3863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   MO: () => (/* binding */ asTextList),
/* harmony export */   Q0: () => (/* binding */ recordsIn),
/* harmony export */   Qb: () => (/* binding */ recordField),
/* harmony export */   U6: () => (/* binding */ asNonEmptyText),
/* harmony export */   Wg: () => (/* binding */ asCount),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   Zv: () => (/* binding */ firstField),
/* harmony export */   bR: () => (/* binding */ positiveCount),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   l4: () => (/* binding */ nonEmptyList),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   qz: () => (/* binding */ nonEmptyObject),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Narrowing for values whose shape nobody promised: parsed JSON found inside attributes and
 * attribute values themselves. Only own properties are read, so a key such as `__proto__`
 * in trace data stays data.
 */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** An own field (of a record that may be absent); never reaches `Object.prototype`. */
function field(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** The first of `keys` that holds something other than `undefined`/`null`. */
function firstField(record, keys) {
    for (const key of keys) {
        const value = field(record, key);
        if (value !== undefined && value !== null)
            return value;
    }
    return undefined;
}
/** An own field that is a record. */
function recordField(record, key) {
    const value = field(record, key);
    return isRecord(value) ? value : undefined;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function recordsIn(value) {
    return asList(value).filter(isRecord);
}
/**
 * Text for a field that should hold text. Numbers and booleans become their text (some
 * writers type ids and names loosely); anything structured is not text.
 */
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** Text that says something: empty and whitespace-only text count as absent. */
function asNonEmptyText(value) {
    const text = asText(value);
    return text !== undefined && text.trim() !== '' ? text : undefined;
}
/** A finite number, also from numeric text (`"412"`, `"0.7"`); `"None"` and `""` are not numbers. */
function asNumber(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
/** A token count or similar: a non-negative whole number. */
function asCount(value) {
    const number = asNumber(value);
    return number !== undefined && number >= 0 && Number.isInteger(number) ? number : undefined;
}
/** A limit such as `max_tokens`: some instrumentations write `-1` or `0` for "not set". */
function positiveCount(value) {
    const count = asCount(value);
    return count !== undefined && count > 0 ? count : undefined;
}
/** A list of texts from a list, or a single text as a list of one. */
function asTextList(value) {
    if (Array.isArray(value)) {
        const texts = value.map(asText).filter(text => text !== undefined);
        return texts.length > 0 ? texts : undefined;
    }
    const text = asNonEmptyText(value);
    return text === undefined ? undefined : [text];
}
const MAX_JSON_TEXT_CHARS = 1_000_000;
/**
 * JSON text of a structured value, for content that is not text (a tool result object).
 * Never throws: a value too deep or cyclic for `JSON.stringify` gives a marker.
 */
function jsonText(value) {
    try {
        const text = JSON.stringify(value) ?? '';
        return text.length > MAX_JSON_TEXT_CHARS ? text.slice(0, MAX_JSON_TEXT_CHARS) : text;
    }
    catch {
        return '[unserializable value]';
    }
}
/** Drops the keys whose value is `undefined`, so results compare and serialize cleanly. */
function compact(value) {
    const result = {};
    for (const [key, item] of Object.entries(value))
        if (item !== undefined)
            result[key] = item;
    return result;
}
/** The list, or `undefined` when it is absent or empty. */
function nonEmptyList(list) {
    return list !== undefined && list.length > 0 ? list : undefined;
}
/** The object, or `undefined` when it is absent or has no keys. */
function nonEmptyObject(value) {
    return value !== undefined && Object.keys(value).length > 0 ? value : undefined;
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ parseRunSettings),
/* harmony export */   C7: () => (/* binding */ apiKeyVariable),
/* harmony export */   Lb: () => (/* binding */ SUITE_SETTING_KEYS),
/* harmony export */   oK: () => (/* binding */ RUN_SETTING_KEYS),
/* harmony export */   rG: () => (/* binding */ EVAL_SETTING_ALIASES)
/* harmony export */ });
/* unused harmony exports DEFAULT_CACHE_DIR, DEFAULT_CONCURRENCY */
/* harmony import */ var _compare_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9716);
/* harmony import */ var _traces_window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5112);
/* harmony import */ var _raw_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9655);



/** Keys of one suite: in `suites:` entries, in the `eval:` defaults, and as flags. */
const SUITE_SETTING_KEYS = [
    'name',
    'prompt',
    'base-prompt',
    'dataset',
    'provider',
    'base-url',
    'model',
    'base-model',
    'temperature',
    'max-tokens',
    'top-p',
    'seed',
    'repeat',
    'judge-model',
    'embedding-model',
    'max-regressions',
    'min-pass-rate',
    'max-errors',
    'alpha'
];
/** Keys that apply to the whole run: in the `eval:` section and as flags. */
const RUN_SETTING_KEYS = [
    'base-ref',
    'concurrency',
    'timeout',
    'retries',
    'cache',
    'cache-dir',
    'shard',
    'results',
    'markdown',
    'junit',
    'run-unchanged',
    'suite',
    'price'
];
const EVAL_SETTING_ALIASES = { datasets: 'dataset', prices: 'price' };
const DEFAULT_CACHE_DIR = '.toad-eval-cache';
const DEFAULT_CONCURRENCY = 8;
/**
 * One run's settings. `--dataset` on the command line makes a one-off suite; otherwise the
 * suites come from toad-eval.yaml, each layered over the `eval:` defaults, flags on top.
 */
function parseRunSettings(sources) {
    const { flags, env } = sources;
    const defaults = sources.defaults ? (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .layered */ .dZ)(sources.defaults, flags) : flags;
    const oneOff = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readStrings */ .Nc)(flags, 'dataset').length > 0;
    const entries = oneOff
        ? [defaults]
        : (sources.suites ?? []).map(suite => (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .missingKeysNamedBy */ .LB)((0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .layered */ .dZ)(...compact(sources.defaults, suite, flags)), suite));
    if (entries.length === 0) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN('No suites to run: add "suites" to toad-eval.yaml or pass --dataset FILE');
    }
    const runUnchanged = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(defaults, 'run-unchanged') ?? false;
    let suites = entries.map((raw, index) => ({
        ...parseSuite(raw, env, `suite-${index + 1}`),
        ...(runUnchanged ? { runUnchanged } : {})
    }));
    const only = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readStrings */ .Nc)(defaults, 'suite');
    if (only.length > 0) {
        const unknown = only.filter(name => !suites.some(suite => suite.name === name));
        if (unknown.length > 0) {
            throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${defaults.describe('suite')}: no suite named ${unknown.map(n => `"${n}"`).join(', ')}; ` +
                `suites: ${suites.map(suite => suite.name).join(', ')}`);
        }
        suites = suites.filter(suite => only.includes(suite.name));
    }
    const names = new Set();
    for (const suite of suites) {
        if (names.has(suite.name))
            throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`Two suites are named "${suite.name}"; names must be unique`);
        names.add(suite.name);
    }
    const cacheOn = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(defaults, 'cache') ?? true;
    const timeout = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .mY)(defaults, 'timeout', _traces_window_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDurationText */ .zG);
    const retries = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(defaults, 'retries', { min: 0, max: 10, integer: true });
    const baseRef = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(defaults, 'base-ref');
    const shard = parseShard(defaults);
    return {
        suites,
        ...(baseRef ? { baseRef } : {}),
        concurrency: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(defaults, 'concurrency', { min: 1, max: 256, integer: true }) ??
            DEFAULT_CONCURRENCY,
        ...(timeout !== undefined ? { timeoutMs: timeout.value } : {}),
        ...(retries !== undefined ? { retries } : {}),
        ...(cacheOn ? { cacheDir: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(defaults, 'cache-dir') ?? DEFAULT_CACHE_DIR } : {}),
        ...(shard ? { shard } : {}),
        outputs: outputs(defaults),
        prices: parsePrices(defaults)
    };
}
/** `--price my-model=0.3/1.2`, or in YAML `prices: { my-model: 0.3/1.2 }`: USD per 1M tokens. */
function parsePrices(raw) {
    const prices = {};
    for (const [model, text] of Object.entries((0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readKeyValues */ ._Z)(raw, 'price'))) {
        const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
        if (!match) {
            throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('price')}: ${model} must be "input/output" in USD per 1M tokens, such as 0.3/1.2; got "${text}"`);
        }
        prices[model] = { input: Number(match[1]), output: Number(match[2]) };
    }
    return prices;
}
function compact(...layers) {
    return layers.filter((layer) => layer !== undefined);
}
function parseSuite(raw, env, fallbackName) {
    const datasets = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readStrings */ .Nc)(raw, 'dataset');
    if (datasets.length === 0)
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('dataset')} is required: the dataset files to run`);
    const model = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'model');
    const baseModel = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'base-model');
    const prompt = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'prompt');
    const basePrompt = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'base-prompt');
    if (basePrompt && !prompt) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('base-prompt')} needs ${raw.describe('prompt')}: the head prompt to compare it with`);
    }
    const judgeModel = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'judge-model');
    const embeddingModel = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'embedding-model');
    return {
        name: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'name') ?? (datasets.length === 1 ? datasetName(datasets[0]) : fallbackName),
        ...(prompt ? { prompt } : {}),
        ...(basePrompt ? { basePrompt } : {}),
        datasets,
        provider: parseProvider(raw, env, model),
        ...(model ? { model } : {}),
        ...(baseModel ? { baseModel } : {}),
        params: parseParams(raw),
        repeat: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'repeat', { min: 1, max: 100, integer: true }) ?? 1,
        ...(judgeModel ? { judgeModel } : {}),
        ...(embeddingModel ? { embeddingModel } : {}),
        gate: parseGate(raw)
    };
}
/** `evals/support-bot.eval.yaml` → `support-bot`. */
function datasetName(path) {
    return path.replace(/^.*[\\/]/, '').replace(/(\.eval)?\.ya?ml$/, '');
}
const PROVIDER_ENV = {
    openai: { key: 'OPENAI_API_KEY', baseUrl: 'OPENAI_BASE_URL' },
    anthropic: { key: 'ANTHROPIC_API_KEY', baseUrl: 'ANTHROPIC_BASE_URL' }
};
/** The provider named, else the one a Claude model implies, else OpenAI-compatible. */
function parseProvider(raw, env, model) {
    const kind = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readChoice */ .Kf)(raw, 'provider', ['openai', 'anthropic']) ??
        (model?.startsWith('claude') ? 'anthropic' : 'openai');
    const baseUrl = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'base-url') ?? env[PROVIDER_ENV[kind].baseUrl];
    if (baseUrl !== undefined && !/^https?:\/\//i.test(baseUrl)) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('base-url')} must be an http:// or https:// URL`);
    }
    const apiKey = env[PROVIDER_ENV[kind].key];
    return { kind, ...(baseUrl ? { baseUrl } : {}), ...(apiKey ? { apiKey } : {}) };
}
/** The environment variable that holds a provider's key, for messages. */
function apiKeyVariable(kind) {
    return PROVIDER_ENV[kind].key;
}
function parseParams(raw) {
    const temperature = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'temperature', { min: 0, max: 2 });
    const maxTokens = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'max-tokens', { min: 1, integer: true });
    const topP = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'top-p', { min: 0, max: 1 });
    const seed = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'seed', { integer: true });
    return {
        ...(temperature !== undefined ? { temperature } : {}),
        ...(maxTokens !== undefined ? { maxTokens } : {}),
        ...(topP !== undefined ? { topP } : {}),
        ...(seed !== undefined ? { seed } : {})
    };
}
function parseGate(raw) {
    const minPassRate = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'min-pass-rate', { min: 0, max: 1 });
    const maxErrors = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'max-errors', { min: 0, integer: true });
    return {
        maxRegressions: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'max-regressions', { min: 0, integer: true }) ?? _compare_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATE */ .sV.maxRegressions,
        ...(minPassRate !== undefined ? { minPassRate } : {}),
        ...(maxErrors !== undefined ? { maxErrors } : {}),
        alpha: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'alpha', { min: 0.0001, max: 0.5 }) ?? _compare_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATE */ .sV.alpha
    };
}
/** `--shard 2/4`: the second of four slices. */
function parseShard(raw) {
    const text = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'shard');
    if (text === undefined)
        return undefined;
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('shard')} must be i/n with 1 <= i <= n, such as 2/4; got "${text}"`);
    }
    return { index, total };
}
function outputs(raw) {
    const results = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'results');
    const markdown = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'markdown');
    const junit = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'junit');
    return {
        ...(results ? { results } : {}),
        ...(markdown ? { markdown } : {}),
        ...(junit ? { junit } : {})
    };
}


/***/ }),

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ parseRedaction),
/* harmony export */   Kv: () => (/* binding */ parseExportCommandSettings),
/* harmony export */   Zl: () => (/* binding */ EXPORT_SETTING_ALIASES),
/* harmony export */   hK: () => (/* binding */ EXPORT_SETTING_KEYS)
/* harmony export */ });
/* unused harmony exports DEFAULT_DATASET_DIR, parseExportSettings, parseCallFilters */
/* harmony import */ var _traces_window_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5112);
/* harmony import */ var _raw_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9655);
/* harmony import */ var _trace_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9032);



const DEFAULT_DATASET_DIR = 'evals';
function parseExportCommandSettings(raw, env) {
    return { source: (0,_trace_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTraceSourceSettings */ .lY)(raw, env), export: parseExportSettings(raw) };
}
/**
 * Keys: output, file-name, max-cases, redact (or no-redact), redact-pattern, and the call
 * filters model, provider, min-tokens, min-input-tokens, min-output-tokens, with-tool-calls,
 * errored, min-latency, min-cost, sample.
 */
function parseExportSettings(raw) {
    const maxCases = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'max-cases', { min: 1, integer: true });
    const fileName = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'file-name');
    if (fileName !== undefined && !/\.ya?ml$/.test(fileName)) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('file-name')} must end in .yaml or .yml, got "${fileName}"`);
    }
    return {
        query: (0,_trace_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTraceQuery */ .dD)(raw),
        filters: parseCallFilters(raw),
        outputDir: (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'output') ?? DEFAULT_DATASET_DIR,
        ...parseRedaction(raw),
        ...(maxCases !== undefined ? { maxCases } : {}),
        ...(fileName !== undefined ? { fileName } : {})
    };
}
/** Redaction is on unless `redact: false` or `--no-redact`; `redact-pattern` adds NAME=REGEX. */
function parseRedaction(raw) {
    const noRedact = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(raw, 'no-redact');
    const redact = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(raw, 'redact') ?? (noRedact === undefined ? true : !noRedact);
    const redactPatterns = Object.entries((0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readKeyValues */ ._Z)(raw, 'redact-pattern')).map(([name, pattern]) => ({ name, pattern }));
    return { redact, redactPatterns };
}
function parseCallFilters(raw) {
    const filters = {};
    const text = (key) => (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, key);
    const tokens = (key) => (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, key, { min: 0, integer: true });
    const model = text('model');
    const provider = text('provider');
    const minTotalTokens = tokens('min-tokens');
    const minInputTokens = tokens('min-input-tokens');
    const minOutputTokens = tokens('min-output-tokens');
    const withToolCalls = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(raw, 'with-tool-calls');
    const errored = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(raw, 'errored');
    const minLatency = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .mY)(raw, 'min-latency', _traces_window_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationText */ .zG)?.value;
    const minCost = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'min-cost', { min: 0 });
    const sample = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'sample', { min: 0, max: 1 });
    if (model !== undefined)
        filters.model = model;
    if (provider !== undefined)
        filters.provider = provider;
    if (minTotalTokens !== undefined)
        filters.minTotalTokens = minTotalTokens;
    if (minInputTokens !== undefined)
        filters.minInputTokens = minInputTokens;
    if (minOutputTokens !== undefined)
        filters.minOutputTokens = minOutputTokens;
    if (withToolCalls !== undefined)
        filters.withToolCalls = withToolCalls;
    if (errored !== undefined)
        filters.errored = errored;
    if (minLatency !== undefined)
        filters.minLatencyMs = minLatency;
    if (minCost !== undefined)
        filters.minCost = minCost;
    if (sample !== undefined)
        filters.sample = sample;
    const service = text('service');
    const operation = text('operation');
    if (service !== undefined)
        filters.service = service;
    if (operation !== undefined)
        filters.operation = operation;
    return filters;
}
/** Every key the export understands, as flags, `toad-eval.yaml` keys (section `export`) and inputs. */
const EXPORT_SETTING_KEYS = [
    'source',
    'url',
    'jaeger-url',
    'file',
    'header',
    'timeout',
    'retries',
    'service',
    'operation',
    'tag',
    'lookback',
    'start',
    'end',
    'min-duration',
    'max-duration',
    'limit',
    'traceql',
    'output',
    'file-name',
    'max-cases',
    'redact',
    'redact-pattern',
    'model',
    'provider',
    'min-tokens',
    'min-input-tokens',
    'min-output-tokens',
    'with-tool-calls',
    'errored',
    'min-latency',
    'min-cost',
    'sample'
];
/** Plural spellings that read better in YAML (`tags:` as a mapping). */
const EXPORT_SETTING_ALIASES = {
    tags: 'tag',
    headers: 'header',
    files: 'file',
    'redact-patterns': 'redact-pattern'
};


/***/ })

};
