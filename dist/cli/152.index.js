export const id = 152;
export const ids = [152];
export const modules = {

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   w: () => (/* binding */ flagSettings)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_raw_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9655);


/** Parses a command's flags; a bad or unknown flag is a usage error (exit 2). */
function parseFlags(args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _settings_raw_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(error instanceof Error ? error.message : String(error));
    }
}
/** Parsed flags as a settings layer whose keys are named `--key` in messages. */
function flagSettings(values) {
    return (0,_settings_raw_js__WEBPACK_IMPORTED_MODULE_1__/* .rawSettings */ .m0)(values, _settings_raw_js__WEBPACK_IMPORTED_MODULE_1__/* .flagName */ .GI);
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3382);



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

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readBodyLimited),
/* harmony export */   b: () => (/* binding */ ResponseTooLargeError)
/* harmony export */ });
/** A response body larger than a caller allows; the rest is not read. */
class ResponseTooLargeError extends Error {
    limitBytes;
    name = 'ResponseTooLargeError';
    constructor(limitBytes) {
        super(`the response is larger than ${formatBytes(limitBytes)}`);
        this.limitBytes = limitBytes;
    }
}
/**
 * Reads a body up to `limitBytes`. A server that is wrong, or hostile, cannot make the job
 * hold an unbounded answer in memory; leaving the loop early closes the stream.
 */
async function readBodyLimited(body, limitBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.byteLength;
        if (size > limitBytes)
            throw new ResponseTooLargeError(limitBytes);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Math.round(bytes / 1024 / 1024)} MiB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ backoffDelayMs),
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/**
 * When to try an HTTP request again: exponential backoff with full jitter, and the server's
 * own `Retry-After`, both capped so that no server can stall a run for long.
 */
const DEFAULT_BACKOFF = { baseMs: 500, maxMs: 10_000 };
const RETRY_AFTER_MAX_MS = 60_000;
/** Exponential backoff with full jitter: a random wait up to base * 2^(attempt-1), capped. */
function backoffDelayMs(attempt, random, limits = DEFAULT_BACKOFF) {
    const ceiling = Math.min(limits.maxMs, limits.baseMs * 2 ** (attempt - 1));
    return Math.round(random() * ceiling);
}
/** Seconds (`120`) or an HTTP date; capped so a hostile header cannot stall a run. */
function parseRetryAfter(value, nowMs, maxMs = RETRY_AFTER_MAX_MS) {
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - nowMs;
    if (!Number.isFinite(ms))
        return undefined;
    return Math.min(maxMs, Math.max(0, ms));
}


/***/ }),

/***/ 4861:
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

/***/ 2825:
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


/***/ }),

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ transportProblem),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   bD: () => (/* binding */ messageOf)
/* harmony export */ });
/**
 * Telling transport failures apart: no connection at all, a connection that dropped, or a
 * host name that does not resolve. Node and undici bury the code in `cause` chains.
 */
const CONNECT_ERROR_CODES = new Set([
    'ECONNREFUSED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT'
]);
const DROPPED_CONNECTION_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED'
]);
/** What kind of transport failure an error code names, if any. */
function transportProblem(code) {
    if (code === undefined)
        return undefined;
    if (CONNECT_ERROR_CODES.has(code))
        return 'connect';
    if (DROPPED_CONNECTION_CODES.has(code))
        return 'dropped';
    if (code === 'ENOTFOUND')
        return 'dns';
    return undefined;
}
/** The error code of a Node or undici error, looking through `cause` and AggregateError. */
function errorCode(error, depth = 0) {
    if (typeof error !== 'object' || error === null || depth > 4)
        return undefined;
    const { code, cause, errors } = error;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED')
        return code;
    if (Array.isArray(errors) && errors.length > 0)
        return errorCode(errors[0], depth + 1);
    return errorCode(cause, depth + 1);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dD: () => (/* binding */ parseTraceQuery),
/* harmony export */   lY: () => (/* binding */ parseTraceSourceSettings)
/* harmony export */ });
/* unused harmony export DEFAULT_JAEGER_URL */
/* harmony import */ var _traces_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1623);
/* harmony import */ var _traces_window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5112);
/* harmony import */ var _raw_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9655);



const DEFAULT_JAEGER_URL = 'http://localhost:16686';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * Where traces come from. Keys: source, url (alias jaeger-url), file, header, timeout, retries.
 * The bearer token comes from the environment only, never from a flag that shows in `ps`.
 */
function parseTraceSourceSettings(raw, env) {
    const files = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readStrings */ .Nc)(raw, 'file');
    const kind = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readChoice */ .Kf)(raw, 'source', _traces_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACE_SOURCE_KINDS */ .Ug) ?? (files.length > 0 ? 'files' : 'jaeger');
    if (kind === 'files') {
        if (files.length === 0)
            throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('source')} files needs at least one ${raw.describe('file')}`);
        return { kind, files };
    }
    if (files.length > 0) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('file')} cannot be combined with ${raw.describe('source')} ${kind}`);
    }
    const headers = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readKeyValues */ ._Z)(raw, 'header', ':');
    for (const name of Object.keys(headers)) {
        if (!HEADER_NAME.test(name))
            throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('header')}: "${name}" is not a valid header name`);
    }
    const url = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'url') ?? (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, 'jaeger-url') ?? env.JAEGER_URL ?? DEFAULT_JAEGER_URL;
    if (!/^https?:\/\//i.test(url)) {
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('url')} must be an http:// or https:// URL`);
    }
    const timeout = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .mY)(raw, 'timeout', _traces_window_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDurationText */ .zG);
    const retries = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'retries', { min: 0, max: 10, integer: true });
    const token = env.TOAD_EVAL_TRACE_TOKEN;
    return {
        kind,
        url,
        headers,
        ...(token ? { bearerToken: token } : {}),
        ...(timeout !== undefined ? { timeoutMs: timeout.value } : {}),
        ...(retries !== undefined ? { retries } : {})
    };
}
/**
 * Which traces to search for. Keys: service, operation, tag, lookback, start, end,
 * min-duration, max-duration, limit, traceql.
 */
function parseTraceQuery(raw) {
    const query = {};
    const text = (key) => (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(raw, key);
    const service = text('service');
    const operation = text('operation');
    const tags = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readKeyValues */ ._Z)(raw, 'tag');
    // Kept as text: the source resolves it against its own clock; parsed here to check it.
    const lookback = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .mY)(raw, 'lookback', _traces_window_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLookback */ .Yf)?.text;
    const start = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readDate */ .h2)(raw, 'start');
    const end = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readDate */ .h2)(raw, 'end');
    const minDuration = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .mY)(raw, 'min-duration', _traces_window_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDurationText */ .zG)?.text;
    const maxDuration = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .mY)(raw, 'max-duration', _traces_window_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDurationText */ .zG)?.text;
    const limit = (0,_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(raw, 'limit', { min: 1, integer: true });
    const traceql = text('traceql');
    if (service !== undefined)
        query.service = service;
    if (operation !== undefined)
        query.operation = operation;
    if (Object.keys(tags).length > 0)
        query.tags = tags;
    if (lookback !== undefined)
        query.lookback = lookback;
    if (start)
        query.start = start;
    if (end)
        query.end = end;
    if (start && end && start >= end)
        throw new _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`${raw.describe('start')} must be before ${raw.describe('end')}`);
    if (minDuration !== undefined)
        query.minDuration = minDuration;
    if (maxDuration !== undefined)
        query.maxDuration = maxDuration;
    if (limit !== undefined)
        query.limit = limit;
    if (traceql !== undefined)
        query.traceql = traceql;
    return query;
}


/***/ }),

/***/ 3285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ emptyDecodedSpans),
/* harmony export */   XT: () => (/* binding */ mergeTraces),
/* harmony export */   Xm: () => (/* binding */ assembleTraces)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(499);

function emptyDecodedSpans() {
    return { spans: [], notes: [], backendErrors: [], spansRead: 0 };
}
/** Tempo cuts at a UTF-8 character boundary, so a cut value can end up to 3 bytes short of the limit. */
const TRUNCATION_SLACK_BYTES = 3;
function assembleTraces(decoded, options = {}) {
    const traces = new Map();
    for (const span of decoded.spans) {
        builderFor(traces, span.traceId).add(markTruncated(span, options.truncationLimitBytes));
    }
    for (const note of decoded.notes) {
        const target = note.traceId === undefined ? undefined : traces.get(note.traceId);
        for (const builder of target === undefined ? traces.values() : [target])
            builder.warn(note.message);
    }
    return [...traces.values()].map(builder => builder.build());
}
/**
 * Joins traces that share an id (one trace split over several files), keeping first-seen
 * order; a span listed twice with the same content is kept once, as within one file.
 */
function mergeTraces(traces) {
    const merged = new Map();
    for (const trace of traces) {
        const builder = builderFor(merged, trace.traceId);
        for (const span of trace.spans)
            builder.add(span);
        for (const warning of trace.warnings ?? [])
            builder.warn(warning);
    }
    return [...merged.values()].map(builder => builder.build());
}
function builderFor(builders, traceId) {
    let builder = builders.get(traceId);
    if (builder === undefined) {
        builder = new TraceBuilder(traceId);
        builders.set(traceId, builder);
    }
    return builder;
}
class TraceBuilder {
    traceId;
    spans = [];
    spansById = new Map();
    warnings = [];
    constructor(traceId) {
        this.traceId = traceId;
    }
    /** Keeps the span unless an identical one is already here (exporters and stores do repeat spans). */
    add(span) {
        const sameId = this.spansById.get(span.spanId);
        if (sameId === undefined) {
            this.spansById.set(span.spanId, [span]);
        }
        else {
            if (sameId.some(kept => isSameSpan(kept, span)))
                return;
            if (sameId.length === 1) {
                this.warn(`span ${span.spanId} appears more than once with different content; kept every version`);
            }
            sameId.push(span);
        }
        this.spans.push(span);
    }
    warn(message) {
        this.warnings.push(message);
    }
    build() {
        const trace = { traceId: this.traceId, spans: this.spans };
        if (this.warnings.length > 0)
            trace.warnings = this.warnings;
        return trace;
    }
}
function isSameSpan(a, b) {
    return (a.name === b.name &&
        a.startTimeUnixMicros === b.startTimeUnixMicros &&
        a.durationMicros === b.durationMicros &&
        (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .sameValue */ .eE)(a.attributes, b.attributes));
}
/**
 * Lists the string attributes that may have been cut at `limitBytes`: span attributes by
 * their key, event attributes as `events[<index>].<key>` (event names may be empty or repeat).
 */
function markTruncated(span, limitBytes) {
    if (limitBytes === undefined)
        return span;
    const threshold = limitBytes - TRUNCATION_SLACK_BYTES;
    const keys = longStringKeys(span.attributes, threshold);
    span.events.forEach((event, index) => {
        for (const key of longStringKeys(event.attributes, threshold))
            keys.push(`events[${index}].${key}`);
    });
    return keys.length > 0 ? { ...span, truncatedAttributes: keys } : span;
}
function longStringKeys(attributes, thresholdBytes) {
    return Object.keys(attributes).filter(key => {
        const value = attributes[key];
        return typeof value === 'string' && Buffer.byteLength(value, 'utf8') >= thresholdBytes;
    });
}


/***/ }),

/***/ 4981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qD: () => (/* binding */ decodeTraceDocuments),
  Hj: () => (/* binding */ decodeTraces)
});

// UNUSED EXPORTS: TraceFormatError

// EXTERNAL MODULE: ./src/traces/json.ts
var json = __webpack_require__(9974);
// EXTERNAL MODULE: ./src/traces/decode/assemble.ts
var assemble = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/traces/ids.ts
var ids = __webpack_require__(188);
// EXTERNAL MODULE: ./src/traces/model.ts
var model = __webpack_require__(671);
// EXTERNAL MODULE: ./src/traces/decode/values.ts
var values = __webpack_require__(499);
;// CONCATENATED MODULE: ./src/traces/decode/jaeger.ts
/**
 * Jaeger v1 JSON: the `/api/traces` response, a single trace as the UI downloads it, or a
 * bare array of spans with their process inline (jaeger-anonymizer, UI uploads).
 * Jaeger folds OTel concepts into tags (`span.kind`, `otel.status_code`, `otel.scope.name`);
 * they are lifted back into the span model and removed from the attributes.
 */



