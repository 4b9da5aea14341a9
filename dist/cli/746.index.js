export const id = 746;
export const ids = [746];
export const modules = {

/***/ 6746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchCommand: () => (/* binding */ fetchCommand),
/* harmony export */   servicesCommand: () => (/* binding */ servicesCommand)
/* harmony export */ });
/* harmony import */ var _traces_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1623);
/* harmony import */ var _traces_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(671);
/* harmony import */ var _settings_trace_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9032);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3821);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5377);
/* harmony import */ var _trace_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2605);






const fetchCommand = {
    usage: `Usage: toad-eval fetch [TRACE_ID...] [options]

Reads traces (by id, or by searching) and prints one line per trace, or the normalized
spans as JSON with --json. Useful to check what the exporter will see.

${_trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRACE_SOURCE_USAGE */ .SB}

${_trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRACE_QUERY_USAGE */ .py}

Output:
  --json               print the normalized traces as JSON`,
    async run(args, io) {
        const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .b)(args, {
            ..._trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRACE_SOURCE_OPTIONS */ .pD,
            ..._trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRACE_QUERY_OPTIONS */ .yg,
            json: { type: 'boolean' }
        });
        const settings = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .flagSettings */ .w)(values);
        const source = (0,_trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .traceSourceIn */ .aG)((0,_settings_trace_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTraceSourceSettings */ .lY)(settings, io.env), io.cwd);
        const result = await (0,_traces_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchTraces */ .zp)(source, {
            traceIds: positionals,
            query: (0,_settings_trace_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTraceQuery */ .dD)(settings)
        });
        for (const traceId of result.missing)
            io.stderr(`✗ Trace ${traceId} not found in ${source.description}`);
        if (values.json) {
            io.stdout(JSON.stringify(result.traces, null, 2));
        }
        else {
            io.stdout(`${source.description}: ${plural(result.traces.length, 'trace')}`);
            for (const trace of result.traces)
                io.stdout(`  ${describeTrace(trace)}`);
        }
        for (const trace of result.traces) {
            for (const warning of trace.warnings ?? [])
                io.stderr(`⚠ ${trace.traceId}: ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(warning)}`);
        }
        return result.missing.length > 0 ? 1 : 0;
    }
};
const servicesCommand = {
    usage: `Usage: toad-eval services [options]

${_trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRACE_SOURCE_USAGE */ .SB}

Output:
  --operations         also list each service's operations`,
    async run(args, io) {
        const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .b)(args, {
            ..._trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRACE_SOURCE_OPTIONS */ .pD,
            operations: { type: 'boolean' }
        });
        const source = (0,_trace_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .traceSourceIn */ .aG)((0,_settings_trace_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTraceSourceSettings */ .lY)((0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .flagSettings */ .w)(values), io.env), io.cwd);
        const services = await source.listServices();
        io.stdout(`${source.description}: ${plural(services.length, 'service')}`);
        for (const service of services) {
            io.stdout(`  ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(service)}`);
            if (!values.operations)
                continue;
            for (const operation of await source.listOperations(service))
                io.stdout(`    ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(operation)}`);
        }
        return 0;
    }
};
function describeTrace(trace) {
    const first = trace.spans.reduce((earliest, span) => span.startTimeUnixMicros < earliest.startTimeUnixMicros ? span : earliest);
    const root = trace.spans.find(span => span.parentSpanId === undefined) ?? first;
    const services = [...new Set(trace.spans.map(span => span.service).filter(Boolean))];
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)([
        trace.traceId,
        (0,_traces_model_js__WEBPACK_IMPORTED_MODULE_5__/* .spanStartDate */ .x)(first).toISOString(),
        plural(trace.spans.length, 'span'),
        services.join(',') || '(no service)',
        root.name
    ].join('  '));
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 2605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ TRACE_SOURCE_USAGE),
/* harmony export */   aG: () => (/* binding */ traceSourceIn),
/* harmony export */   pD: () => (/* binding */ TRACE_SOURCE_OPTIONS),
/* harmony export */   py: () => (/* binding */ TRACE_QUERY_USAGE),
/* harmony export */   yg: () => (/* binding */ TRACE_QUERY_OPTIONS)
/* harmony export */ });
/* harmony import */ var _traces_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1623);

/** Flags that say where traces come from; shared by every command that reads traces. */
const TRACE_SOURCE_OPTIONS = {
    source: { type: 'string' },
    url: { type: 'string' },
    'jaeger-url': { type: 'string' },
    file: { type: 'string', multiple: true },
    header: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    retries: { type: 'string' }
};
/** Flags that narrow which traces a search returns. */
const TRACE_QUERY_OPTIONS = {
    service: { type: 'string' },
    operation: { type: 'string' },
    tag: { type: 'string', multiple: true },
    lookback: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    'min-duration': { type: 'string' },
    'max-duration': { type: 'string' },
    limit: { type: 'string' },
    traceql: { type: 'string' }
};
const TRACE_SOURCE_USAGE = `Where traces come from:
  --source KIND        jaeger (default: detects v1 or api_v3), jaeger-v1, jaeger-v3, tempo, files
  --url URL            Jaeger or Tempo base URL, path prefix allowed (default: $JAEGER_URL or
                       http://localhost:16686); user:password@ in the URL is sent as basic auth
  --jaeger-url URL     alias of --url
  --file PATH          a trace file, folder or glob (repeatable); implies --source files
  --header "K: V"      extra request header (repeatable); $TOAD_EVAL_TRACE_TOKEN is sent as a bearer token
  --timeout DURATION   per-request timeout (default 30s)
  --retries N          retries on connection errors, 429 and 5xx (default 3)`;
const TRACE_QUERY_USAGE = `Which traces:
  --service NAME       service that emitted the spans
  --operation NAME     span (operation) name
  --tag KEY=VALUE      span attribute that must match (repeatable)
  --lookback DURATION  window before --end, e.g. 30m, 24h, 7d (default 24h for servers)
  --start ISO, --end ISO
  --min-duration D, --max-duration D   span duration bounds, e.g. 500ms, 2s
  --limit N            most traces to fetch (default 100)
  --traceql QUERY      Tempo only: a TraceQL query instead of --service/--tag`;
/** The trace source, with trace files found relative to the folder the CLI was run in. */
function traceSourceIn(settings, cwd) {
    return (0,_traces_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createTraceSource */ .Vd)(settings.kind === 'files' ? { ...settings, cwd } : settings);
}


/***/ })

};