function isJaegerResponse(document) {
    if (!(0,values/* isObject */.Gv)(document) || !Object.hasOwn(document, 'data'))
        return false;
    return Array.isArray(document.data) || document.data === null;
}
function isJaegerTrace(document) {
    return (0,values/* isObject */.Gv)(document) && Array.isArray(document.spans);
}
function isJaegerSpanList(document) {
    return Array.isArray(document) && document.some(item => isJaegerSpan(item) || isJaegerTrace(item));
}
function isJaegerSpan(value) {
    return ((0,values/* isObject */.Gv)(value) && (Object.hasOwn(value, 'spanID') || Object.hasOwn(value, 'operationName')));
}
/** Decodes any of the three Jaeger v1 shapes, appending to `into`. */
function decodeJaegerDocument(document, into) {
    if (isJaegerResponse(document)) {
        for (const trace of (0,values/* objectsIn */.Qv)(document.data))
            decodeTrace(trace, into);
        const reported = (0,values/* objectsIn */.Qv)(document.errors);
        for (const error of reported) {
            const message = describeJaegerError(error);
            into.backendErrors.push(message);
            into.notes.push({ traceId: (0,ids/* normalizeTraceId */.gB)(error.traceID), message });
        }
    }
    else if (isJaegerTrace(document)) {
        decodeTrace(document, into);
    }
    else {
        for (const item of (0,values/* asArray */._j)(document)) {
            if (isJaegerTrace(item))
                decodeTrace(item, into);
            else
                decodeSpan(item, undefined, into);
        }
    }
}
function describeJaegerError(error) {
    const message = (0,values/* asString */.oJ)(error.msg) ?? (0,values/* jsonText */.s$)(error);
    return error.code === undefined
        ? `Jaeger error: ${message}`
        : `Jaeger error: ${message} (code ${(0,values/* jsonText */.s$)(error.code)})`;
}
function decodeTrace(trace, into) {
    const traceId = (0,ids/* normalizeTraceId */.gB)(trace.traceID);
    for (const warning of (0,values/* asArray */._j)(trace.warnings)) {
        into.notes.push({ traceId, message: `Jaeger: ${(0,values/* scalarOrJsonText */.x4)(warning)}` });
    }
    const processes = (0,values/* isObject */.Gv)(trace.processes) ? trace.processes : undefined;
    for (const span of (0,values/* asArray */._j)(trace.spans))
        decodeSpan(span, processes, into);
}
function decodeSpan(raw, processes, into) {
    const where = `span #${++into.spansRead}`;
    if (!(0,values/* isObject */.Gv)(raw)) {
        const found = (0,values/* jsonText */.s$)(raw).slice(0, 40);
        into.notes.push({ message: `skipped ${where}: expected an object, found ${found}` });
        return;
    }
    const wire = raw;
    const traceId = (0,ids/* normalizeTraceId */.gB)(wire.traceID);
    const spanId = (0,ids/* normalizeSpanId */.bp)(wire.spanID);
    if (traceId === undefined || spanId === undefined) {
        const field = traceId === undefined ? 'traceID' : 'spanID';
        const value = (0,values/* jsonText */.s$)(wire[field]).slice(0, 80);
        into.notes.push({ traceId, message: `skipped ${where}: invalid ${field} ${value}` });
        return;
    }
    const note = (message) => into.notes.push({ traceId, message: `span ${spanId}: ${message}` });
    for (const warning of (0,values/* asArray */._j)(wire.warnings))
        note(`Jaeger: ${(0,values/* scalarOrJsonText */.x4)(warning)}`);
    into.spans.push(buildSpan(wire, traceId, spanId, processes, note));
}
function buildSpan(wire, traceId, spanId, processes, note) {
    const attributes = decodeKeyValues(wire.tags);
    const span = {
        traceId,
        spanId,
        name: (0,values/* asString */.oJ)(wire.operationName) ?? '',
        service: '',
        kind: takeKind(attributes),
        startTimeUnixMicros: (0,values/* asFiniteNumber */.ju)(wire.startTime) ?? 0,
        durationMicros: (0,values/* asFiniteNumber */.ju)(wire.duration) ?? 0,
        status: takeStatus(attributes),
        attributes,
        events: (0,values/* objectsIn */.Qv)(wire.logs).map(log => decodeLog(log)),
        resource: (0,model/* newAttributes */.O)()
    };
    const scope = takeScope(attributes);
    if (scope !== undefined)
        span.scope = scope;
    const { parentSpanId, links } = decodeReferences(wire, traceId, note);
    if (parentSpanId !== undefined)
        span.parentSpanId = parentSpanId;
    if (links.length > 0)
        span.links = links;
    const process = findProcess(wire, processes);
    if (process !== undefined) {
        span.service = (0,values/* asString */.oJ)(process.serviceName) ?? '';
        span.resource = decodeResource(process);
    }
    else if (wire.processID !== undefined) {
        note(`no process ${(0,values/* jsonText */.s$)(wire.processID).slice(0, 40)} in the trace's processes`);
    }
    return span;
}
function findProcess(span, processes) {
    if ((0,values/* isObject */.Gv)(span.process))
        return span.process;
    if (processes === undefined || typeof span.processID !== 'string')
        return undefined;
    const process = (0,values/* ownValue */.eC)(processes, span.processID);
    return (0,values/* isObject */.Gv)(process) ? process : undefined;
}
function decodeResource(process) {
    const resource = decodeKeyValues(process.tags);
    const serviceName = (0,values/* asString */.oJ)(process.serviceName);
    if (serviceName)
        resource['service.name'] = serviceName;
    return resource;
}
/**
 * The parent is the first CHILD_OF reference within the same trace (Jaeger's own rule);
 * every other reference, FOLLOWS_FROM or across traces, becomes a link.
 */
function decodeReferences(span, traceId, note) {
    let parentSpanId;
    const links = [];
    const references = (0,values/* objectsIn */.Qv)(span.references);
    for (const reference of references) {
        const refTraceId = (0,ids/* normalizeTraceId */.gB)(reference.traceID);
        const refSpanId = (0,ids/* normalizeSpanId */.bp)(reference.spanID);
        if (refTraceId === undefined || refSpanId === undefined) {
            note(`ignored a reference with an invalid id`);
            continue;
        }
        // CHILD_OF is the zero value of the enum, which some writers leave out.
        const isChildOf = reference.refType === undefined || reference.refType === 'CHILD_OF';
        if (parentSpanId === undefined && isChildOf && refTraceId === traceId)
            parentSpanId = refSpanId;
        else
            links.push({ traceId: refTraceId, spanId: refSpanId, attributes: (0,model/* newAttributes */.O)() });
    }
    // Older writers put the parent in its own field instead of a reference.
    return { parentSpanId: parentSpanId ?? (0,ids/* normalizeSpanId */.bp)(span.parentSpanID), links };
}
function decodeLog(log) {
    const attributes = decodeKeyValues(log.fields);
    const event = attributes['event'];
    delete attributes['event'];
    return {
        name: event === undefined ? '' : typeof event === 'string' ? event : (0,values/* jsonText */.s$)(event),
        timeUnixMicros: (0,values/* asFiniteNumber */.ju)(log.timestamp) ?? 0,
        attributes
    };
}
function decodeKeyValues(list) {
    const attributes = (0,model/* newAttributes */.O)();
    const items = (0,values/* objectsIn */.Qv)(list);
    for (const item of items) {
        if (typeof item.key === 'string')
            attributes[item.key] = keyValue(item);
    }
    return attributes;
}
function keyValue(item) {
    const type = typeof item.type === 'string' ? item.type.toLowerCase() : 'string';
    switch (type) {
        case 'bool':
            return (0,values/* boolValue */.ks)(item.value);
        case 'int64':
            return (0,values/* int64Value */.Hb)(item.value);
        case 'float64':
            return (0,values/* doubleValue */.JC)(item.value);
        case 'binary':
            return (0,values/* scalarOrJsonText */.x4)(item.value); // base64 text, kept as is
        default:
            // Jaeger's OTLP translator writes array and map attributes as JSON text.
            return typeof item.value === 'string'
                ? (0,values/* parseLosslessJson */.ew)(item.value)
                : (0,values/* scalarOrJsonText */.x4)(item.value);
    }
}
const KINDS = new Map([
    ['internal', 'internal'],
    ['server', 'server'],
    ['client', 'client'],
    ['producer', 'producer'],
    ['consumer', 'consumer']
]);
function takeKind(attributes) {
    const value = attributes['span.kind'];
    const kind = typeof value === 'string' ? KINDS.get(value.toLowerCase()) : undefined;
    if (kind === undefined)
        return 'unspecified';
    delete attributes['span.kind'];
    return kind;
}
/**
 * `otel.status_code` (OK or ERROR) decides; without it an `error: true` tag means an error,
 * as Jaeger clients wrote before OTel. A boolean `error` tag is always consumed.
 */
function takeStatus(attributes) {
    const statusCode = upperCase(attributes['otel.status_code']);
    const errorTag = attributes['error'];
    let code = 'unset';
    if (statusCode === 'OK' || statusCode === 'ERROR') {
        code = statusCode === 'OK' ? 'ok' : 'error';
        delete attributes['otel.status_code'];
    }
    else if (errorTag === true) {
        code = 'error';
    }
    if (typeof errorTag === 'boolean')
        delete attributes['error'];
    const status = { code };
    const description = attributes['otel.status_description'];
    if (code === 'error' && typeof description === 'string') {
        if (description !== '')
            status.message = description;
        delete attributes['otel.status_description'];
    }
    return status;
}
/** `otel.scope.*`, or `otel.library.*` from translators that predate the rename. */
function takeScope(attributes) {
    for (const prefix of ['otel.scope', 'otel.library']) {
        const name = takeString(attributes, `${prefix}.name`);
        if (name === undefined)
            continue;
        const version = takeString(attributes, `${prefix}.version`);
        return version === undefined ? { name } : { name, version };
    }
    return undefined;
}
function upperCase(value) {
    return typeof value === 'string' ? value.toUpperCase() : undefined;
}
function takeString(attributes, key) {
    const value = attributes[key];
    if (typeof value !== 'string')
        return undefined;
    delete attributes[key];
    return value;
}

;// CONCATENATED MODULE: ./src/traces/decode/otlp.ts
/**
 * OTLP/JSON traces: `TracesData` / `ExportTraceServiceRequest` and the `ResourceSpans` lists
 * that Jaeger api_v3 and Tempo wrap. Writers disagree on the details the spec leaves to
 * protobuf JSON mappers, so this reads all of them: hex or base64 ids, enum numbers or
 * names, 64-bit integers as numbers or text, camelCase or snake_case keys, and the
 * pre-1.0 `instrumentationLibrarySpans`.
 */



/** Whether the document is `{resourceSpans: […]}` (or `resource_spans`). */
function isOtlpTracesData(document) {
    return (0,values/* isObject */.Gv)(document) && Array.isArray((0,values/* field */.ZZ)(document, 'resourceSpans'));
}
/** The `resourceSpans` of a `TracesData` object; `[]` when it has none. */
function resourceSpansOf(tracesData) {
    return (0,values/* isObject */.Gv)(tracesData) ? (0,values/* asArray */._j)((0,values/* field */.ZZ)(tracesData, 'resourceSpans')) : [];
}
/** Decodes a list of `ResourceSpans`, appending the spans and notes to `into`. */
function decodeResourceSpans(list, into) {
    const resourceSpansList = (0,values/* objectsIn */.Qv)(list);
    for (const resourceSpans of resourceSpansList) {
        const resource = otlp_decodeResource((0,values/* field */.ZZ)(resourceSpans, 'resource'));
        const serviceName = resource['service.name'];
        const service = typeof serviceName === 'string' ? serviceName : '';
        const scopeSpansList = (0,values/* objectsIn */.Qv)((0,values/* field */.ZZ)(resourceSpans, 'scopeSpans') ?? (0,values/* field */.ZZ)(resourceSpans, 'instrumentationLibrarySpans'));
        for (const scopeSpans of scopeSpansList) {
            const scope = decodeScope((0,values/* field */.ZZ)(scopeSpans, 'scope') ?? (0,values/* field */.ZZ)(scopeSpans, 'instrumentationLibrary'));
            const inherited = { resource, service, scope };
            for (const span of (0,values/* asArray */._j)((0,values/* field */.ZZ)(scopeSpans, 'spans')))
                otlp_decodeSpan(span, inherited, into);
        }
    }
}
function otlp_decodeResource(raw) {
    const resource = (0,values/* isObject */.Gv)(raw) ? raw : {};
    return otlp_decodeKeyValues((0,values/* field */.ZZ)(resource, 'attributes'));
}
function decodeScope(raw) {
    if (!(0,values/* isObject */.Gv)(raw))
        return undefined;
    const wire = raw;
    const name = (0,values/* asString */.oJ)((0,values/* field */.ZZ)(wire, 'name'));
    if (!name)
        return undefined;
    const version = (0,values/* asString */.oJ)((0,values/* field */.ZZ)(wire, 'version'));
    return version ? { name, version } : { name };
}
function otlp_decodeSpan(raw, inherited, into) {
    const where = `span #${++into.spansRead}`;
    if (!(0,values/* isObject */.Gv)(raw)) {
        const found = (0,values/* jsonText */.s$)(raw).slice(0, 40);
        into.notes.push({ message: `skipped ${where}: expected an object, found ${found}` });
        return;
    }
    const wire = raw;
    const traceId = (0,ids/* normalizeTraceId */.gB)((0,values/* field */.ZZ)(wire, 'traceId'));
    const spanId = (0,ids/* normalizeSpanId */.bp)((0,values/* field */.ZZ)(wire, 'spanId'));
    if (traceId === undefined || spanId === undefined) {
        const key = traceId === undefined ? 'traceId' : 'spanId';
        const value = (0,values/* jsonText */.s$)((0,values/* field */.ZZ)(wire, key)).slice(0, 80);
        into.notes.push({ traceId, message: `skipped ${where}: invalid ${key} ${value}` });
        return;
    }
    const note = (message) => into.notes.push({ traceId, message: `span ${spanId}: ${message}` });
    into.spans.push(otlp_buildSpan(wire, traceId, spanId, inherited, note));
}
function otlp_buildSpan(wire, traceId, spanId, inherited, note) {
    const startNanos = nanoseconds((0,values/* field */.ZZ)(wire, 'startTimeUnixNano')) ?? 0n;
    const endNanos = nanoseconds((0,values/* field */.ZZ)(wire, 'endTimeUnixNano')) ?? startNanos;
    const span = {
        traceId,
        spanId,
        name: (0,values/* asString */.oJ)((0,values/* field */.ZZ)(wire, 'name')) ?? '',
        service: inherited.service,
        kind: decodeKind((0,values/* field */.ZZ)(wire, 'kind')),
        startTimeUnixMicros: Number(startNanos / 1000n),
        // From the nanosecond difference, as Jaeger computes it, so no precision is lost on the way.
        durationMicros: endNanos > startNanos ? Number((endNanos - startNanos) / 1000n) : 0,
        status: decodeStatus((0,values/* field */.ZZ)(wire, 'status')),
        attributes: otlp_decodeKeyValues((0,values/* field */.ZZ)(wire, 'attributes')),
        events: (0,values/* objectsIn */.Qv)((0,values/* field */.ZZ)(wire, 'events')).map(event => decodeEvent(event)),
        resource: inherited.resource
    };
    if (inherited.scope !== undefined)
        span.scope = inherited.scope;
    const rawParent = (0,values/* field */.ZZ)(wire, 'parentSpanId');
    const parentSpanId = (0,ids/* normalizeSpanId */.bp)(rawParent);
    if (parentSpanId !== undefined) {
        span.parentSpanId = parentSpanId;
    }
    else if (!isEmptyId(rawParent)) {
        note(`ignored invalid parentSpanId ${(0,values/* jsonText */.s$)(rawParent).slice(0, 40)}`);
    }
    const links = decodeLinks((0,values/* field */.ZZ)(wire, 'links'), note);
    if (links.length > 0)
        span.links = links;
    return span;
}
/** Absent, empty or all zeros (hex or base64): the way writers say "no parent". */
function isEmptyId(raw) {
    return raw === undefined || raw === null || (typeof raw === 'string' && /^[0A=]*$/.test(raw));
}
const NANOSECONDS = /^\d{1,30}$/;
/** A `fixed64` nanosecond time, as JSON text (the spec) or a number (some writers). */
function nanoseconds(raw) {
    if (typeof raw === 'number') {
        return Number.isFinite(raw) && raw >= 0 ? BigInt(Math.trunc(raw)) : undefined;
    }
    if (typeof raw !== 'string')
        return undefined;
    const text = raw.trim();
    return NANOSECONDS.test(text) ? BigInt(text) : undefined;
}
const otlp_KINDS = [
    'unspecified',
    'internal',
    'server',
    'client',
    'producer',
    'consumer'
];
/** `kind` as the enum number (`2`) or name (`"SPAN_KIND_SERVER"`). */
function decodeKind(raw) {
    return enumValue(raw, 'SPAN_KIND_', otlp_KINDS) ?? 'unspecified';
}
const STATUS_CODES = ['unset', 'ok', 'error'];
function decodeStatus(raw) {
    if (!(0,values/* isObject */.Gv)(raw))
        return { code: 'unset' };
    const wire = raw;
    const status = {
        code: enumValue((0,values/* field */.ZZ)(wire, 'code'), 'STATUS_CODE_', STATUS_CODES) ?? 'unset'
    };
    const message = (0,values/* asString */.oJ)((0,values/* field */.ZZ)(wire, 'message'));
    if (message)
        status.message = message;
    return status;
}
/** An enum by number or by its protobuf name (`prefix` + value); `values` are in enum order. */
function enumValue(raw, prefix, values) {
    if (typeof raw === 'number')
        return values[raw];
    if (typeof raw !== 'string')
        return undefined;
    const name = raw.toLowerCase().replace(prefix.toLowerCase(), '');
    return (values.find(value => value === name) ?? (/^\d+$/.test(raw) ? values[Number(raw)] : undefined));
}
function decodeEvent(raw) {
    return {
        name: (0,values/* asString */.oJ)((0,values/* field */.ZZ)(raw, 'name')) ?? '',
        timeUnixMicros: Number((nanoseconds((0,values/* field */.ZZ)(raw, 'timeUnixNano')) ?? 0n) / 1000n),
        attributes: otlp_decodeKeyValues((0,values/* field */.ZZ)(raw, 'attributes'))
    };
}
function decodeLinks(raw, note) {
    const links = [];
    const wireLinks = (0,values/* objectsIn */.Qv)(raw);
    for (const link of wireLinks) {
        const traceId = (0,ids/* normalizeTraceId */.gB)((0,values/* field */.ZZ)(link, 'traceId'));
        const spanId = (0,ids/* normalizeSpanId */.bp)((0,values/* field */.ZZ)(link, 'spanId'));
        if (traceId === undefined || spanId === undefined) {
            note('ignored a link with an invalid id');
            continue;
        }
        links.push({ traceId, spanId, attributes: otlp_decodeKeyValues((0,values/* field */.ZZ)(link, 'attributes')) });
    }
    return links;
}
/** A `KeyValue` list as an attribute map; later duplicates of a key win. */
function otlp_decodeKeyValues(list, depth = 0) {
    const attributes = (0,model/* newAttributes */.O)();
    const items = (0,values/* objectsIn */.Qv)(list);
    for (const item of items) {
        const key = (0,values/* field */.ZZ)(item, 'key');
        if (typeof key === 'string')
            attributes[key] = anyValue((0,values/* field */.ZZ)(item, 'value'), depth);
    }
    return attributes;
}
/**
 * An `AnyValue`. Nesting deeper than `MAX_VALUE_DEPTH` is kept as JSON text, so a hostile
 * file cannot exhaust the stack; an empty value (`{}`) is `null`.
 */
function anyValue(raw, depth) {
    if (!(0,values/* isObject */.Gv)(raw))
        return (0,values/* scalarOrJsonText */.x4)(raw);
    const wire = raw;
    const stringValue = (0,values/* field */.ZZ)(wire, 'stringValue');
    if (stringValue !== undefined)
        return (0,values/* scalarOrJsonText */.x4)(stringValue);
    const bool = (0,values/* field */.ZZ)(wire, 'boolValue');
    if (bool !== undefined)
        return (0,values/* boolValue */.ks)(bool);
    const int = (0,values/* field */.ZZ)(wire, 'intValue');
    if (int !== undefined)
        return (0,values/* int64Value */.Hb)(int);
    const double = (0,values/* field */.ZZ)(wire, 'doubleValue');
    if (double !== undefined)
        return (0,values/* doubleValue */.JC)(double);
    const bytes = (0,values/* field */.ZZ)(wire, 'bytesValue');
    if (bytes !== undefined)
        return (0,values/* scalarOrJsonText */.x4)(bytes); // base64 text, kept as is
    const array = (0,values/* field */.ZZ)(wire, 'arrayValue');
    if (array !== undefined) {
        if (depth >= values/* MAX_VALUE_DEPTH */.Ht)
            return (0,values/* jsonText */.s$)(array);
        return (0,values/* asArray */._j)(valuesOf(array)).map(item => anyValue(item, depth + 1));
    }
    const kvlist = (0,values/* field */.ZZ)(wire, 'kvlistValue');
    if (kvlist !== undefined) {
        if (depth >= values/* MAX_VALUE_DEPTH */.Ht)
            return (0,values/* jsonText */.s$)(kvlist);
        return otlp_decodeKeyValues(valuesOf(kvlist), depth + 1);
    }
    return null;
}
function valuesOf(list) {
    if (!(0,values/* isObject */.Gv)(list))
        return undefined;
    const wire = list;
    return (0,values/* field */.ZZ)(wire, 'values');
}

;// CONCATENATED MODULE: ./src/traces/decode/index.ts
/**
 * Trace text or parsed JSON in any supported wire format -> normalized traces. The format
 * is recognised from the shape of the JSON, so files need no naming convention and HTTP
 * sources need not trust a content type.
 */





/** The input is not something traces can be read from; the message starts with the origin. */
class TraceFormatError extends Error {
    origin;
    name = 'TraceFormatError';
    constructor(origin, detail) {
        super(`${origin}: ${detail}`);
        this.origin = origin;
    }
}
const EXPECTED = 'expected Jaeger JSON ({"data":[…]}, a trace with "spans", or an array of spans), ' +
    'OTLP JSON ({"resourceSpans":[…]}, one object per line in JSON Lines), ' +
    'Jaeger api_v3 ({"result":…}) or Tempo ({"batches":[…]} / {"trace":…})';
/** Decodes the text of a trace file or response body: one JSON value, several, or JSON Lines. */
function decodeTraces(text, options) {
    let documents;
    try {
        documents = (0,json/* parseJsonDocuments */.q)(text);
    }
    catch (error) {
        if (!(error instanceof json/* JsonParseError */.i))
            throw error;
        throw new TraceFormatError(options.origin, `invalid JSON: ${error.message}${describeStart(text)}`);
    }
    return decodeTraceDocuments(documents, options);
}
/** Decodes JSON that is already parsed (HTTP sources); several documents are merged by trace id. */
function decodeTraceDocuments(documents, options) {
    const { origin } = options;
    if (documents.length === 0)
        throw new TraceFormatError(origin, `the input is empty; ${EXPECTED}`);
    const decoded = (0,assemble/* emptyDecodedSpans */.Ni)();
    let format;
    documents.forEach((document, index) => {
        const reader = readerFor(document, origin);
        if (reader === undefined) {
            decoded.notes.push({
                message: `skipped ${documentName(index, documents.length)}: ${notTraceData(document)}`
            });
            return;
        }
        format ??= reader.format;
        reader.decode(decoded);
    });
    if (format === undefined) {
        throw new TraceFormatError(origin, `not a trace file: ${EXPECTED}; found ${foundText(documents)}`);
    }
    if (decoded.spans.length === 0) {
        const reason = whyNoSpans(decoded, format, options);
        if (reason !== undefined)
            throw new TraceFormatError(origin, reason);
    }
    return { traces: (0,assemble/* assembleTraces */.Xm)(decoded, options), format };
}
function readerFor(document, origin) {
    if (isOtlpTracesData(document)) {
        return { format: 'otlp', decode: into => decodeResourceSpans(resourceSpansOf(document), into) };
    }
    if (isApiV3Chunk(document)) {
        return { format: 'jaeger-api-v3', decode: into => decodeApiV3Chunk(document, into, origin) };
    }
    if (isTempoResponse(document)) {
        return { format: 'tempo', decode: into => decodeTempoResponse(document, into) };
    }
    if (isJaegerResponse(document) || isJaegerTrace(document) || isJaegerSpanList(document)) {
        return { format: 'jaeger-v1', decode: into => decodeJaegerDocument(document, into) };
    }
    return undefined;
}
function isApiV3Chunk(document) {
    if (!(0,values/* isObject */.Gv)(document))
        return false;
    const { result, error } = document;
    // An empty result is how protobuf JSON writes TracesData without spans.
    return ((0,values/* isObject */.Gv)(error) ||
        ((0,values/* isObject */.Gv)(result) && (isOtlpTracesData(result) || Object.keys(result).length === 0)));
}
function isTempoResponse(document) {
    if (!(0,values/* isObject */.Gv)(document))
        return false;
    return (Array.isArray(document.batches) ||
        ((0,values/* isObject */.Gv)(document.trace) && Array.isArray(tempoResourceSpans(document.trace))));
}
function tempoResourceSpans(trace) {
    return (0,values/* field */.ZZ)(trace, 'resourceSpans') ?? trace.batches;
}
/** An error chunk means the stream stopped early: fail rather than return part of the traces. */
function decodeApiV3Chunk(chunk, into, origin) {
    if ((0,values/* isObject */.Gv)(chunk.error)) {
        const error = chunk.error;
        const message = (0,values/* asString */.oJ)((0,values/* field */.ZZ)(error, 'message')) ?? (0,values/* jsonText */.s$)(error);
        const httpCode = (0,values/* field */.ZZ)(error, 'httpCode');
        const code = httpCode === undefined ? '' : ` (HTTP ${(0,values/* jsonText */.s$)(httpCode)})`;
        throw new TraceFormatError(origin, `Jaeger api_v3 returned an error: ${message}${code}`);
    }
    decodeResourceSpans(resourceSpansOf(chunk.result), into);
}
function decodeTempoResponse(response, into) {
    if (Array.isArray(response.batches)) {
        decodeResourceSpans(response.batches, into);
        return;
    }
    decodeResourceSpans((0,values/* isObject */.Gv)(response.trace) ? tempoResourceSpans(response.trace) : [], into);
    // v2 answers a trace too large to assemble with `status: "PARTIAL"` and why in `message`.
    if (response.status === 'PARTIAL' || response.status === 1) {
        const reason = (0,values/* asString */.oJ)(response.message);
        into.notes.push({ message: `Tempo returned a partial trace${reason ? `: ${reason}` : ''}` });
    }
}
/** Why an input without spans is an error, most specific reason first; `undefined` if it is not. */
function whyNoSpans(decoded, format, options) {
    if (decoded.backendErrors.length > 0) {
        return `no trace returned: ${decoded.backendErrors.join('; ')}`;
    }
    if (decoded.notes.length > 0) {
        const shown = decoded.notes.slice(0, 3).map(note => note.message);
        const more = decoded.notes.length > shown.length ? `; and ${decoded.notes.length - shown.length} more` : '';
        return `no readable spans in ${FORMAT_NAMES[format]}: ${shown.join('; ')}${more}`;
    }
    return options.allowEmpty ? undefined : `no spans in ${FORMAT_NAMES[format]}`;
}
const FORMAT_NAMES = {
    'jaeger-v1': 'the Jaeger JSON',
    otlp: 'the OTLP JSON',
    'jaeger-api-v3': 'the Jaeger api_v3 response',
    tempo: 'the Tempo response'
};
/** Shapes people mistake for trace files, with what to do instead. */
const LOOKALIKES = [
    [
        'summaries',
        'a list of trace summaries (Jaeger api_v3 /trace-summaries); fetch each trace by id'
    ],
    ['traces', 'a search result without spans (Tempo /api/search); fetch each trace by id'],
    ['resourceMetrics', 'OTLP metrics, not traces'],
    ['resourceLogs', 'OTLP logs, not traces'],
    ['observations', 'a Langfuse export, which is not OTLP']
];
function notTraceData(document) {
    const hint = (0,values/* isObject */.Gv)(document) ? lookalikeHint(document) : undefined;
    return hint ?? `not trace data (${(0,values/* describeJson */.kw)(document)})`;
}
function lookalikeHint(document) {
    return LOOKALIKES.find(([key]) => Object.hasOwn(document, key))?.[1];
}
function foundText(documents) {
    const [first] = documents;
    const description = (0,values/* describeJson */.kw)(first);
    const hint = (0,values/* isObject */.Gv)(first) ? lookalikeHint(first) : undefined;
    const where = documents.length > 1 ? ` (the first of ${documents.length} JSON values)` : '';
    return `${description}${where}${hint === undefined ? '' : `, which looks like ${hint}`}`;
}
function documentName(index, count) {
    return count > 1 ? `JSON value ${index + 1} of ${count}` : 'the JSON value';
}
/** For text that is not JSON at all (an HTML error page, a proxy's message), show how it starts. */
function describeStart(text) {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (/^[[{]/.test(start))
        return '';
    const firstLine = start.split('\n', 1)[0] ?? '';
    const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
    const hint = start.startsWith('<') ? ' (an HTML page, not JSON: is the URL right?)' : '';
    return `; the text starts with "${shown}"${hint}`;
}


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Hb: () => (/* binding */ int64Value),
/* harmony export */   Ht: () => (/* binding */ MAX_VALUE_DEPTH),
/* harmony export */   JC: () => (/* binding */ doubleValue),
/* harmony export */   Qv: () => (/* binding */ objectsIn),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   eC: () => (/* binding */ ownValue),
/* harmony export */   eE: () => (/* binding */ sameValue),
/* harmony export */   ew: () => (/* binding */ parseLosslessJson),
/* harmony export */   ju: () => (/* binding */ asFiniteNumber),
/* harmony export */   ks: () => (/* binding */ boolValue),
/* harmony export */   kw: () => (/* binding */ describeJson),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   x4: () => (/* binding */ scalarOrJsonText)
/* harmony export */ });
/* unused harmony export fromPlainJson */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(671);
/**
 * Small readers shared by the wire-format decoders. Trace content is untrusted: every
 * field is narrowed before use, only own properties are read, attribute maps have a null
 * prototype, and nesting is capped so a hostile file cannot exhaust the stack.
 */

/** Nesting deeper than this is kept as its JSON text rather than walked. */
const MAX_VALUE_DEPTH = 64;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * An own field of a wire object, by its lowerCamelCase name or its snake_case spelling
 * (protobuf JSON writers may use either; `traceId` or `trace_id`).
 */
function field(object, key) {
    if (Object.hasOwn(object, key))
        return object[key];
    const snake = snakeCase(key);
    return Object.hasOwn(object, snake) ? object[snake] : undefined;
}
/** Field names are a small fixed set, looked up for every value: convert each once. */
const snakeCaseNames = new Map();
function snakeCase(name) {
    let snake = snakeCaseNames.get(name);
    if (snake === undefined) {
        snake = name.replace(/[A-Z]/g, letter => `_${letter.toLowerCase()}`);
        snakeCaseNames.set(name, snake);
    }
    return snake;
}
/** An own property by an untrusted name; never reaches `Object.prototype`. */
function ownValue(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
/** The value if it is an array, else an empty array: absent and `null` lists are common on the wire. */
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** The objects among `value`'s items, if it is an array. */
function objectsIn(value) {
    return asArray(value).filter(isObject);
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A finite number, also from numeric text (some writers quote 64-bit integers). */
function asFiniteNumber(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
const INTEGER_TEXT = /^-?\d+$/;
/**
 * A 64-bit integer attribute: a number when it is a safe integer, else its exact decimal
 * text, so ids and counters beyond 2^53 keep every digit.
 */
function int64Value(raw) {
    if (typeof raw === 'number')
        return raw;
    if (typeof raw !== 'string')
        return scalarOrJsonText(raw);
    const text = raw.trim();
    if (!INTEGER_TEXT.test(text))
        return raw;
    const number = Number(text);
    return Number.isSafeInteger(number) ? number : text;
}
const NON_FINITE_DOUBLES = new Set(['NaN', 'Infinity', '-Infinity']);
/**
 * A double attribute. NaN and the infinities stay as their protobuf JSON text
 * (`"NaN"`, `"Infinity"`, `"-Infinity"`): as numbers they would turn into `null` in JSON
 * output and never compare equal.
 */
function doubleValue(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : String(raw);
    if (typeof raw !== 'string')
        return scalarOrJsonText(raw);
    if (NON_FINITE_DOUBLES.has(raw))
        return raw;
    return asFiniteNumber(raw) ?? raw;
}
/** A boolean, also from the text `"true"`/`"false"` (Jaeger's anonymizer writes those). */
function boolValue(raw) {
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    return scalarOrJsonText(raw);
}
/** Primitives as they are; anything structured as JSON text, for a value in an unexpected shape. */
function scalarOrJsonText(raw) {
    if (raw === undefined || raw === null)
        return null;
    if (typeof raw === 'string' || typeof raw === 'boolean')
        return raw;
    if (typeof raw === 'number')
        return doubleValue(raw);
    return jsonText(raw);
}
/** JSON text of a value, or a marker when even `JSON.stringify` gives up on its depth. */
function jsonText(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return '[value nested too deeply]';
    }
}
/**
 * Jaeger writes array and map attributes as JSON text in a string tag. Turn such text back
 * into the array or map only when nothing is lost: the text must be exactly what
 * `JSON.stringify` gives for it (so `1.0`, big integers, spacing or key order differences keep it a string).
 */
function parseLosslessJson(raw) {
    const first = raw.charAt(0);
    if (first !== '[' && first !== '{')
        return raw;
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return raw;
    }
    return jsonText(parsed) === raw ? fromPlainJson(parsed, 0) : raw;
}
/** A parsed JSON value as an attribute value: null-prototype maps, depth capped. */
function fromPlainJson(value, depth) {
    if (typeof value !== 'object' || value === null)
        return scalarOrJsonText(value);
    if (depth >= MAX_VALUE_DEPTH)
        return jsonText(value);
    if (Array.isArray(value))
        return value.map(item => fromPlainJson(item, depth + 1));
    const map = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newAttributes */ .O)();
    for (const [key, item] of Object.entries(value))
        map[key] = fromPlainJson(item, depth + 1);
    return map;
}
/** Whether two attribute values are the same, structurally. */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((item, i) => sameValue(item, b[i] ?? null)));
    }
    const keys = Object.keys(a);
    return (keys.length === Object.keys(b).length &&
        keys.every(key => Object.hasOwn(b, key) && sameValue(a[key] ?? null, b[key] ?? null)));
}
/** A short description of a JSON value for error messages: what was found instead of traces. */
function describeJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return 'an empty array';
        return Array.isArray(value[0])
            ? 'an array of arrays'
            : `an array whose first item is ${describeJson(value[0])}`;
    }
    if (isObject(value)) {
        const keys = Object.keys(value);
        if (keys.length === 0)
            return 'an empty object';
        const shown = keys.slice(0, 10).map(key => clip(key, 40));
        return `an object with keys: ${shown.join(', ')}${keys.length > shown.length ? ', …' : ''}`;
    }
    if (typeof value === 'string')
        return `a string ("${clip(value, 40)}")`;
    return `a ${typeof value} (${String(value)})`;
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ }),

/***/ 7416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ urlPath),
/* harmony export */   QQ: () => (/* binding */ stringsIn),
/* harmony export */   Z$: () => (/* binding */ sortedUnique),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   uT: () => (/* binding */ createHttpClient),
/* harmony export */   wf: () => (/* binding */ isEndpointMissing)
/* harmony export */ });
/* unused harmony exports MAX_RESPONSE_BYTES, HttpError, serverMessage */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4371);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8902);
/* harmony import */ var _http_secrets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4861);
/* harmony import */ var _http_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2825);
/* harmony import */ var _http_body_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9662);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1517);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9974);
/**
 * A small JSON-over-HTTP client for trace backends: retries with backoff, timeouts,
 * decompression, and error messages that say what went wrong without leaking secrets.
 */










const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const MAX_REDIRECTS = 3;
const SERVER_MESSAGE_MAX_CHARS = 300;
const PAGE_TEXT_MAX_CHARS = 200;
const DEFAULT_USER_AGENT = 'toad-eye-eval-action';
/** The largest trace response read (a page of traces, or one trace), after decompression. */
const MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
class HttpError extends Error {
    kind;
    url;
    status;
    attempts;
    name = 'HttpError';
    constructor(message, kind, 
    /** Redacted: no credentials, no secret query values. */
    url, status, attempts = 1) {
        super(message);
        this.kind = kind;
        this.url = url;
        this.status = status;
        this.attempts = attempts;
    }
}
/**
 * True when the error says the endpoint itself is not there: a route 404/405, or an HTML
 * page or non-JSON body where JSON was due (a UI or proxy answering for an unknown path).
 */
function isEndpointMissing(error) {
    if (!(error instanceof HttpError))
        return false;
    if (error.kind === 'html' || error.kind === 'invalid-json')
        return true;
    return error.kind === 'status' && (error.status === 404 || error.status === 405);
}
/**
 * Builds `/a/b/c` from raw segments, percent-encoding each one, so a service name such as
 * `billing/v2` or a `?` in an id stays inside its segment.
 */
function urlPath(...segments) {
    return segments
        .map(segment => {
        if (segment === '' || segment === '.' || segment === '..') {
            throw new Error(`Cannot use "${segment}" as a URL path segment`);
        }
        return `/${encodeURIComponent(segment)}`;
    })
        .join('');
}
function createHttpClient(options) {
    const { url: base, userinfoAuth } = parseBaseUrl(options.baseUrl);
    const auth = options.auth ?? userinfoAuth;
    const headers = requestHeaders(options, auth);
    const secrets = secretsOf(options.headers, auth);
    const settings = {
        headers,
        scrub: text => (0,_http_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .scrubSecrets */ .Zg)(text, secrets),
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retries: options.retries ?? DEFAULT_RETRIES,
        dispatcher: (options.dispatcher ?? (0,undici__WEBPACK_IMPORTED_MODULE_3__/* .getGlobalDispatcher */ .xo)()).compose(undici__WEBPACK_IMPORTED_MODULE_3__/* .interceptors */ .dY.redirect({ maxRedirections: MAX_REDIRECTS })),
        sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
        random: options.random ?? Math.random,
        nowMs: options.nowMs ?? Date.now,
        maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES
    };
    return {
        // Without the slash parseBaseUrl adds for joining paths: this is for people to read.
        baseUrl: (0,_http_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .redactUrl */ .BO)(base).replace(/\/$/, ''),
        getJson: (path, getOptions = {}) => getJsonWithRetries(buildUrl(base, path, getOptions.query), getOptions, settings)
    };
}
function failed(error, retryable, retryAfterMs) {
    return { ok: false, error, retryable, retryAfterMs };
}
async function getJsonWithRetries(url, options, settings) {
    const maxAttempts = settings.retries + 1;
    for (let attempt = 1;; attempt++) {
        const result = await attemptGet(url, options, settings, attempt);
        if (result.ok)
            return result.response;
        if (!result.retryable || attempt >= maxAttempts)
            throw result.error;
        await settings.sleep(result.retryAfterMs ?? (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .backoffDelayMs */ .Q)(attempt, settings.random));
    }
}
async function attemptGet(url, options, settings, attempt) {
    const shownUrl = (0,_http_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .redactUrl */ .BO)(url);
    let raw;
    try {
        raw = await send(url, settings);
    }
    catch (error) {
        return transportFailure(error, shownUrl, settings, attempt);
    }
    let text;
    try {
        text = await decodeBody(raw.body, raw.headers['content-encoding'], settings.maxResponseBytes);
    }
    catch (error) {
        const message = `GET ${shownUrl} returned a body that could not be decompressed: ${(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error)}`;
        return failed(new HttpError(message, 'other', shownUrl, raw.status, attempt), false);
    }
    return interpretResponse({ ...raw, text, url: shownUrl }, options, settings, attempt);
}
class AttemptTimeout extends Error {
}
async function send(url, settings) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new AttemptTimeout()), settings.timeoutMs);
    try {
        const response = await (0,undici__WEBPACK_IMPORTED_MODULE_3__/* .request */ .Em)(url, {
            method: 'GET',
            headers: settings.headers,
            dispatcher: settings.dispatcher,
            signal: controller.signal
        });
        const body = await (0,_http_body_js__WEBPACK_IMPORTED_MODULE_6__/* .readBodyLimited */ .H)(response.body, settings.maxResponseBytes);
        return { status: response.statusCode, headers: response.headers, body };
    }
    catch (error) {
        // undici rejects with the abort reason, or with its own AbortError wrapping it.
        throw controller.signal.aborted ? new AttemptTimeout() : error;
    }
    finally {
        clearTimeout(timer);
    }
}
function interpretResponse(response, options, settings, attempt) {
    const { status, text, url } = response;
    const contentType = (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .headerValue */ .Z)(response.headers['content-type']);
    if (status >= 200 && status < 300) {
        return successfulResponse(status, url, text, contentType, settings, attempt);
    }
    const answer = { status, url, text, documents: lenientJson(text, contentType) };
    const expected = options.expectedStatuses?.includes(status) || options.isExpected?.(answer);
    if (expected)
        return { ok: true, response: answer };
    const retryable = isRetryableStatus(status);
    const detail = serverMessage(text, contentType);
    const retried = attempt > 1 ? ` (gave up after ${attempts(attempt)})` : '';
    const message = `GET ${url} failed: HTTP ${status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? ''}`.trimEnd();
    const error = new HttpError(settings.scrub(`${message}${detail ? `: ${detail}` : ''}${retried}`), 'status', url, status, attempt);
    const retryAfter = (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .headerValue */ .Z)(response.headers['retry-after']);
    return failed(error, retryable, retryable ? (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .m)(retryAfter, settings.nowMs()) : undefined);
}
function successfulResponse(status, url, text, contentType, settings, attempt) {
    if ((0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeHtml */ .te)(text, contentType)) {
        const page = (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .visibleText */ .Q6)(text, PAGE_TEXT_MAX_CHARS);
        const message = `GET ${url} returned an HTML page (HTTP ${status}) instead of JSON; is the URL the API ` +
            `server and not a UI, proxy or login page? Page text: "${page}"`;
        return failed(new HttpError(settings.scrub(message), 'html', url, status, attempt), false);
    }
    try {
        const documents = text.trim() === '' ? [] : (0,_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonDocuments */ .q)(text);
        return { ok: true, response: { status, url, text, documents } };
    }
    catch (error) {
        const excerpt = (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)(text.trim(), PAGE_TEXT_MAX_CHARS);
        const message = `GET ${url} returned a body that is not JSON (HTTP ${status}): ${(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error)}. Body starts: "${excerpt}"`;
        return failed(new HttpError(settings.scrub(message), 'invalid-json', url, status, attempt), false);
    }
}
/** 429, 408 and 5xx are worth another try; 501/505 say the server will never do it. */
function isRetryableStatus(status) {
    if (status === 408 || status === 429)
        return true;
    return status >= 500 && status !== 501 && status !== 505;
}
function transportFailure(error, url, settings, attempt) {
    const tries = attempts(attempt);
    if (error instanceof _http_body_js__WEBPACK_IMPORTED_MODULE_6__/* .ResponseTooLargeError */ .b) {
        const message = `GET ${url} stopped reading: ${error.message}; narrow the search (limit, lookback, service).`;
        return failed(new HttpError(message, 'other', url, undefined, attempt), false);
    }
    if (error instanceof AttemptTimeout) {
        const message = `GET ${url} timed out after ${formatSeconds(settings.timeoutMs)} (${tries}); is the server overloaded? Narrow the query or raise the timeout.`;
        return failed(new HttpError(message, 'timeout', url, undefined, attempt), true);
    }
    const code = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .errorCode */ .CA)(error);
    const problem = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .transportProblem */ .B0)(code);
    if (problem === 'connect' || problem === 'dropped') {
        const what = problem === 'connect' ? 'could not connect' : 'lost the connection';
        const message = `GET ${url} ${what} (${code}) after ${tries}: is the URL right and the server up?`;
        return failed(new HttpError(message, 'connection', url, undefined, attempt), true);
    }
    if (problem === 'dns') {
        const message = `GET ${url} could not resolve the host name (ENOTFOUND): is the URL right?`;
        return failed(new HttpError(message, 'connection', url, undefined, attempt), false);
    }
    const message = settings.scrub(`GET ${url} failed: ${(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error)}${code ? ` (${code})` : ''}`);
    return failed(new HttpError(message, 'other', url, undefined, attempt), false);
}
const decompressors = {
    gzip: (input, limit) => (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_2__.gunzip)(input, limit),
    'x-gzip': (input, limit) => (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_2__.gunzip)(input, limit),
    br: (input, limit) => (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_2__.brotliDecompress)(input, limit),
    // "deflate" should be zlib-wrapped, but some servers send raw deflate.
    deflate: (input, limit) => (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_2__.inflate)(input, limit).catch(() => (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_2__.inflateRaw)(input, limit))
};
async function decodeBody(body, contentEncoding, maxOutputLength) {
    // Codings are listed in the order they were applied, so undo them from the last.
    const codings = (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .headerValue */ .Z)(contentEncoding)
        .split(',')
        .map(coding => coding.trim().toLowerCase())
        .filter(coding => coding !== '' && coding !== 'identity')
        .reverse();
    let bytes = body;
    for (const coding of codings) {
        const decompress = decompressors[coding];
        if (!decompress)
            throw new Error(`unsupported Content-Encoding "${coding}"`);
        bytes = await decompress(bytes, { maxOutputLength });
    }
    return new TextDecoder('utf-8').decode(bytes);
}
function lenientJson(text, contentType) {
    if (text.trim() === '' || (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeHtml */ .te)(text, contentType))
        return [];
    try {
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonDocuments */ .q)(text);
    }
    catch {
        return [];
    }
}
/**
 * The server's own words from an error body: Jaeger v1 `{errors:[{msg}]}`, api_v3 and
 * grpc-gateway `{error:{message}}`, `{message}`, an HTML page's text, or plain text (Tempo).
 */
function serverMessage(text, contentType = '') {
    if ((0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeHtml */ .te)(text, contentType))
        return (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .visibleText */ .Q6)(text, SERVER_MESSAGE_MAX_CHARS);
    const fromJson = lenientJson(text, contentType)
        .map(messageFromJson)
        .find(message => message);
    return (0,_http_text_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)((fromJson ?? text).replace(/\s+/g, ' ').trim(), SERVER_MESSAGE_MAX_CHARS);
}
function messageFromJson(document) {
    if (!isRecord(document))
        return undefined;
    const { errors, error, message } = document;
    if (Array.isArray(errors)) {
        const messages = errors.map(item => isRecord(item) && typeof item.msg === 'string' ? item.msg : undefined);
        const joined = messages.filter(text => text).join('; ');
        if (joined)
            return joined;
    }
    if (isRecord(error) && typeof error.message === 'string')
        return error.message;
    if (typeof error === 'string')
        return error;
    if (typeof message === 'string')
        return message;
    return undefined;
}
function parseBaseUrl(input) {
    let url;
    try {
        url = new URL(input.trim());
    }
    catch {
        throw new Error(`Invalid server URL "${stripUserinfo(input)}": expected e.g. http://jaeger:16686`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`Invalid server URL "${(0,_http_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .redactUrl */ .BO)(url)}": only http and https are supported`);
    }
    // Credentials in the URL become basic auth and never reach a printed URL.
    const userinfoAuth = url.username || url.password
        ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
        : undefined;
    url.username = '';
    url.password = '';
    url.hash = '';
    return { url, userinfoAuth };
}
function stripUserinfo(text) {
    return text.replace(/\/\/[^/@]*@/, '//');
}
function buildUrl(base, path, query = {}) {
    const url = new URL(base.href);
    url.pathname = base.pathname.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
    for (const [name, value] of Object.entries(query)) {
        if (value !== undefined)
            url.searchParams.append(name, String(value));
    }
    return url;
}
function requestHeaders(options, auth) {
    const headers = {
        accept: 'application/json',
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': options.userAgent ?? DEFAULT_USER_AGENT
    };
    for (const [name, value] of Object.entries(options.headers ?? {}))
        headers[name.toLowerCase()] = value;
    if (auth)
        headers.authorization = authorizationHeader(auth);
    return headers;
}
function authorizationHeader(auth) {
    if ('bearer' in auth)
        return `Bearer ${auth.bearer}`;
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}
function secretsOf(headers, auth) {
    const secrets = Object.entries(headers ?? {})
        .filter(([name]) => (0,_http_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .isSensitiveName */ .eq)(name))
        .map(([, value]) => value);
    if (auth) {
        secrets.push(authorizationHeader(auth).replace(/^\w+ /, ''));
        secrets.push('bearer' in auth ? auth.bearer : auth.password);
    }
    return secrets;
}
function attempts(count) {
    return count === 1 ? '1 attempt' : `${count} attempts`;
}
function formatSeconds(ms) {
    return `${ms / 1000}s`;
}
// Narrowing helpers for the JSON bodies the sources read.
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The strings of a JSON array; anything else (null, absent, other types) gives none. */
function stringsIn(value) {
    return Array.isArray(value)
        ? value.filter((item) => typeof item === 'string')
        : [];
}
/** Distinct, non-empty, sorted: stable lists of services and operations. */
function sortedUnique(values) {
    return [...new Set(values)].filter(value => value !== '').sort();
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ assertTraceId),
/* harmony export */   bp: () => (/* binding */ normalizeSpanId),
/* harmony export */   gB: () => (/* binding */ normalizeTraceId)
/* harmony export */ });
/**
 * Trace and span ids arrive as hex (Jaeger, OTLP/JSON as the spec writes it) or as base64
 * (Tempo and other gogo-jsonpb writers, which encode the raw bytes). Everything downstream
 * compares ids as lowercase hex of fixed width, so every decoder normalizes through here.
 */
const TRACE_ID_BYTES = 16;
const SPAN_ID_BYTES = 8;
const HEX = /^[0-9a-f]+$/i;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
/**
 * A trace id as 32 lowercase hex characters, or `undefined` when `raw` is not a usable id.
 * Accepts hex of any case and width up to 32 (Jaeger writes 64-bit ids as 16 hex and may drop
 * leading zeros), and base64 of 16 or 8 bytes, padded or not, standard or URL alphabet.
 */
function normalizeTraceId(raw) {
    return normalizeId(raw, TRACE_ID_BYTES, [TRACE_ID_BYTES, SPAN_ID_BYTES]);
}
/** A span id as 16 lowercase hex characters, or `undefined`; accepts what `normalizeTraceId` does, for 8 bytes. */
function normalizeSpanId(raw) {
    return normalizeId(raw, SPAN_ID_BYTES, [SPAN_ID_BYTES]);
}
/**
 * Validates a trace id typed by a person (a CLI argument, an action input) and returns it
 * as 32 lowercase hex. Only hex is accepted here: base64 is a wire detail nobody types.
 */
function assertTraceId(input) {
    const text = input.trim();
    const id = text.length <= TRACE_ID_BYTES * 2 && HEX.test(text) ? fromHex(text, TRACE_ID_BYTES) : undefined;
    if (id === undefined) {
        throw new Error(`Invalid trace id "${truncate(input, 64)}": expected 16 or 32 hex characters`);
    }
    return id;
}
function normalizeId(raw, width, base64Widths) {
    if (typeof raw !== 'string')
        return undefined;
    const text = raw.trim();
    if (text === '')
        return undefined;
    // A string of hex digits is read as hex even when it could also be unpadded base64:
    // hex is what Jaeger and the OTLP spec write, and base64 ids almost always hold other letters.
    if (HEX.test(text))
        return text.length <= width * 2 ? fromHex(text, width) : undefined;
    return fromBase64(text, width, base64Widths);
}
function fromHex(hex, width) {
    const id = hex.toLowerCase().padStart(width * 2, '0');
    return isAllZero(id) ? undefined : id;
}
function fromBase64(text, width, acceptedWidths) {
    // Buffer skips characters outside the alphabet instead of failing, so check them first.
    if (!BASE64.test(text))
        return undefined;
    const bytes = Buffer.from(text, 'base64');
    if (!acceptedWidths.includes(bytes.length))
        return undefined;
    if (text.length !== base64Length(bytes.length, text.endsWith('=')))
        return undefined;
    return fromHex(bytes.toString('hex'), width);
}
/** Length of the base64 text for `bytes` bytes, with or without `=` padding. */
function base64Length(bytes, padded) {
    return padded ? Math.ceil(bytes / 3) * 4 : Math.ceil((bytes * 4) / 3);
}
function isAllZero(hex) {
    return /^0+$/.test(hex);
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ug: () => (/* binding */ TRACE_SOURCE_KINDS),
  Vd: () => (/* binding */ createTraceSource),
  zp: () => (/* binding */ fetchTraces)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/files/expand.ts
var expand = __webpack_require__(323);
// EXTERNAL MODULE: ./src/traces/decode/assemble.ts
var assemble = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/traces/decode/index.ts + 2 modules
var decode = __webpack_require__(4981);
// EXTERNAL MODULE: ./src/traces/window.ts
var traces_window = __webpack_require__(5112);
;// CONCATENATED MODULE: ./src/traces/files.ts





/**
 * Trace files as a TraceSource: everything is read once, then searched in memory
 * with the same query a server would get.
 */
function createFileSource(options) {
    let loaded;
    const load = () => (loaded ??= readTraceFiles(options));
    return {
        description: `trace files (${options.paths.join(', ')})`,
        async listServices() {
            const traces = await load();
            return [...new Set(traces.flatMap(trace => trace.spans.map(span => span.service)))]
                .filter(Boolean)
                .sort();
        },
        async listOperations(service) {
            const traces = await load();
            const names = traces.flatMap(trace => trace.spans.filter(span => span.service === service).map(span => span.name));
            return [...new Set(names)].sort();
        },
        async findTraces(query) {
            return searchTraces(await load(), query);
        },
        async getTrace(traceId) {
            return (await load()).find(trace => trace.traceId === traceId);
        }
    };
}
/** Reads and decodes every file the paths name; traces split across files are merged. */
async function readTraceFiles(options) {
    const files = await resolveTraceFiles(options.paths, options.cwd ?? process.cwd());
    const traces = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        const decoded = (0,decode/* decodeTraces */.Hj)(text, {
            origin: file,
            ...(options.truncationLimitBytes !== undefined
                ? { truncationLimitBytes: options.truncationLimitBytes }
                : {})
        });
        traces.push(...decoded.traces);
    }
    return (0,assemble/* mergeTraces */.XT)(traces);
}
/** Expands paths in order, without duplicates; a path that names nothing is an error. */
function resolveTraceFiles(paths, cwd) {
    return (0,expand/* expandPaths */.p)(paths, { cwd, folderPattern: '**/*.{json,jsonl,ndjson}', what: 'trace files' });
}
/** Applies a TraceQuery in memory, as a trace backend would on its side. */
function searchTraces(traces, query) {
    const window = explicitWindow(query);
    const minMicros = query.minDuration !== undefined ? (0,traces_window/* parseDurationText */.zG)(query.minDuration) * 1000 : undefined;
    const maxMicros = query.maxDuration !== undefined ? (0,traces_window/* parseDurationText */.zG)(query.maxDuration) * 1000 : undefined;
    const spanMatches = (span) => (query.service === undefined || span.service === query.service) &&
        (query.operation === undefined || span.name === query.operation) &&
        Object.entries(query.tags ?? {}).every(([key, value]) => attributeText(span, key) === value) &&
        (minMicros === undefined || span.durationMicros >= minMicros) &&
        (maxMicros === undefined || span.durationMicros <= maxMicros) &&
        (window === undefined ||
            (span.startTimeUnixMicros >= window.startMicros &&
                span.startTimeUnixMicros <= window.endMicros));
    const matching = traces.filter(trace => trace.spans.some(spanMatches));
    return query.limit === undefined ? matching : matching.slice(0, query.limit);
}
/** Files are searched over all time unless the query names a window. */
function explicitWindow(query) {
    if (!query.start && !query.end && !query.lookback)
        return undefined;
    const { start, end } = (0,traces_window/* resolveWindow */.LI)(query, new Date());
    return { startMicros: start.getTime() * 1000, endMicros: end.getTime() * 1000 };
}
function attributeText(span, key) {
    const value = span.attributes[key] ?? span.resource[key];
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// EXTERNAL MODULE: ./src/traces/ids.ts
var traces_ids = __webpack_require__(188);
// EXTERNAL MODULE: ./src/traces/jaeger.ts + 2 modules
var jaeger = __webpack_require__(4024);
// EXTERNAL MODULE: ./src/traces/http.ts
var http = __webpack_require__(7416);
;// CONCATENATED MODULE: ./src/traces/tempo.ts
/**
 * Grafana Tempo as a trace source: search (`/api/search`) finds trace ids, then each trace is
 * fetched by id (`/api/v2/traces/{id}`, or `/api/traces/{id}` on Tempo releases without v2).
 */




const DEFAULT_TEMPO_PAGE_SIZE = 100;
/** Tempo's default `max_attribute_bytes`: longer values are cut silently at ingestion. */
const DEFAULT_TEMPO_TRUNCATION_LIMIT_BYTES = 2048;
const TRACE_FETCH_CONCURRENCY = 4;
// Tempo takes search bounds in whole seconds, so narrower windows cannot be told apart.
const MIN_WINDOW_MS = 1000;
function createTempoSource(options) {
    const { now, pageSize, truncationLimitBytes, ...httpOptions } = options;
    const tempo = new TempoApi((0,http/* createHttpClient */.uT)(httpOptions), truncationLimitBytes ?? DEFAULT_TEMPO_TRUNCATION_LIMIT_BYTES);
    const clock = now ?? (() => new Date());
    return {
        description: `Grafana Tempo at ${tempo.http.baseUrl}`,
        listServices: () => tempo.listTagValues('resource.service.name', 'service.name'),
        listOperations: service => tempo.listTagValues('name', 'name', `{ resource.service.name = ${traceqlString(service)} }`),
        findTraces: query => tempo.findTraces(query, clock(), pageSize ?? DEFAULT_TEMPO_PAGE_SIZE),
        getTrace: traceId => tempo.getTrace((0,traces_ids/* assertTraceId */.Jw)(traceId))
    };
}
class TempoApi {
    http;
    truncationLimitBytes;
    /** Set once `/api/v2/traces` turns out not to exist, so later fetches go straight to v1. */
    v2TracesMissing = false;
    constructor(http, truncationLimitBytes) {
        this.http = http;
        this.truncationLimitBytes = truncationLimitBytes;
    }
    async findTraces(query, now, pageSize) {
        const window = (0,traces_window/* resolveWindow */.LI)(query, now);
        const summaries = await (0,traces_window/* fetchAllInWindow */.$5)((part, size) => this.searchPage(query, part, size), {
            ...window,
            limit: query.limit ?? traces_window/* DEFAULT_TRACE_LIMIT */.CO,
            pageSize,
            minWindowMs: MIN_WINDOW_MS
        });
        const traces = await mapConcurrently(summaries, TRACE_FETCH_CONCURRENCY, summary => this.getTrace(summary.traceId));
        // A trace can age out between the search and the fetch; it is then left out.
        return traces.filter((trace) => trace !== undefined);
    }
    /** `GET /api/search` answers `{"traces": [{"traceID", "rootServiceName", ...}]}`. */
    async searchPage(query, window, size) {
        const response = await this.http.getJson('/api/search', {
            query: searchParams(query, window, size)
        });
        const [body] = response.documents;
        const found = (0,http/* isRecord */.u4)(body) && Array.isArray(body.traces) ? body.traces : [];
        const ids = found.map(item => ((0,http/* isRecord */.u4)(item) ? item.traceID : undefined));
        const items = (0,http/* stringsIn */.QQ)(ids).map(id => ({ traceId: normalizeTempoTraceId(id) }));
        return { items, returned: found.length };
    }
    async getTrace(traceId) {
        if (!this.v2TracesMissing) {
            try {
                const v2 = await this.http.getJson((0,http/* urlPath */.Lx)('api', 'v2', 'traces', traceId), {
                    expectedStatuses: [404]
                });
                if (v2.status !== 404)
                    return this.decodeTrace(v2, traceId);
            }
            catch (error) {
                if (!(0,http/* isEndpointMissing */.wf)(error))
                    throw error;
                this.v2TracesMissing = true;
            }
        }
        // Either v2 is missing, or its 404 meant "no such route" or "no such trace": v1 tells which.
        const v1 = await this.http.getJson((0,http/* urlPath */.Lx)('api', 'traces', traceId), {
            expectedStatuses: [404]
        });
        if (v1.status === 404)
            return undefined;
        this.v2TracesMissing = true;
        return this.decodeTrace(v1, traceId);
    }
    /**
     * Tag values from `/api/v2/search/tag/{tag}/values` (`{"tagValues":[{"type","value"}]}`,
     * scoped by a TraceQL `q`), or from the v1 route (`{"tagValues":["..."]}`, unscoped) on older Tempo.
     */
    async listTagValues(v2Tag, v1Tag, traceql) {
        const v2Path = (0,http/* urlPath */.Lx)('api', 'v2', 'search', 'tag', v2Tag, 'values');
        try {
            return tagValuesOf(await this.http.getJson(v2Path, { query: { q: traceql } }));
        }
        catch (error) {
            if (!(0,http/* isEndpointMissing */.wf)(error))
                throw error;
        }
        return tagValuesOf(await this.http.getJson((0,http/* urlPath */.Lx)('api', 'search', 'tag', v1Tag, 'values')));
    }
    /** v2 answers `{"trace": {"resourceSpans": [...]}}`, v1 `{"batches": [...]}`; an empty one is no trace. */
    decodeTrace(response, traceId) {
        if (response.documents.length === 0)
            return undefined;
        const { traces } = (0,decode/* decodeTraceDocuments */.qD)(response.documents, {
            origin: `Tempo response from ${response.url}`,
            truncationLimitBytes: this.truncationLimitBytes,
            allowEmpty: true
        });
        return traces.find(trace => trace.traceId === traceId) ?? traces[0];
    }
}
/**
 * `tags` (logfmt) and `q` (TraceQL) cannot be combined: Tempo rejects a search with both.
 * Service, operation and tags go into `tags`; a TraceQL query goes alone.
 */
function searchParams(query, window, size) {
    const tags = [];
    if (query.service)
        tags.push(['service.name', query.service]);
    if (query.operation)
        tags.push(['name', query.operation]);
    tags.push(...Object.entries(query.tags ?? {}));
    if (query.traceql && tags.length > 0) {
        throw new Error('A Tempo search takes either a TraceQL query or service/operation/tags, not both: put those conditions into the TraceQL query.');
    }
    const start = Math.floor(window.start.getTime() / 1000);
    return {
        q: query.traceql,
        tags: tags.length > 0 ? logfmt(tags) : undefined,
        start,
        end: Math.max(start + 1, Math.ceil(window.end.getTime() / 1000)),
        minDuration: query.minDuration,
        maxDuration: query.maxDuration,
        limit: size
    };
}
/** `key=value key2="spaced value"`, as Tempo's logfmt decoder reads it. */
function logfmt(pairs) {
    return pairs
        .map(([key, value]) => {
        if (!/^[^\s="\\]+$/.test(key))
            throw new Error(`Tempo cannot search on the tag name "${key}"`);
        return `${key}=${/^[^\s="\\]+$/.test(value) ? value : JSON.stringify(value)}`;
    })
        .join(' ');
}
/** A TraceQL string literal: double quotes, with the same backslash escapes as JSON. */
function traceqlString(value) {
    return JSON.stringify(value);
}
/** Tempo prints trace ids without leading zeros; the model wants 32 hex characters. */
function normalizeTempoTraceId(id) {
    return (0,traces_ids/* assertTraceId */.Jw)(id.trim().toLowerCase().padStart(32, '0'));
}
function tagValuesOf(response) {
    const [body] = response.documents;
    const values = (0,http/* isRecord */.u4)(body) && Array.isArray(body.tagValues) ? body.tagValues : [];
    return (0,http/* sortedUnique */.Z$)((0,http/* stringsIn */.QQ)(values.map(value => ((0,http/* isRecord */.u4)(value) ? value.value : value))));
}
/** Maps with at most `limit` calls in flight, keeping the input order. */
async function mapConcurrently(items, limit, map) {
    const results = new Array(items.length);
    const queue = [...items.entries()];
    const worker = async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
            const [index, item] = entry;
            results[index] = await map(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/traces/index.ts




const TRACE_SOURCE_KINDS = ['jaeger', 'jaeger-v1', 'jaeger-v3', 'tempo', 'files'];
function createTraceSource(settings) {
    if (settings.kind === 'files') {
        return createFileSource({
            paths: settings.files,
            ...(settings.cwd ? { cwd: settings.cwd } : {})
        });
    }
    const http = {
        baseUrl: settings.url,
        ...(settings.headers ? { headers: settings.headers } : {}),
        ...(settings.bearerToken ? { auth: { bearer: settings.bearerToken } } : {}),
        ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
        ...(settings.retries !== undefined ? { retries: settings.retries } : {})
    };
    switch (settings.kind) {
        case 'tempo':
            return createTempoSource(http);
        case 'jaeger-v1':
            return (0,jaeger/* createJaegerSource */.u)({ ...http, api: 'v1' });
        case 'jaeger-v3':
            return (0,jaeger/* createJaegerSource */.u)({ ...http, api: 'v3' });
        case 'jaeger':
            return (0,jaeger/* createJaegerSource */.u)({ ...http, api: 'auto' });
    }
}
/** Fetches traces by id or by search, the one entry point the commands use. */
async function fetchTraces(source, request) {
    const ids = (request.traceIds ?? []).map(traces_ids/* assertTraceId */.Jw);
    if (ids.length === 0)
        return { traces: await source.findTraces(request.query ?? {}), missing: [] };
    const traces = [];
    const missing = [];
    for (const id of ids) {
        const trace = await source.getTrace(id);
        if (trace)
            traces.push(trace);
        else
            missing.push(id);
    }
    return { traces, missing };
}


/***/ }),

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ createJaegerSource)
});

// UNUSED EXPORTS: detectJaegerApi

// EXTERNAL MODULE: ./src/traces/http.ts
var traces_http = __webpack_require__(7416);
// EXTERNAL MODULE: ./src/traces/decode/index.ts + 2 modules
var decode = __webpack_require__(4981);
// EXTERNAL MODULE: ./src/traces/ids.ts
var ids = __webpack_require__(188);
// EXTERNAL MODULE: ./src/traces/window.ts
var traces_window = __webpack_require__(5112);
;// CONCATENATED MODULE: ./src/traces/jaeger-v1.ts
/**
 * Jaeger's v1 query API (`/api/...`, the JSON the Jaeger UI reads), as served by
 * `cmd/query/app/http_handler.go` in Jaeger 1.x and `jaegerquery/internal/http_handler.go` in 2.x.
 */




const DEFAULT_JAEGER_PAGE_SIZE = 100;
function createJaegerV1Source(http, options = {}) {
    const now = options.now ?? (() => new Date());
    const pageSize = options.pageSize ?? DEFAULT_JAEGER_PAGE_SIZE;
    return {
        description: `Jaeger v1 API at ${http.baseUrl}`,
        listServices: () => listServices(http),
        listOperations: service => listOperations(http, service),
        findTraces: query => findTraces(http, query, now(), pageSize),
        getTrace: traceId => getTrace(http, traceId)
    };
}
/** `GET /api/services` answers `{"data": ["svc", ...]}` (`null` when there are none). */
async function listServices(http) {
    const response = await http.getJson('/api/services');
    return (0,traces_http/* sortedUnique */.Z$)((0,traces_http/* stringsIn */.QQ)(envelopeOf(response).data));
}
/**
 * `GET /api/operations?service=` answers `{"data": [{"name", "spanKind"}]}`. Jaeger releases
 * older than that route only have `/api/services/{service}/operations` (`{"data": ["op"]}`).
 */
async function listOperations(http, service) {
    try {
        const response = await http.getJson('/api/operations', { query: { service } });
        const operations = envelopeOf(response).data;
        const names = Array.isArray(operations)
            ? operations.map(operation => ((0,traces_http/* isRecord */.u4)(operation) ? operation.name : undefined))
            : [];
        return (0,traces_http/* sortedUnique */.Z$)((0,traces_http/* stringsIn */.QQ)(names));
    }
    catch (error) {
        if (!(0,traces_http/* isEndpointMissing */.wf)(error))
            throw error;
    }
    const response = await http.getJson((0,traces_http/* urlPath */.Lx)('api', 'services', service, 'operations'));
    return (0,traces_http/* sortedUnique */.Z$)((0,traces_http/* stringsIn */.QQ)(envelopeOf(response).data));
}
async function findTraces(http, query, now, pageSize) {
    if (!query.service) {
        throw new Error('Searching Jaeger through its v1 API needs a service name: set the service to search.');
    }
    const window = (0,traces_window/* resolveWindow */.LI)(query, now);
    return (0,traces_window/* fetchAllInWindow */.$5)((part, size, seen) => searchPage(http, query, part, size, seen), {
        ...window,
        limit: query.limit ?? traces_window/* DEFAULT_TRACE_LIMIT */.CO,
        pageSize
    });
}
/**
 * `GET /api/traces`. The server ignores `lookback` and defaults `start` to its own lookback,
 * so the window is always sent as `start`/`end` in epoch microseconds. `limit` is the search depth.
 */
async function searchPage(http, query, window, size, seen) {
    const tags = query.tags && Object.keys(query.tags).length > 0 ? JSON.stringify(query.tags) : undefined;
    const response = await http.getJson('/api/traces', {
        query: {
            service: query.service,
            operation: query.operation,
            tags,
            start: epochMicros(window.start),
            end: epochMicros(window.end),
            minDuration: query.minDuration,
            maxDuration: query.maxDuration,
            limit: size
        }
    });
    const sent = tracesIn(response);
    // Halves of a split window repeat traces already decoded; decoding is the costly part.
    const fresh = sent.filter(trace => {
        const id = (0,traces_http/* isRecord */.u4)(trace) ? (0,ids/* normalizeTraceId */.gB)(trace.traceID) : undefined;
        return id === undefined || !seen.has(id);
    });
    const items = fresh.length === sent.length
        ? decodeResponse(response)
        : decodeResponse({ ...response, documents: [{ ...envelopeOf(response), data: fresh }] });
    return { items, returned: sent.length };
}
/**
 * `GET /api/traces/{id}`. A missing trace is a 404 whose body is Jaeger's own envelope,
 * `{"data":null,"errors":[{"code":404,"msg":"trace not found"}]}`; a 404 without it means
 * the route is not there and is reported as an error.
 */
async function getTrace(http, traceId) {
    const id = (0,ids/* assertTraceId */.Jw)(traceId);
    const response = await http.getJson((0,traces_http/* urlPath */.Lx)('api', 'traces', id), {
        isExpected: answer => answer.status === 404 && isJaegerEnvelope(answer)
    });
    if (response.status === 404)
        return undefined;
    const traces = decodeResponse(response);
    return traces.find(trace => trace.traceId === id) ?? traces[0];
}
/** An empty `data` gives no traces; `errors` without data fail with the server's messages. */
function decodeResponse(response) {
    return (0,decode/* decodeTraceDocuments */.qD)(response.documents, {
        origin: `Jaeger response from ${response.url}`,
        allowEmpty: true
    }).traces;
}
/** The traces the server sent, before decoding: the `data` array of the envelope. */
function tracesIn(response) {
    const { data } = envelopeOf(response);
    return Array.isArray(data) ? data : [];
}
function envelopeOf(response) {
    const [body] = response.documents;
    if (!(0,traces_http/* isRecord */.u4)(body)) {
        throw new Error(`Jaeger answered ${response.url} with a body that is not a {"data": ...} object`);
    }
    return body;
}
function isJaegerEnvelope(response) {
    const [body] = response.documents;
    return (0,traces_http/* isRecord */.u4)(body) && ('errors' in body || 'data' in body);
}
function epochMicros(date) {
    return String(date.getTime() * 1000);
}

;// CONCATENATED MODULE: ./src/traces/jaeger-v3.ts
/**
 * Jaeger's api_v3 over HTTP (`/api/v3/...`, OTLP JSON), as served by
 * `jaegerquery/internal/apiv3/http_gateway.go` in Jaeger 2.x and the grpc-gateway in late 1.x.
 */




const DEFAULT_JAEGER_V3_PAGE_SIZE = 100;
function createJaegerV3Source(http, options = {}) {
    const now = options.now ?? (() => new Date());
    const pageSize = options.pageSize ?? DEFAULT_JAEGER_V3_PAGE_SIZE;
    return {
        description: `Jaeger api_v3 at ${http.baseUrl}`,
        listServices: () => jaeger_v3_listServices(http),
        listOperations: service => jaeger_v3_listOperations(http, service),
        findTraces: query => jaeger_v3_findTraces(http, query, now(), pageSize),
        getTrace: traceId => jaeger_v3_getTrace(http, traceId)
    };
}
/** `{"services": [...]}`; the field is left out when there are none. */
async function jaeger_v3_listServices(http) {
    const response = await http.getJson('/api/v3/services');
    return (0,traces_http/* sortedUnique */.Z$)((0,traces_http/* stringsIn */.QQ)(bodyOf(response).services));
}
/** `{"operations": [{"name", "spanKind"}]}`; the field is left out when there are none. */
async function jaeger_v3_listOperations(http, service) {
    const response = await http.getJson('/api/v3/operations', { query: { service } });
    const { operations } = bodyOf(response);
    const names = Array.isArray(operations)
        ? operations.map(item => ((0,traces_http/* isRecord */.u4)(item) ? item.name : undefined))
        : [];
    return (0,traces_http/* sortedUnique */.Z$)((0,traces_http/* stringsIn */.QQ)(names));
}
async function jaeger_v3_findTraces(http, query, now, pageSize) {
    const window = (0,traces_window/* resolveWindow */.LI)(query, now);
    return (0,traces_window/* fetchAllInWindow */.$5)((part, size) => jaeger_v3_searchPage(http, query, part, size), {
        ...window,
        limit: query.limit ?? traces_window/* DEFAULT_TRACE_LIMIT */.CO,
        pageSize
    });
}
async function jaeger_v3_searchPage(http, query, window, size) {
    const response = await http.getJson('/api/v3/traces', {
        query: searchParams(query, window, size),
        isExpected: isGatewayNotFound
    });
    if (response.status === 404)
        return { items: [], returned: 0 };
    const traces = decodeResult(response);
    // Servers before `query.attributes` ignore it, so the tags are checked here too.
    const tags = Object.entries(query.tags ?? {});
    const items = tags.length === 0 ? traces : traces.filter(trace => traceHasTags(trace, tags));
    return { items, returned: traces.length };
}
/**
 * Search parameters in both spellings. Jaeger 2.19 made the camelCase names canonical and
 * kept the snake_case ones as deprecated aliases; older servers know only snake_case. Both
 * read parameters by name and ignore the rest, and the canonical name wins when both are sent.
 * The depth is always sent: without it some stores fail the search with HTTP 500.
 */
function searchParams(query, window, size) {
    const params = {};
    const set = (camelCase, snakeCase, value) => {
        if (value === undefined || value === '')
            return;
        params[camelCase] = value;
        params[snakeCase] = value;
    };
    set('query.serviceName', 'query.service_name', query.service);
    set('query.operationName', 'query.operation_name', query.operation);
    set('query.startTimeMin', 'query.start_time_min', window.start.toISOString());
    set('query.startTimeMax', 'query.start_time_max', window.end.toISOString());
    set('query.durationMin', 'query.duration_min', query.minDuration);
    set('query.durationMax', 'query.duration_max', query.maxDuration);
    // `query.num_traces` is the name servers before 2.19 read.
    set('query.searchDepth', 'query.num_traces', size);
    if (query.tags && Object.keys(query.tags).length > 0) {
        // A JSON object of strings; there is no snake_case alias.
        params['query.attributes'] = JSON.stringify(query.tags);
    }
    return params;
}
/** `GET /api/v3/traces/{id}`; a 404 with the gateway's error body means there is no such trace. */
async function jaeger_v3_getTrace(http, traceId) {
    const id = (0,ids/* assertTraceId */.Jw)(traceId);
    const response = await http.getJson((0,traces_http/* urlPath */.Lx)('api', 'v3', 'traces', id), {
        isExpected: isGatewayNotFound
    });
    if (response.status === 404)
        return undefined;
    const traces = decodeResult(response);
    return traces.find(trace => trace.traceId === id) ?? traces[0];
}
/**
 * An empty search or unknown trace is a 404 with the gateway's own error body,
 * `{"error":{"httpCode":404,"message":"No traces found"}}`; a 404 without it is a missing route.
 */
function isGatewayNotFound(response) {
    return (response.status === 404 &&
        response.documents.some(body => (0,traces_http/* isRecord */.u4)(body) && (0,traces_http/* isRecord */.u4)(body.error)));
}
/**
 * The body is one or more `{"result": TracesData}` chunks (none when a stream ends at once);
 * a streamed `{"error"}` chunk fails the decode.
 */
function decodeResult(response) {
    if (response.documents.length === 0)
        return [];
    return (0,decode/* decodeTraceDocuments */.qD)(response.documents, {
        origin: `Jaeger api_v3 response from ${response.url}`,
        allowEmpty: true
    }).traces;
}
function bodyOf(response) {
    const [body] = response.documents;
    if (!(0,traces_http/* isRecord */.u4)(body))
        throw new Error(`Jaeger api_v3 answered ${response.url} with a body that is not an object`);
    return body;
}
/** Jaeger's tag semantics: one span must carry every tag, on itself or its resource. */
function traceHasTags(trace, tags) {
    return trace.spans.some(span => tags.every(([key, value]) => spanTagValues(span, key).includes(value)));
}
/** A span's values for a tag key as text, including the tags Jaeger derives from OTLP fields. */
function spanTagValues(span, key) {
    const values = [span.attributes[key], span.resource[key]]
        .filter((value) => value !== undefined)
        .map(attributeText);
    if (key === 'error' && span.status.code === 'error')
        values.push('true');
    if (key === 'span.kind')
        values.push(span.kind);
    return values;
}
function attributeText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/traces/jaeger.ts
/**
 * A Jaeger trace source that talks to whichever query API the server has: api_v3 on Jaeger 2
 * (whose newest releases dropped the v1 search), or the v1 API on Jaeger 1 (whose older
 * releases have no api_v3 search).
 */



function createJaegerSource(options) {
    const { api = 'auto', now, pageSize, ...httpOptions } = options;
    const http = (0,traces_http/* createHttpClient */.uT)(httpOptions);
    const v1 = createJaegerV1Source(http, { now, pageSize });
    const v3 = createJaegerV3Source(http, { now, pageSize });
    if (api === 'v1')
        return v1;
    if (api === 'v3')
        return v3;
    return new AutoDetectedJaeger(http, v1, v3);
}
/**
 * Asks `/api/v3/services`. A Jaeger without api_v3 answers with a 404, or with the UI's
 * `index.html` (its catch-all route), which the client reports as an HTML page.
 */
async function detectJaegerApi(http) {
    try {
        const response = await http.getJson('/api/v3/services');
        const [body] = response.documents;
        const looksLikeV3 = (0,traces_http/* isRecord */.u4)(body) && (body.services === undefined || Array.isArray(body.services));
        return looksLikeV3 ? 'v3' : 'v1';
    }
    catch (error) {
        if ((0,traces_http/* isEndpointMissing */.wf)(error))
            return 'v1';
        throw error;
    }
}
class AutoDetectedJaeger {
    http;
    v1;
    v3;
    chosen;
    detection;
    constructor(http, v1, v3) {
        this.http = http;
        this.v1 = v1;
        this.v3 = v3;
    }
    get description() {
        return this.chosen?.description ?? `Jaeger at ${this.http.baseUrl} (API not detected yet)`;
    }
    listServices() {
        return this.call(source => source.listServices());
    }
    listOperations(service) {
        return this.call(source => source.listOperations(service));
    }
    findTraces(query) {
        return this.call(source => source.findTraces(query));
    }
    getTrace(traceId) {
        return this.call(source => source.getTrace(traceId));
    }
    /** Runs on the detected API; when api_v3 lacks the route asked for, switches to v1 for good. */
    async call(action) {
        const source = await this.source();
        try {
            return await action(source);
        }
        catch (error) {
            if (source !== this.v3 || !(0,traces_http/* isEndpointMissing */.wf)(error))
                throw error;
            this.chosen = this.v1;
            return action(this.v1);
        }
    }
    source() {
        if (this.chosen)
            return Promise.resolve(this.chosen);
        this.detection ??= detectJaegerApi(this.http).then(api => (this.chosen = api === 'v3' ? this.v3 : this.v1), (error) => {
            // Let the next call ask again rather than repeat a transient failure forever.
            this.detection = undefined;
            throw error;
        });
        return this.detection;
    }
}


/***/ }),

/***/ 9974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ JsonParseError),
/* harmony export */   q: () => (/* binding */ parseJsonDocuments)
/* harmony export */ });
/**
 * Reads trace files and response bodies that hold one JSON value, several values written
 * back to back (Jaeger api_v3 streams `{"result":…}{"result":…}`), or JSON Lines (the OTel
 * Collector file exporter).
 */
/** A JSON syntax error with where it happened, counted from 1 for a person to find it. */
class JsonParseError extends SyntaxError {
    reason;
    position;
    line;
    column;
    name = 'JsonParseError';
    constructor(reason, 
    /** Offset in the text, counted in UTF-16 code units from 0. */
    position, line, column) {
        super(`${reason} at line ${line}, column ${column}`);
        this.reason = reason;
        this.position = position;
        this.line = line;
        this.column = column;
    }
}
const BYTE_ORDER_MARK = '\uFEFF';
/**
 * Every top-level JSON value in `text`, in order. Whitespace-only text gives `[]`.
 * Throws `JsonParseError` naming the line and column of the first malformed value.
 */
function parseJsonDocuments(text) {
    const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
    try {
        return [JSON.parse(body)];
    }
    catch {
        // Not one value: split the text where each top-level value ends and parse the parts.
    }
    return splitTopLevelValues(body).map(({ start, end }) => parseAt(body, start, end));
}
const OPENERS = new Set(['{', '[']);
const CLOSERS = new Set(['}', ']']);
/** Characters that end a bare top-level scalar such as `true` or `42`. */
const SCALAR_DELIMITERS = new Set(['{', '[', '}', ']', '"', ',']);
/**
 * The ranges of `text` that each hold one top-level value. The scan only tracks strings and
 * bracket depth; `JSON.parse` judges each part, so a malformed part still fails with its position.
 * An unterminated value runs to the end of the text.
 */
function splitTopLevelValues(text) {
    const segments = [];
    let index = skipWhitespace(text, 0);
    while (index < text.length) {
        const end = valueEnd(text, index);
        segments.push({ start: index, end });
        index = skipWhitespace(text, end);
    }
    return segments;
}
function valueEnd(text, start) {
    const first = text.charAt(start);
    if (first === '"')
        return stringEnd(text, start);
    if (!OPENERS.has(first))
        return scalarEnd(text, start);
    let depth = 0;
    let index = start;
    while (index < text.length) {
        const char = text.charAt(index);
        if (char === '"') {
            index = stringEnd(text, index);
            continue;
        }
        if (OPENERS.has(char))
            depth++;
        else if (CLOSERS.has(char) && --depth === 0)
            return index + 1;
        index++;
    }
    return text.length;
}
/** The index just past the closing quote of the string opening at `start`. */
function stringEnd(text, start) {
    let index = start + 1;
    while (index < text.length) {
        const char = text.charAt(index);
        if (char === '\\')
            index += 2;
        else if (char === '"')
            return index + 1;
        else
            index++;
    }
    return text.length;
}
function scalarEnd(text, start) {
    let index = start + 1;
    while (index < text.length && !isWhitespace(text.charAt(index))) {
        if (SCALAR_DELIMITERS.has(text.charAt(index)))
            break;
        index++;
    }
    return index;
}
function skipWhitespace(text, start) {
    let index = start;
    while (index < text.length && isWhitespace(text.charAt(index)))
        index++;
    return index;
}
function isWhitespace(char) {
    return char === ' ' || char === '\n' || char === '\r' || char === '\t';
}
function parseAt(text, start, end) {
    try {
        return JSON.parse(text.slice(start, end));
    }
    catch (error) {
        throw toJsonParseError(text, start, end, error);
    }
}
/** V8 reports positions inside the part it was given; make them positions in the whole text. */
function toJsonParseError(text, start, end, error) {
    const message = error instanceof Error ? error.message : String(error);
    const value = text.slice(start, end);
    const offset = errorOffset(value, message);
    // Failing at the very end means the value was cut short, whatever V8 expected to see next.
    const reason = offset >= value.length ? 'Unexpected end of JSON input' : describeReason(message);
    const position = start + Math.min(offset, value.length);
    const { line, column } = lineAndColumn(text, position);
    return new JsonParseError(reason, position, line, column);
}
function errorOffset(value, message) {
    const reported = reportedPosition(message);
    if (reported !== undefined)
        return reported;
    if (isEndOfInput(message))
        return value.length;
    return firstBadCharacter(value);
}
function reportedPosition(message) {
    const match = / at position (\d+)/.exec(message);
    return match?.[1] === undefined ? undefined : Number(match[1]);
}
function isEndOfInput(message) {
    return message.includes('end of JSON input');
}
/**
 * V8 names an unexpected token but not where it is. The shortest prefix that fails for a
 * reason other than running out of input ends at that token; find it by bisection
 * (this runs only on the error path).
 */
function firstBadCharacter(value) {
    let good = 0;
    let bad = value.length;
    while (bad - good > 1) {
        const middle = Math.floor((good + bad) / 2);
        if (failsBeforeEnd(value.slice(0, middle)))
            bad = middle;
        else
            good = middle;
    }
    return bad - 1;
}
function failsBeforeEnd(prefix) {
    try {
        JSON.parse(prefix);
        return false;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : '';
        if (isEndOfInput(message))
            return false;
        const reported = reportedPosition(message);
        return reported === undefined || reported < prefix.length;
    }
}
/** V8's reason without its position and without the echo of the (possibly huge) input. */
function describeReason(message) {
    return message
        .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/ at position \d+.*$/s, '');
}
function lineAndColumn(text, position) {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, column: position - lineStart + 1 };
}


/***/ }),

/***/ 671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ newAttributes),
/* harmony export */   x: () => (/* binding */ spanStartDate)
/* harmony export */ });
/**
 * The normalized span model: every source (Jaeger v1, api_v3, Tempo, OTLP files)
 * decodes into these types, so nothing downstream knows which wire format a span came in.
 */
/** Creates an attribute map whose keys cannot reach `Object.prototype`. */
function newAttributes() {
    return Object.create(null);
}
/** Microseconds since the epoch as a Date (millisecond precision). */
function spanStartDate(span) {
    return new Date(Math.floor(span.startTimeUnixMicros / 1000));
}


/***/ }),

/***/ 5112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ fetchAllInWindow),
/* harmony export */   CO: () => (/* binding */ DEFAULT_TRACE_LIMIT),
/* harmony export */   LI: () => (/* binding */ resolveWindow),
/* harmony export */   Yf: () => (/* binding */ parseLookback),
/* harmony export */   zG: () => (/* binding */ parseDurationText)
/* harmony export */ });
/* unused harmony export DEFAULT_LOOKBACK */
/** Used when a query names neither `start` nor `lookback`. */
const DEFAULT_LOOKBACK = '24h';
/** Used when a query names no `limit`. */
const DEFAULT_TRACE_LIMIT = 100;
/** Go duration units (what Jaeger and Tempo read) plus days and weeks for lookbacks. */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
// Two-letter units come first so that `5ms` is not read as five minutes and a stray `s`.
const DURATION_PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w)/y;
const DURATION_UNITS = 'ns, us, ms, s, m, h, d, w';
/** `1.5s`, `300ms`, `1h30m` to milliseconds (fractional below 1 ms); `undefined` when not a duration. */
function durationMs(text) {
    const input = text.trim();
    if (input === '')
        return undefined;
    let total = 0;
    for (let position = 0; position < input.length; position = DURATION_PART.lastIndex) {
        DURATION_PART.lastIndex = position;
        const match = DURATION_PART.exec(input);
        const unitMs = match?.[2] === undefined ? undefined : UNIT_MS[match[2]];
        if (!match || unitMs === undefined)
            return undefined;
        total += Number(match[1]) * unitMs;
    }
    return total;
}
/** A duration such as `1.5s`, `300ms` or `2h` in milliseconds (may be fractional). */
function parseDurationText(text) {
    const ms = durationMs(text);
    if (ms === undefined) {
        throw new Error(`Invalid duration "${text}": expected e.g. 300ms, 1.5s, 2m or 1h30m (units: ${DURATION_UNITS})`);
    }
    return ms;
}
/** A lookback such as `30m`, `24h`, `7d`, `1h30m` or `2w` in whole milliseconds. */
function parseLookback(text) {
    const ms = durationMs(text);
    if (ms === undefined) {
        throw new Error(`Invalid lookback "${text}": expected e.g. 30m, 24h, 7d or 1h30m (units: ${DURATION_UNITS})`);
    }
    if (ms < 1)
        throw new Error(`Invalid lookback "${text}": it must be at least 1ms`);
    return Math.round(ms);
}
/** The window a query covers: `end` defaults to now, `start` to `lookback` before `end`. */
function resolveWindow(query, now, defaultLookback = DEFAULT_LOOKBACK) {
    const end = query.end ?? now;
    const start = query.start ?? new Date(end.getTime() - parseLookback(query.lookback ?? defaultLookback));
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
        throw new Error('Invalid time window: start or end is not a valid date');
    }
    if (start.getTime() >= end.getTime()) {
        throw new Error(`Invalid time window: start ${start.toISOString()} is not before end ${end.toISOString()}`);
    }
    return { start, end };
}
/**
 * Fetches up to `limit` distinct items from a window. A full page means the server may have
 * left some out, so that window is split in two and both halves are fetched, newest first,
 * until `limit` items are found or the windows are too narrow to split.
 */
async function fetchAllInWindow(fetchPage, options) {
    const { limit, pageSize, minWindowMs = 1 } = options;
    if (!Number.isInteger(limit) || limit < 1) {
        throw new Error(`Invalid limit ${limit}: expected a whole number above 0`);
    }
    if (!Number.isInteger(pageSize) || pageSize < 1) {
        throw new Error(`Invalid page size ${pageSize}: expected a whole number above 0`);
    }
    const size = Math.min(limit, pageSize);
    const found = new Map();
    // A stack: the newer half is pushed last so it is fetched first.
    const pending = [{ start: options.start, end: options.end }];
    while (found.size < limit) {
        const window = pending.pop();
        if (!window)
            break;
        const page = await fetchPage(window, size, found);
        for (const item of page.items) {
            if (!found.has(item.traceId))
                found.set(item.traceId, item);
        }
        const mayHaveMore = page.returned >= size;
        if (mayHaveMore && found.size < limit)
            pending.push(...splitWindow(window, minWindowMs));
    }
    return [...found.values()].slice(0, limit);
}
/** The older and newer halves of a window, or nothing when the halves would be too narrow. */
function splitWindow(window, minWindowMs) {
    const start = window.start.getTime();
    const end = window.end.getTime();
    const half = Math.floor((end - start) / 2);
    if (half < minWindowMs)
        return [];
    const middle = new Date(start + half);
    return [
        { start: window.start, end: middle },
        { start: middle, end: window.end }
    ];
}


/***/ })

};
