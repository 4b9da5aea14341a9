export const id = 612;
export const ids = [612];
export const modules = {

/***/ 9612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportCommand: () => (/* binding */ exportCommand),
  exportTraceCommand: () => (/* binding */ exportTraceCommand)
});

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
;// CONCATENATED MODULE: ./src/export/content-hints.ts
/** The setting that makes each instrumentation record prompts and answers. */
const CONTENT_CAPTURE_SETTINGS = {
    'toad-eye': 'recordContent: true in initObservability()',
    'otel-genai': 'OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true',
    'otel-genai-deprecated': 'OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true',
    openllmetry: 'TRACELOOP_TRACE_CONTENT=true',
    openinference: 'OPENINFERENCE_HIDE_INPUTS=false and OPENINFERENCE_HIDE_OUTPUTS=false',
    'vercel-ai': 'experimental_telemetry: { isEnabled: true, recordInputs: true, recordOutputs: true }',
    langfuse: 'input/output capture on the Langfuse observation (not masked)',
    langsmith: 'LANGSMITH_HIDE_INPUTS=false and LANGSMITH_HIDE_OUTPUTS=false',
    logfire: 'InstrumentationSettings(include_content=True) in pydantic-ai'
};
/** One line per convention seen among spans without content, naming how to turn content on. */
function contentCaptureHints(conventions) {
    const seen = new Set();
    for (const convention of conventions)
        if (convention)
            seen.add(convention);
    return [...seen].map(convention => `${convention} spans record content with ${CONTENT_CAPTURE_SETTINGS[convention]}`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/dataset/format.ts
/**
 * The `*.eval.yaml` dataset format: a superset of what toad-eye's `export-trace` writes.
 * toad-eye's readers use `name`, `source`, `metadata` and `cases[].{id, variables, assertions}`;
 * every other key is ours and optional, so their files stay valid for us and ours for them.
 */
/** The `source` value toad-eye's export writes; kept so its tooling recognizes our files. */
const EXPORT_SOURCE = 'toad-eye-export';

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/dataset/assertions.ts
/** Headroom over the production answer's length, as toad-eye's export uses. */
const LENGTH_HEADROOM = 1.5;
/**
 * Phrases of the usual English refusals, lowercase (`not_contains` compares case-insensitively).
 * A phrase becomes an assertion only when the production answer did not contain it.
 */
const REFUSAL_PHRASES = [
    'i cannot',
    "i can't",
    'i am unable to',
    "i'm unable to",
    "i'm sorry, but",
    'as an ai'
];
/**
 * The baseline assertions of DESIGN.md, generated from what the model really answered:
 * a new answer much longer than production, a refusal where production answered, broken
 * JSON where production gave JSON, or a tool left uncalled is a regression.
 */
function baselineAssertions(call) {
    const assertions = [];
    const output = call.output;
    if (output !== undefined && output !== '') {
        assertions.push({ type: 'max_length', value: Math.ceil(output.length * LENGTH_HEADROOM) });
        const lower = output.toLowerCase();
        for (const phrase of REFUSAL_PHRASES) {
            if (!lower.includes(phrase))
                assertions.push({ type: 'not_contains', value: phrase });
        }
        if (isJsonObjectOrArray(output))
            assertions.push({ type: 'is_json', value: true });
    }
    const toolNames = [...new Set((call.outputToolCalls ?? []).map(toolCall => toolCall.name))];
    for (const name of toolNames)
        assertions.push({ type: 'calls_tool', value: name });
    return assertions;
}
function isJsonObjectOrArray(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return false;
    try {
        const parsed = JSON.parse(trimmed);
        return parsed !== null && typeof parsed === 'object';
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/dataset/redact.ts

const has = (pattern) => (text) => pattern.test(text);
// Order matters: secrets first (they contain digits a phone rule would take),
// then cards (Luhn-checked) before phones, since both are runs of digits.
const BUILT_IN_RULES = [
    {
        kind: 'JWT',
        clue: has(/eyJ/),
        pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g
    },
    {
        kind: 'BEARER_TOKEN',
        clue: has(/bearer/i),
        pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/gi,
        keepPrefix: match => /^Bearer\s+/i.exec(match)?.[0] ?? ''
    },
    {
        kind: 'API_KEY',
        clue: has(/sk-|[srp]k_|AIza/),
        // OpenAI (sk-, sk-proj-), Anthropic (sk-ant-), Stripe (sk_live_, rk_live_), Google (AIza).
        pattern: /\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35})/g
    },
    {
        kind: 'GITHUB_TOKEN',
        clue: has(/gh[pousr]_|github_pat_/),
        pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g
    },
    {
        kind: 'AWS_KEY',
        clue: has(/A[KSBC][IC]A/),
        pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g
    },
    {
        kind: 'SLACK_TOKEN',
        clue: has(/xox/),
        pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g
    },
    {
        kind: 'EMAIL',
        clue: has(/@/),
        pattern: /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g
    },
    {
        kind: 'CARD',
        clue: has(/\d{4}/),
        // Not after a `+`: an international phone number can pass the Luhn check too.
        pattern: /(?<![+\d])\b\d(?:[ -]?\d){12,18}\b/g,
        accept: match => passesLuhn(match.replace(/\D/g, ''))
    },
    {
        kind: 'IP',
        clue: has(/\d\.\d/),
        pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g,
        accept: match => (0,external_node_net_.isIP)(match) === 4
    },
    {
        kind: 'IP',
        clue: text => text.indexOf(':') !== text.lastIndexOf(':'),
        // IPv6, full or compressed; isIP rejects look-alikes such as times (10:30:00).
        pattern: /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g,
        accept: match => (0,external_node_net_.isIP)(match) === 6 && /\d/.test(match) && match.length >= 3
    },
    {
        kind: 'PHONE',
        clue: has(/\d{2}/),
        // Optional +country code, then 8-14 more digits in groups separated by spaces, dots,
        // dashes or parentheses. Needs a + or a separator, so plain numbers (ids, amounts) stay.
        pattern: /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w])/g,
        accept: match => {
            const digits = match.replace(/\D/g, '').length;
            const hasPlus = match.startsWith('+');
            const groups = match.split(/[\s.()-]+/).filter(Boolean);
            return (digits >= 9 &&
                digits <= 15 &&
                (hasPlus || match.includes('(') || groups.length >= 3) &&
                !looksLikeDate(match));
        }
    }
];
function createRedactor(customPatterns = []) {
    const rules = [...customPatterns.map(toRule), ...BUILT_IN_RULES];
    const counts = {};
    return {
        counts,
        redact(text) {
            let result = text;
            for (const rule of rules) {
                if (rule.clue && !rule.clue(result))
                    continue;
                result = result.replace(rule.pattern, match => {
                    if (rule.accept && !rule.accept(match))
                        return match;
                    counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
                    return `${rule.keepPrefix?.(match) ?? ''}[REDACTED:${rule.kind}]`;
                });
            }
            return result;
        }
    };
}
/** Redacts every string inside a JSON-like value (tool arguments, structured output). */
function redactDeep(value, redactor) {
    if (typeof value === 'string')
        return redactor.redact(value);
    if (Array.isArray(value))
        return value.map(item => redactDeep(item, redactor));
    if (value !== null && typeof value === 'object') {
        const copy = Object.create(null);
        for (const [key, item] of Object.entries(value))
            copy[key] = redactDeep(item, redactor);
        return copy;
    }
    return value;
}
function toRule(custom) {
    const name = custom.name.toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(name)) {
        throw new Error(`Redaction pattern name "${custom.name}" must be letters, digits and _ (up to 32)`);
    }
    let pattern;
    try {
        pattern = new RegExp(custom.pattern, 'g');
    }
    catch (error) {
        throw new Error(`Redaction pattern ${name} is not a valid regular expression: ${error.message}`, {
            cause: error
        });
    }
    if (pattern.test(''))
        throw new Error(`Redaction pattern ${name} matches empty text`);
    pattern.lastIndex = 0;
    return { kind: name, pattern };
}
function passesLuhn(digits) {
    if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let digit = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return sum % 10 === 0;
}
function looksLikeDate(text) {
    return (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(text) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(text));
}

;// CONCATENATED MODULE: ./src/dataset/slug.ts
/**
 * Lowercase text with accents taken off (`Résumé` → `resume`), the first step of every
 * name made from trace content (case ids, dataset file names).
 */
function foldToAscii(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

;// CONCATENATED MODULE: ./src/dataset/build.ts




/**
 * One eval case from one production call. The case input is the last user message (the whole
 * prompt where the convention records only one string); assertions come from the real answer.
 */
function buildCase(call, options = {}) {
    const text = (value) => options.redactor?.redact(value) ?? value;
    const input = text(caseInput(call));
    const evalCase = {
        id: caseId(input, call.spanId),
        variables: { input },
        assertions: baselineAssertions(call)
    };
    if (call.system)
        evalCase.system = text(call.system);
    if (call.messages.length > 1)
        evalCase.messages = call.messages.map(message => caseMessage(message, options));
    if (call.output !== undefined)
        evalCase.output = text(call.output);
    if (call.outputToolCalls?.length) {
        evalCase.tool_calls = call.outputToolCalls.map(toolCall => caseToolCall(toolCall, options));
    }
    if (call.tools?.length)
        evalCase.tools = call.tools.map(tool => ({ ...tool }));
    evalCase.source = caseSource(call);
    return evalCase;
}
function caseInput(call) {
    const lastUser = [...call.messages].reverse().find(message => message.role === 'user');
    return lastUser?.content ?? call.promptText ?? '';
}
function caseMessage(message, options) {
    const redact = (value) => options.redactor?.redact(value) ?? value;
    const result = { role: message.role, content: redact(message.content) };
    if (message.toolCalls?.length)
        result.tool_calls = message.toolCalls.map(call => caseToolCall(call, options));
    if (message.toolCallId)
        result.tool_call_id = message.toolCallId;
    if (message.name)
        result.name = message.name;
    return result;
}
function caseToolCall(toolCall, options) {
    const result = { name: toolCall.name };
    if (toolCall.arguments !== undefined) {
        result.arguments = options.redactor
            ? redactDeep(toolCall.arguments, options.redactor)
            : toolCall.arguments;
    }
    if (toolCall.id)
        result.id = toolCall.id;
    return result;
}
function caseSource(call) {
    const source = { trace_id: call.traceId, span_id: call.spanId };
    if (call.service)
        source.service = call.service;
    source.operation = call.spanName;
    source.time = call.startTime;
    if (call.model ?? call.responseModel)
        source.model = call.model ?? call.responseModel;
    if (call.provider)
        source.provider = call.provider;
    const tokens = {
        ...(call.usage.input !== undefined ? { input: call.usage.input } : {}),
        ...(call.usage.output !== undefined ? { output: call.usage.output } : {}),
        ...(call.usage.total !== undefined ? { total: call.usage.total } : {}),
        ...(call.usage.cachedInput !== undefined ? { cached_input: call.usage.cachedInput } : {}),
        ...(call.usage.reasoning !== undefined ? { reasoning: call.usage.reasoning } : {})
    };
    if (Object.keys(tokens).length > 0)
        source.tokens = tokens;
    if (call.cost !== undefined)
        source.cost = call.cost;
    source.latency_ms = Math.round(call.latencyMs);
    if (call.truncated)
        source.truncated = true;
    return source;
}
/**
 * A readable, stable id: a slug of the (already redacted) input and the start of the span
 * id, e.g. `reset-my-password-01e1a2b3`. Span ids are unique per call, so re-exporting the
 * same call gives the same id. The slug comes from the input's last line: where a prompt
 * was recorded whole (system text, then the question), that line is the question.
 */
function caseId(input, spanId) {
    const lastLine = input.trimEnd().split('\n').at(-1) ?? '';
    const slug = foldToAscii(lastLine)
        .replace(/\[redacted:[a-z_]+\]/g, ' ')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '');
    return `${slug || 'case'}-${spanId.slice(0, 8)}`;
}
/**
 * Two inputs that differ only in letter case or spacing are the same test;
 * the hash also identifies a call across traces when merging into existing files.
 */
function contentHash(evalCase) {
    const normalized = [
        evalCase.system ?? '',
        ...(evalCase.messages ?? []).map(m => `${m.role}:${m.content}`),
        String(evalCase.variables.input)
    ]
        .map(part => part.toLowerCase().replace(/\s+/g, ' ').trim())
        .join('\u0000');
    return (0,external_node_crypto_.createHash)('sha256').update(normalized).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./src/dataset/yaml.ts
var yaml = __webpack_require__(921);
;// CONCATENATED MODULE: ./src/dataset/merge.ts




/**
 * Merges cases into the dataset file at `path`: reads it if it exists, appends what is new,
 * and writes it back atomically only when something was added. A file is never created
 * without cases.
 */
async function mergeIntoFile(path, header, candidates, options = {}) {
    const existing = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    const merged = mergeCases(existing, header, candidates, options.origin ?? path, options);
    const written = merged.added.length > 0;
    if (written)
        await (0,yaml/* writeFileAtomic */.Zf)(path, merged.text);
    return { ...merged, created: existing === undefined, written };
}
/**
 * Adds new cases to a dataset file without touching what is there: existing cases keep
 * their order, their edits and their bytes. New cases are appended as text after the last
 * case, so a reviewer's diff shows only additions.
 */
function mergeCases(existingText, header, candidates, origin, options = {}) {
    const existing = existingText === undefined ? undefined : (0,yaml/* parseDataset */.oH)(existingText, origin);
    const fresh = newCasesOnly(existing?.cases ?? [], candidates);
    const limit = options.limit ?? Infinity;
    const added = fresh.added.slice(0, limit);
    const counts = {
        alreadyPresent: fresh.alreadyPresent,
        overLimit: fresh.added.length - added.length
    };
    if (existingText === undefined) {
        return { text: (0,yaml/* datasetToYaml */.bb)({ ...header, cases: added }), added, ...counts };
    }
    if (added.length === 0)
        return { text: existingText, added, ...counts };
    return { text: appendCases(existingText, added, origin), added, ...counts };
}
function newCasesOnly(existing, candidates) {
    const spans = new Set(existing.map(evalCase => spanKeyOf(evalCase)).filter(Boolean));
    const hashes = new Set(existing.map(contentHash));
    const ids = new Set(existing.map(evalCase => evalCase.id));
    const added = [];
    let alreadyPresent = 0;
    for (const candidate of candidates) {
        const hash = contentHash(candidate);
        const span = spanKeyOf(candidate);
        if ((span && spans.has(span)) || hashes.has(hash)) {
            alreadyPresent++;
            continue;
        }
        const id = uniqueId(candidate.id, ids);
        added.push(id === candidate.id ? candidate : { ...candidate, id });
        ids.add(id);
        hashes.add(hash);
        if (span)
            spans.add(span);
    }
    return { added, alreadyPresent };
}
/** Span ids are unique within a trace only, so a call is known by both ids. */
function spanKeyOf(evalCase) {
    const source = evalCase.source;
    if (typeof source?.span_id !== 'string')
        return undefined;
    return `${String(source.trace_id)}/${source.span_id}`;
}
function uniqueId(id, taken) {
    if (!taken.has(id))
        return id;
    for (let n = 2;; n++) {
        if (!taken.has(`${id}-${n}`))
            return `${id}-${n}`;
    }
}
/**
 * Appends as text when `cases:` is the file's last key and a block list (how we and
 * toad-eye write it); otherwise edits the YAML document, which keeps content and comments
 * but may reformat whitespace.
 */
function appendCases(text, cases, origin) {
    const document = (0,dist/* parseDocument */.Tp)(text, { version: '1.2' });
    if (document.errors.length > 0)
        throw new yaml/* DatasetFormatError */.SR(`${origin}: ${document.errors[0].message}`);
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new yaml/* DatasetFormatError */.SR(`${origin}: expected a mapping with "cases"`);
    const casesPair = root.items.find(pair => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'cases');
    const casesNode = casesPair?.value;
    const isLast = casesPair !== undefined && casesPair === root.items.at(-1);
    if ((0,dist/* isSeq */.oP)(casesNode) &&
        !casesNode.flow &&
        casesNode.items.length > 0 &&
        isLast &&
        casesNode.range) {
        const indent = columnOf(text, casesNode.range[0]);
        const separator = text.endsWith('\n') ? '' : '\n';
        return `${text}${separator}${(0,yaml/* casesToYaml */.YB)(cases, indent)}`;
    }
    if ((0,dist/* isSeq */.oP)(casesNode)) {
        casesNode.flow = false;
        const items = casesNode.items;
        for (const evalCase of cases)
            items.push(document.createNode(evalCase, yaml/* YAML_OPTIONS */.Nv));
    }
    else {
        document.set('cases', document.createNode(cases, yaml/* YAML_OPTIONS */.Nv));
    }
    return document.toString(yaml/* YAML_OPTIONS */.Nv);
}
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart;
}

// EXTERNAL MODULE: ./src/traces/model.ts
var model = __webpack_require__(671);
;// CONCATENATED MODULE: ./src/extract/json.ts
/**
 * JSON found inside attribute values. Instrumentations store messages as JSON text, some
 * store JSON text of JSON text (OpenLLMetry's `traceloop.entity.output`), and a backend may
 * have cut the text short (Tempo's `max_attribute_bytes`). Decoders may also have parsed
 * compact JSON already, so a structured value is accepted as it is.
 */
/** How many layers of JSON-inside-a-JSON-string are unwrapped before the rest is kept as text. */
const MAX_EMBEDDED_LAYERS = 4;
/**
 * Parsed values nested deeper than this are kept as their text: later stages walk and
 * serialize them recursively, and a hostile attribute must not exhaust the stack.
 */
const MAX_JSON_NESTING = 64;
/** Unwraps JSON text (up to `MAX_EMBEDDED_LAYERS` deep); anything else is returned as it is. */
function parseEmbeddedJson(value) {
    let current = value;
    for (let layer = 0; layer < MAX_EMBEDDED_LAYERS; layer++) {
        if (typeof current !== 'string' || !looksLikeJson(current))
            break;
        const text = current.trim();
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return { value: current, cutShort: isCutShort(text) };
        }
        if (nestsDeeperThan(parsed, MAX_JSON_NESTING))
            break;
        current = parsed;
    }
    return { value: current, cutShort: false };
}
/** Text that opens a JSON object, array or string. Bare numbers and words stay text. */
function looksLikeJson(text) {
    const first = text.trimStart().charAt(0);
    return first === '{' || first === '[' || first === '"';
}
/**
 * Whether JSON text ends inside a string or with brackets still open: what a cut at a byte
 * limit leaves. Text that is malformed in the middle but closed at the end is not cut short.
 */
function isCutShort(text) {
    let depth = 0;
    let inString = false;
    for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (inString) {
            if (char === BACKSLASH)
                index++;
            else if (char === QUOTE)
                inString = false;
        }
        else if (char === QUOTE)
            inString = true;
        else if (char === OPEN_BRACE || char === OPEN_BRACKET)
            depth++;
        else if (char === CLOSE_BRACE || char === CLOSE_BRACKET)
            depth--;
    }
    return inString || depth > 0;
}
const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Breadth-first, without recursion, so the check itself cannot overflow the stack. */
function nestsDeeperThan(value, limit) {
    let level = [value];
    for (let depth = 0; level.length > 0; depth++) {
        if (depth > limit)
            return true;
        const next = [];
        for (const item of level) {
            if (typeof item !== 'object' || item === null)
                continue;
            for (const child of Object.values(item))
                next.push(child);
        }
        level = next;
    }
    return false;
}

// EXTERNAL MODULE: ./src/extract/values.ts
var values = __webpack_require__(3863);
;// CONCATENATED MODULE: ./src/extract/attributes.ts


function attribute(span, key) {
    return (0,values/* field */.ZZ)(span.attributes, key);
}
function hasAttribute(span, key) {
    const value = attribute(span, key);
    return value !== undefined && value !== null;
}
/** Whether any attribute key starts with `prefix` (for indexed families such as `gen_ai.prompt.`). */
function hasAttributePrefix(span, prefix) {
    return Object.keys(span.attributes).some(key => key.startsWith(prefix));
}
/** Non-empty text of the first key that has some. */
function textAttribute(span, ...keys) {
    for (const key of keys) {
        const text = (0,values/* asNonEmptyText */.U6)(attribute(span, key));
        if (text !== undefined)
            return text;
    }
    return undefined;
}
/**
 * A text attribute exactly as it was written. Decoders turn string values holding compact
 * JSON into lists and maps (Jaeger tags) only when nothing is lost, so the JSON text of
 * such a value is the original text: an answer that was JSON stays the same text.
 */
function verbatimText(span, key) {
    const value = attribute(span, key);
    return value === undefined || value === null ? undefined : verbatim(value);
}
/** A value as text: text as it is, structured values as their JSON text. */
function verbatim(value) {
    return (0,values/* asText */.e1)(value) ?? (0,values/* jsonText */.s$)(value);
}
function numberAttribute(span, ...keys) {
    for (const key of keys) {
        const number = (0,values/* asNumber */.i)(attribute(span, key));
        if (number !== undefined)
            return number;
    }
    return undefined;
}
function countAttribute(span, ...keys) {
    for (const key of keys) {
        const count = (0,values/* asCount */.Wg)(attribute(span, key));
        if (count !== undefined)
            return count;
    }
    return undefined;
}
/** A list of texts, from an array attribute, JSON text of one, or a single text. */
function textListAttribute(span, key) {
    return (0,values/* asTextList */.MO)(parseEmbeddedJson(attribute(span, key)).value);
}
/**
 * An attribute that holds JSON, as text or already parsed. A value the backend flagged as
 * possibly truncated counts as truncated only if it does not parse: complete JSON is whole.
 */
function jsonAttribute(span, key) {
    const raw = attribute(span, key);
    if (raw === undefined || raw === null)
        return undefined;
    return jsonValue(raw, isFlaggedTruncated(span, key));
}
/** Parses a value that holds JSON; `flagged` says the backend may have cut it short. */
function jsonValue(raw, flagged) {
    const { value, cutShort } = parseEmbeddedJson(raw);
    const unparsed = typeof raw === 'string' && value === raw;
    return { value, text: verbatim(raw), truncated: cutShort || (unparsed && flagged) };
}
/** Whether the backend may have cut this attribute's value short. */
function isFlaggedTruncated(span, key) {
    return span.truncatedAttributes?.includes(key) ?? false;
}
/** Index values above this are ignored: no instrumentation records that many items. */
const MAX_INDEX = 100_000;
/**
 * Groups indexed attributes: keys `<prefix>.<i>.<rest>` become one map per index `i`,
 * keyed by `<rest>`, in index order. Works on span attributes and on the groups it returns
 * (OpenInference nests `message.tool_calls.<k>.tool_call.…` inside each message).
 */
function indexedGroups(attributes, prefix) {
    const lead = `${prefix}.`;
    const groups = new Map();
    for (const [key, value] of Object.entries(attributes)) {
        if (!key.startsWith(lead))
            continue;
        const dot = key.indexOf('.', lead.length);
        if (dot === -1)
            continue;
        const indexText = key.slice(lead.length, dot);
        if (!/^\d{1,6}$/.test(indexText))
            continue;
        const index = Number(indexText);
        if (index > MAX_INDEX)
            continue;
        let group = groups.get(index);
        if (group === undefined) {
            group = Object.create(null);
            groups.set(index, group);
        }
        group[key.slice(dot + 1)] = value;
    }
    return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

;// CONCATENATED MODULE: ./src/extract/content.ts


const TOOL_CALL_PARTS = new Set(['tool_call', 'tool-call', 'tool_use', 'function_call']);
const TOOL_RESULT_PARTS = new Set([
    'tool_call_response',
    'tool-result',
    'tool_result',
    'function_call_output'
]);
/** Parts that are not the message's text: the model's reasoning, and media. */
const NON_TEXT_PARTS = new Set([
    'reasoning',
    'thinking',
    'redacted_thinking',
    'image',
    'image_url',
    'input_image',
    'audio',
    'input_audio',
    'file',
    'blob',
    'uri'
]);
/**
 * OTel GenAI `parts`, OpenAI/Anthropic content blocks, Vercel AI SDK parts. A part of an
 * unknown type still counts as text when it carries text, so new part types lose nothing.
 */
function partKind(part) {
    if (typeof part === 'string')
        return 'text';
    if (!(0,values/* isRecord */.u4)(part))
        return 'skip';
    const type = (0,values/* asText */.e1)((0,values/* field */.ZZ)(part, 'type'));
    if (type !== undefined && TOOL_CALL_PARTS.has(type))
        return 'tool-call';
    if (type !== undefined && TOOL_RESULT_PARTS.has(type))
        return 'tool-result';
    if (type !== undefined && NON_TEXT_PARTS.has(type))
        return 'skip';
    return partText(part) === undefined ? 'skip' : 'text';
}
function partText(part) {
    return (0,values/* asText */.e1)((0,values/* field */.ZZ)(part, 'text')) ?? (0,values/* asText */.e1)((0,values/* field */.ZZ)(part, 'content'));
}
const MAX_CONTENT_DEPTH = 8;
/**
 * The text of a message's content: a string, a list of parts (text parts joined with
 * newlines, other parts left out), or one part. Structured content that is not text
 * (a tool result object) becomes its JSON text.
 */
function contentText(content, depth = 0) {
    if (content === undefined || content === null)
        return '';
    const text = (0,values/* asText */.e1)(content);
    if (text !== undefined)
        return text;
    if (depth >= MAX_CONTENT_DEPTH)
        return (0,values/* jsonText */.s$)(content);
    if (Array.isArray(content)) {
        return content
            .filter(part => partKind(part) === 'text')
            .map(part => contentText(part, depth + 1))
            .join('\n');
    }
    if ((0,values/* isRecord */.u4)(content)) {
        const inner = (0,values/* firstField */.Zv)(content, ['text', 'content']);
        if (inner !== undefined)
            return contentText(inner, depth + 1);
    }
    return (0,values/* jsonText */.s$)(content);
}
/**
 * Content that some instrumentations store as JSON text of a parts list (OpenLLMetry writes
 * list content that way). Only a list of typed parts is unwrapped: a user who typed JSON
 * keeps their text.
 */
function unwrapPartsText(content) {
    if (typeof content !== 'string' || !content.trimStart().startsWith('['))
        return content;
    const { value } = parseEmbeddedJson(content);
    const isPartsList = Array.isArray(value) &&
        value.length > 0 &&
        value.every(part => (0,values/* isRecord */.u4)(part) && 'type' in part);
    return isPartsList ? value : content;
}
/** Tool-call arguments: parsed when they are JSON text, else the text; structured as they are. */
function toolArguments(raw) {
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    return parseEmbeddedJson(raw).value;
}
/**
 * A tool call in any of the shapes: OTel part `{type:'tool_call', id, name, arguments}`,
 * OpenAI `{id, function:{name, arguments}}`, Anthropic `{type:'tool_use', id, name, input}`,
 * Vercel `{toolCallId, toolName, args|input}`, LangChain `{id, name, args}`.
 */
function toolCallOf(raw) {
    const call = parseEmbeddedJson(raw).value;
    if (!(0,values/* isRecord */.u4)(call))
        return undefined;
    const fn = (0,values/* recordField */.Qb)(call, 'function') ?? call;
    const name = (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(fn, ['name', 'toolName']));
    if (name === undefined)
        return undefined;
    const id = (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(call, ['id', 'toolCallId', 'tool_call_id', 'call_id']));
    const args = toolArguments((0,values/* firstField */.Zv)(fn, ['arguments', 'args', 'input']));
    return {
        ...(id === undefined ? {} : { id }),
        name,
        ...(args === undefined ? {} : { arguments: args })
    };
}
function toolCallsOf(raw) {
    return (0,values/* asList */.DD)(parseEmbeddedJson(raw).value)
        .map(toolCallOf)
        .filter(call => call !== undefined);
}
/** What a tool returned, from a tool-result part (`response`, `result`, `output` or `content`). */
function toolResultOf(part) {
    const toolCallId = (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(part, ['id', 'toolCallId', 'tool_use_id', 'tool_call_id', 'call_id']));
    const name = (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(part, ['name', 'toolName']));
    const result = (0,values/* firstField */.Zv)(part, ['response', 'result', 'output', 'content']);
    return {
        ...(toolCallId === undefined ? {} : { toolCallId }),
        ...(name === undefined ? {} : { name }),
        content: contentText(vercelToolOutput(result))
    };
}
/** Vercel AI SDK 5 wraps tool output as `{type:'json'|'text', value}`. */
function vercelToolOutput(result) {
    if (!(0,values/* isRecord */.u4)(result) || !Object.hasOwn(result, 'value'))
        return result;
    const type = (0,values/* asText */.e1)((0,values/* field */.ZZ)(result, 'type'));
    return type === 'json' || type === 'text' ? (0,values/* field */.ZZ)(result, 'value') : result;
}
/**
 * A tool the model was offered: `{name, description, parameters}` with the schema under any
 * of the names in use (`parameters`, `input_schema`, `inputSchema`, `parameters_json_schema`),
 * or the OpenAI wrapper `{type:'function', function:{…}}`; JSON text of either.
 */
function toolDefinitionOf(raw) {
    const definition = parseEmbeddedJson(raw).value;
    if (!(0,values/* isRecord */.u4)(definition))
        return undefined;
    const fn = (0,values/* recordField */.Qb)(definition, 'function') ?? definition;
    const name = (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(fn, 'name'));
    if (name === undefined)
        return undefined;
    const description = (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(fn, 'description'));
    const schema = (0,values/* firstField */.Zv)(fn, [
        'parameters',
        'input_schema',
        'inputSchema',
        'parameters_json_schema',
        'json_schema'
    ]);
    const parameters = schema === undefined ? undefined : parseEmbeddedJson(schema).value;
    return {
        name,
        ...(description === undefined ? {} : { description }),
        ...(parameters === undefined ? {} : { parameters })
    };
}
function toolDefinitionsOf(raw) {
    return (0,values/* asList */.DD)(parseEmbeddedJson(raw).value)
        .map(toolDefinitionOf)
        .filter(definition => definition !== undefined);
}

;// CONCATENATED MODULE: ./src/extract/messages.ts
/**
 * Messages in every shape the conventions record them, normalized to `Message`:
 * OTel GenAI (`{role, parts}`), OpenAI chat (`{role, content, tool_calls, tool_call_id}`),
 * Anthropic content blocks, Vercel AI SDK parts, LangChain (serialized `{lc, id, kwargs}`
 * or plain `{type:'human', content}`), Gemini (`{role:'model', parts:[{text}]}`) and the
 * legacy GenAI event bodies.
 */


const ROLE_NAMES = {
    system: 'system',
    developer: 'developer',
    user: 'user',
    human: 'user',
    assistant: 'assistant',
    ai: 'assistant',
    model: 'assistant',
    bot: 'assistant',
    chatbot: 'assistant',
    tool: 'tool',
    function: 'tool',
    ipython: 'tool'
};
/** A role name as any convention spells it; `undefined` when it names no known role. */
function roleOf(name) {
    const text = (0,values/* asText */.e1)(name)?.trim().toLowerCase();
    return text !== undefined && Object.hasOwn(ROLE_NAMES, text) ? ROLE_NAMES[text] : undefined;
}
/** Messages from a list, or from a request body that holds one under `messages`. */
function readMessages(value) {
    if ((0,values/* isRecord */.u4)(value) && Array.isArray((0,values/* field */.ZZ)(value, 'messages'))) {
        return readMessages((0,values/* field */.ZZ)(value, 'messages'));
    }
    return (0,values/* asList */.DD)(value).flatMap(item => readMessage(item));
}
/**
 * One recorded message. It may become several: tool results that a provider nests inside
 * a user message (Anthropic `tool_result` blocks) become `tool` messages of their own.
 * `fallbackRole` is used when the message names no role (event records name it instead).
 */
function readMessage(raw, fallbackRole = 'user') {
    if (typeof raw === 'string')
        return [{ role: fallbackRole, content: raw }];
    if (!(0,values/* isRecord */.u4)(raw))
        return [];
    const { body, role } = langChainMessage(raw) ?? { body: raw, role: messageRole(raw) };
    const parts = messageParts(body);
    const toolResults = parts.filter(part => partKind(part) === 'tool-result').filter(values/* isRecord */.u4);
    const toolCalls = [
        ...parts.filter(part => partKind(part) === 'tool-call').map(toolCallOf),
        ...legacyToolCalls(body)
    ].filter((call) => call !== undefined);
    const results = toolResults.map(part => ({ role: 'tool', ...toolResultOf(part) }));
    const textParts = parts.filter(part => partKind(part) === 'text');
    // A message with nothing readable in it (content not captured, or a shape we do not know)
    // is left out rather than kept as an empty turn.
    if (textParts.length === 0 && toolCalls.length === 0)
        return results;
    const toolCallId = (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(body, ['tool_call_id', 'toolCallId']));
    const name = (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(body, 'name'));
    const message = {
        role: role ?? fallbackRole,
        content: contentText(textParts),
        ...(toolCalls.length > 0 ? { toolCalls } : {}),
        ...(toolCallId === undefined ? {} : { toolCallId }),
        ...(name === undefined ? {} : { name })
    };
    if (message.role === 'tool' && message.toolCallId === undefined) {
        // The legacy `gen_ai.tool.message` event names the call it answers `id`.
        const id = (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(body, 'id'));
        if (id !== undefined)
            message.toolCallId = id;
    }
    return [...results, message];
}
function messageRole(raw) {
    return roleOf((0,values/* field */.ZZ)(raw, 'role')) ?? roleOf((0,values/* field */.ZZ)(raw, 'type'));
}
/** The parts a message's content is made of, whatever the content's shape. */
function messageParts(body) {
    const parts = (0,values/* field */.ZZ)(body, 'parts');
    if (Array.isArray(parts))
        return parts;
    const content = unwrapPartsText((0,values/* field */.ZZ)(body, 'content'));
    if (Array.isArray(content))
        return content;
    if (content === undefined || content === null)
        return [];
    return [(0,values/* isRecord */.u4)(content) ? content : contentText(content)];
}
/** OpenAI `tool_calls` / `function_call` next to the content; LangChain `additional_kwargs`. */
function legacyToolCalls(body) {
    const direct = toolCallsOf((0,values/* field */.ZZ)(body, 'tool_calls'));
    if (direct.length > 0)
        return direct;
    const extra = (0,values/* recordField */.Qb)(body, 'additional_kwargs');
    const fromExtra = extra === undefined ? [] : toolCallsOf((0,values/* field */.ZZ)(extra, 'tool_calls'));
    if (fromExtra.length > 0)
        return fromExtra;
    return [toolCallOf((0,values/* field */.ZZ)(body, 'function_call'))];
}
const LANGCHAIN_CLASS_ROLES = {
    HumanMessage: 'user',
    AIMessage: 'assistant',
    SystemMessage: 'system',
    ToolMessage: 'tool',
    FunctionMessage: 'tool'
};
/**
 * LangChain's serialized form: `{lc: 1, type: 'constructor', id: [..., 'HumanMessage'],
 * kwargs: {content, …}}`. The class name gives the role; `ChatMessage` carries its own.
 */
function langChainMessage(raw) {
    const kwargs = (0,values/* recordField */.Qb)(raw, 'kwargs');
    if ((0,values/* field */.ZZ)(raw, 'lc') === undefined || kwargs === undefined)
        return undefined;
    const path = (0,values/* asList */.DD)((0,values/* field */.ZZ)(raw, 'id'));
    const className = (0,values/* asText */.e1)(path[path.length - 1])?.replace(/Chunk$/, '');
    const role = (className !== undefined && Object.hasOwn(LANGCHAIN_CLASS_ROLES, className)
        ? LANGCHAIN_CLASS_ROLES[className]
        : undefined) ?? messageRole(kwargs);
    return role === undefined ? { body: kwargs } : { body: kwargs, role };
}
/** Separates the system prompt from the conversation, as `LlmCall` keeps them. */
function splitSystem(messages) {
    const system = messages
        .filter(message => message.role === 'system')
        .map(message => message.content)
        .filter(text => text !== '');
    const rest = messages.filter(message => message.role !== 'system');
    return system.length > 0 ? { system: system.join('\n'), messages: rest } : { messages: rest };
}
/** System texts recorded in several places, in order, joined with newlines. */
function joinSystem(...texts) {
    const present = texts.filter(text => text !== undefined && text !== '');
    return present.length > 0 ? present.join('\n') : undefined;
}

;// CONCATENATED MODULE: ./src/extract/completion.ts
/**
 * What the model answered, from the shapes conventions record it in: a list of output
 * messages (one per choice), an OpenAI response (`choices`), a legacy `gen_ai.choice`
 * record (`{message, finish_reason}`), one message, `{text, finish_reason}`, or plain text.
 */


const MAX_WRAPPING = 4;
/** The first choice's answer; `undefined` when the value holds no recognizable answer. */
function readCompletion(value, depth = 0) {
    if (typeof value === 'string')
        return { text: value };
    if (depth >= MAX_WRAPPING)
        return undefined;
    if (Array.isArray(value))
        return value.length > 0 ? readCompletion(value[0], depth + 1) : undefined;
    if (!(0,values/* isRecord */.u4)(value))
        return undefined;
    const choices = (0,values/* field */.ZZ)(value, 'choices');
    if (Array.isArray(choices))
        return choices.length > 0 ? readCompletion(choices[0], depth + 1) : undefined;
    const message = (0,values/* recordField */.Qb)(value, 'message');
    if (message !== undefined) {
        const answer = messageCompletion(message);
        return withFinishReason(answer, finishReasonOf(value) ?? answer.finishReason);
    }
    if (isMessageLike(value))
        return messageCompletion(value);
    const text = (0,values/* asText */.e1)((0,values/* field */.ZZ)(value, 'text'));
    if (text !== undefined)
        return withFinishReason({ text }, finishReasonOf(value));
    return undefined;
}
function isMessageLike(value) {
    return ['role', 'parts', 'content', 'tool_calls', 'kwargs'].some(key => Object.hasOwn(value, key));
}
/** A message as an answer; one with nothing readable is an empty answer. */
function messageCompletion(message) {
    const answer = readMessage(message, 'assistant').find(turn => turn.role !== 'tool');
    return (0,values/* compact */.oE)({
        text: answer?.content ?? '',
        toolCalls: answer?.toolCalls,
        finishReason: finishReasonOf(message)
    });
}
/** `finish_reason` (OpenAI, OTel), `stop_reason` (Anthropic), `finishReason` (Vercel, Gemini). */
function finishReasonOf(record) {
    return (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(record, ['finish_reason', 'finishReason', 'stop_reason']));
}
function withFinishReason(completion, finishReason) {
    return finishReason === undefined ? completion : { ...completion, finishReason };
}

;// CONCATENATED MODULE: ./src/extract/payloads.ts
/**
 * Raw provider payloads that some conventions record whole: OpenInference's `input.value`
 * and `output.value`, Langfuse's observation input and output, OpenLLMetry's
 * `traceloop.entity.*`. Also the usage and parameter records they and LangChain carry,
 * under the key names of each provider and SDK.
 */




/**
 * A request: a chat body (`{model, messages, tools, temperature, …}`, Anthropic's separate
 * `system`), a bare list of messages, a completion body (`{prompt}`), or plain text.
 */
function readRequestPayload(value) {
    if (typeof value === 'string')
        return value === '' ? undefined : { promptText: value, params: {} };
    if (Array.isArray(value))
        return { ...conversationOf(value, undefined), params: {} };
    if (!(0,values/* isRecord */.u4)(value))
        return undefined;
    const input = requestInput(value);
    if (input === undefined)
        return undefined;
    const tools = toolDefinitionsOf((0,values/* field */.ZZ)(value, 'tools'));
    return (0,values/* compact */.oE)({
        ...input,
        model: (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(value, 'model')),
        params: paramsFromRecord(value),
        tools: tools.length > 0 ? tools : undefined
    });
}
/** Chat `messages`, the Responses API's `input` list, Gemini's `contents`. */
const MESSAGE_LIST_KEYS = ['messages', 'input', 'contents'];
/** System prompts kept beside the messages (Anthropic, Gemini, the Responses API). */
const SEPARATE_SYSTEM_KEYS = ['system', 'system_instruction', 'systemInstruction', 'instructions'];
/** The prompt of a request body: its messages, else its prompt text. */
function requestInput(body) {
    const messages = (0,values/* firstField */.Zv)(body, MESSAGE_LIST_KEYS);
    if (Array.isArray(messages))
        return conversationOf(messages, (0,values/* firstField */.Zv)(body, SEPARATE_SYSTEM_KEYS));
    const text = (0,values/* asNonEmptyText */.U6)((0,values/* firstField */.Zv)(body, ['prompt', 'input']));
    return text === undefined ? undefined : { promptText: text };
}
function conversationOf(messages, separateSystem) {
    const conversation = splitSystem(readMessages(messages));
    const system = joinSystem((0,values/* asNonEmptyText */.U6)(contentText(separateSystem)), conversation.system);
    return system === undefined ? conversation : { ...conversation, system };
}
/** A response: an OpenAI/Anthropic response body, or anything `readCompletion` reads. */
function readResponsePayload(value) {
    const completion = readCompletion(value);
    const usage = (0,values/* isRecord */.u4)(value) ? usageFromRecord((0,values/* recordField */.Qb)(value, 'usage')) : {};
    const model = (0,values/* isRecord */.u4)(value) ? (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(value, 'model')) : undefined;
    if (completion === undefined && model === undefined && Object.keys(usage).length === 0) {
        return undefined;
    }
    return (0,values/* compact */.oE)({ ...completion, model, usage });
}
const INPUT_TOKEN_KEYS = ['input_tokens', 'prompt_tokens', 'inputTokens', 'promptTokens', 'input'];
const OUTPUT_TOKEN_KEYS = [
    'output_tokens',
    'completion_tokens',
    'outputTokens',
    'completionTokens',
    'output'
];
const TOTAL_TOKEN_KEYS = ['total_tokens', 'totalTokens', 'total'];
const CACHED_TOKEN_KEYS = [
    'cache_read_input_tokens',
    'cached_tokens',
    'cachedInputTokens',
    'input_cached_tokens',
    'input_cache_read',
    'cache_read'
];
const REASONING_TOKEN_KEYS = [
    'reasoning_tokens',
    'reasoningTokens',
    'output_reasoning_tokens',
    'reasoning'
];
/** Where providers nest the cached and reasoning counts (OpenAI, LangChain). */
const INPUT_DETAIL_KEYS = ['prompt_tokens_details', 'input_tokens_details', 'input_token_details'];
const OUTPUT_DETAIL_KEYS = [
    'completion_tokens_details',
    'output_tokens_details',
    'output_token_details'
];
/**
 * Token counts from a usage record: OpenAI (`prompt_tokens`, `…_details`), Anthropic
 * (`input_tokens`, `cache_read_input_tokens`), LangChain `usage_metadata`, Langfuse
 * `usage_details` (`input`, `output`, `total`), Vercel (`promptTokens`).
 */
function usageFromRecord(record) {
    if (record === undefined)
        return {};
    const inputDetails = firstRecord(record, INPUT_DETAIL_KEYS);
    const outputDetails = firstRecord(record, OUTPUT_DETAIL_KEYS);
    return (0,values/* compact */.oE)({
        input: countOf(record, INPUT_TOKEN_KEYS),
        output: countOf(record, OUTPUT_TOKEN_KEYS),
        total: countOf(record, TOTAL_TOKEN_KEYS),
        cachedInput: countOf(record, CACHED_TOKEN_KEYS) ?? countOf(inputDetails, CACHED_TOKEN_KEYS),
        reasoning: countOf(record, REASONING_TOKEN_KEYS) ?? countOf(outputDetails, REASONING_TOKEN_KEYS)
    });
}
function countOf(record, keys) {
    return record === undefined ? undefined : (0,values/* asCount */.Wg)((0,values/* firstField */.Zv)(record, keys));
}
function firstRecord(record, keys) {
    const value = (0,values/* firstField */.Zv)(record, keys);
    return (0,values/* isRecord */.u4)(value) ? value : undefined;
}
/**
 * Request parameters from a request body or an invocation-parameters record, under the
 * names of OpenAI, Anthropic, Gemini and the Vercel AI SDK.
 */
function paramsFromRecord(record) {
    if (record === undefined)
        return {};
    return (0,values/* compact */.oE)({
        temperature: (0,values/* asNumber */.i)((0,values/* field */.ZZ)(record, 'temperature')),
        maxTokens: (0,values/* positiveCount */.bR)((0,values/* firstField */.Zv)(record, [
            'max_tokens',
            'max_completion_tokens',
            'max_output_tokens',
            'maxTokens',
            'maxOutputTokens'
        ])),
        topP: (0,values/* asNumber */.i)((0,values/* firstField */.Zv)(record, ['top_p', 'topP'])),
        stop: (0,values/* nonEmptyList */.l4)((0,values/* asTextList */.MO)((0,values/* firstField */.Zv)(record, ['stop', 'stop_sequences', 'stopSequences']))),
        seed: (0,values/* asCount */.Wg)((0,values/* field */.ZZ)(record, 'seed'))
    });
}

;// CONCATENATED MODULE: ./src/extract/reading.ts

/** Builds a reading, leaving out every field that is absent or empty. */
function reading(convention, fields) {
    return (0,values/* compact */.oE)({
        convention,
        ...fields,
        system: fields.system === '' ? undefined : fields.system,
        messages: (0,values/* nonEmptyList */.l4)(fields.messages),
        outputToolCalls: (0,values/* nonEmptyList */.l4)(fields.outputToolCalls),
        tools: (0,values/* nonEmptyList */.l4)(fields.tools),
        usage: (0,values/* nonEmptyObject */.qz)((0,values/* compact */.oE)(fields.usage ?? {})),
        params: (0,values/* nonEmptyObject */.qz)((0,values/* compact */.oE)(fields.params ?? {})),
        truncated: fields.truncated === true ? true : undefined
    });
}
/** The reading fields of an input conversation. */
function conversationFields(conversation) {
    if (conversation === undefined)
        return {};
    return (0,values/* compact */.oE)({ system: conversation.system, messages: conversation.messages });
}
/** The reading fields of an answer. */
function completionFields(completion) {
    if (completion === undefined)
        return {};
    return (0,values/* compact */.oE)({
        output: completion.text,
        outputToolCalls: completion.toolCalls,
        finishReason: completion.finishReason
    });
}
/**
 * A prompt recorded as one string, with no roles: kept whole as `promptText`, and as the
 * single user turn of the conversation.
 */
function promptTextFields(text) {
    if (text === undefined || text === '')
        return {};
    return { promptText: text, messages: [{ role: 'user', content: text }] };
}

;// CONCATENATED MODULE: ./src/extract/conventions/langfuse.ts





const TYPE = 'langfuse.observation.type';
const INPUT = 'langfuse.observation.input';
const OUTPUT = 'langfuse.observation.output';
const langfuse = {
    convention: 'langfuse',
    classify(span) {
        const type = textAttribute(span, TYPE)?.toLowerCase();
        if (type === undefined)
            return undefined;
        return type === 'generation' ? 'call' : 'other';
    },
    read(span) {
        const input = jsonAttribute(span, INPUT);
        const output = jsonAttribute(span, OUTPUT);
        const request = readRequestPayload(input?.value) ?? unknownShapeInput(input);
        const level = textAttribute(span, 'langfuse.observation.level');
        return reading('langfuse', {
            ...conversationFields(request),
            ...promptTextFields(request?.promptText),
            ...outputFields(output),
            model: textAttribute(span, 'langfuse.observation.model.name') ?? request?.model,
            params: {
                ...request?.params,
                ...paramsFromRecord(jsonRecord(span, 'langfuse.observation.model.parameters'))
            },
            tools: request?.tools,
            usage: usageFromRecord(jsonRecord(span, 'langfuse.observation.usage_details')),
            cost: totalCost(jsonRecord(span, 'langfuse.observation.cost_details')),
            error: level === 'ERROR'
                ? withMessage(textAttribute(span, 'langfuse.observation.status_message'))
                : undefined,
            truncated: input?.truncated === true || output?.truncated === true
        });
    }
};
function jsonRecord(span, key) {
    const value = jsonAttribute(span, key)?.value;
    return (0,values/* isRecord */.u4)(value) ? value : undefined;
}
/** An input in no known shape (the arguments of a decorated function) is kept whole as text. */
function unknownShapeInput(input) {
    return input === undefined || input.value === null
        ? undefined
        : { promptText: input.text, params: {} };
}
/** An answer in a known shape; any other output is kept whole as its text. */
function outputFields(output) {
    if (output === undefined || output.value === null)
        return {};
    return completionFields(readCompletion(output.value) ?? { text: output.text });
}
/** `cost_details.total`, else the sum of the parts (`input`, `output`, …). */
function totalCost(details) {
    if (details === undefined)
        return undefined;
    const total = (0,values/* asNumber */.i)((0,values/* field */.ZZ)(details, 'total'));
    if (total !== undefined)
        return total;
    const parts = Object.values(details)
        .map(values/* asNumber */.i)
        .filter(cost => cost !== undefined);
    return parts.length > 0 ? parts.reduce((sum, cost) => sum + cost, 0) : undefined;
}
function withMessage(message) {
    return message === undefined ? {} : { message };
}

;// CONCATENATED MODULE: ./src/extract/provider.ts
/**
 * Provider names as `LlmCall.provider` keeps them: lowercase, in the spelling of the current
 * OTel GenAI `gen_ai.provider.name` values, whatever name the convention recorded.
 */
/** Older or SDK-specific spellings of the same providers. */
const PROVIDER_ALIASES = {
    bedrock: 'aws.bedrock',
    'amazon-bedrock': 'aws.bedrock',
    aws_bedrock: 'aws.bedrock',
    'az.ai.inference': 'azure.ai.inference',
    'az.ai.openai': 'azure.ai.openai',
    azure: 'azure.ai.openai',
    'azure-openai': 'azure.ai.openai',
    azure_openai: 'azure.ai.openai',
    gemini: 'gcp.gemini',
    vertex_ai: 'gcp.vertex_ai',
    vertexai: 'gcp.vertex_ai',
    mistral: 'mistral_ai',
    mistralai: 'mistral_ai',
    xai: 'x_ai'
};
/**
 * Names some instrumentations put where the provider belongs although they name a
 * framework (OpenLLMetry's LangChain spans say `Langchain`): not providers.
 */
const FRAMEWORKS = new Set([
    'langchain',
    'langgraph',
    'llamaindex',
    'llama_index',
    'litellm',
    'crewai',
    'haystack',
    'dspy',
    'pydantic_ai',
    'pydantic-ai'
]);
/** The normalized provider, or `undefined` when the text names none. */
function normalizeProvider(name) {
    const key = name?.trim().toLowerCase();
    if (key === undefined || key === '' || FRAMEWORKS.has(key))
        return undefined;
    return Object.hasOwn(PROVIDER_ALIASES, key) ? PROVIDER_ALIASES[key] : key;
}
/** Model-name prefixes that identify the provider when the trace does not say. */
const MODEL_PREFIXES = [
    [/^(gpt-|chatgpt-|o[1-9](-|$)|text-davinci|davinci|babbage|ft:gpt)/, 'openai'],
    [/^claude/, 'anthropic'],
    [/^gemini/, 'gcp.gemini'],
    [/^(mistral|mixtral|codestral|ministral|magistral)/, 'mistral_ai'],
    [/^command/, 'cohere'],
    [/^grok/, 'x_ai'],
    [/^deepseek/, 'deepseek']
];
/** The provider a model name gives away (`gpt-4o` → `openai`); `undefined` when it does not. */
function providerFromModel(model) {
    const name = model?.trim().toLowerCase();
    if (name === undefined)
        return undefined;
    return MODEL_PREFIXES.find(([pattern]) => pattern.test(name))?.[1];
}

;// CONCATENATED MODULE: ./src/extract/conventions/langsmith.ts
/**
 * The LangSmith OpenTelemetry exporter (`langsmith` SDK, `LANGSMITH_OTEL_ENABLED`). Every
 * LangChain run becomes a span typed by `langsmith.span.kind`: `llm` is a model call;
 * chains, prompts, parsers, tools and retrievers are not, even though they carry
 * `gen_ai.prompt`/`gen_ai.completion` and sometimes `gen_ai.operation.name: chat`. On `llm`
 * spans those two attributes hold LangChain's serialized input (`{messages: [[…]]}` or
 * `{prompts: […]}`) and `LLMResult` (`{generations: [[…]], llm_output}`).
 */







const SPAN_KIND = 'langsmith.span.kind';
const METADATA = 'langsmith.metadata.';
/** `ls_model_type` in the operation names `LlmCall` uses. */
const MODEL_TYPE_OPERATIONS = {
    chat: 'chat',
    llm: 'text_completion'
};
const langSmith = {
    convention: 'langsmith',
    classify(span) {
        const kind = textAttribute(span, SPAN_KIND);
        if (kind === undefined)
            return undefined;
        return kind.toLowerCase() === 'llm' ? 'call' : 'other';
    },
    read(span) {
        const prompt = jsonAttribute(span, 'gen_ai.prompt');
        const completion = jsonAttribute(span, 'gen_ai.completion');
        const result = llmResult(completion?.value);
        const modelType = textAttribute(span, `${METADATA}ls_model_type`);
        return reading('langsmith', {
            ...inputFields(prompt?.value),
            ...completionFields(result.completion),
            operation: modelType !== undefined && Object.hasOwn(MODEL_TYPE_OPERATIONS, modelType)
                ? MODEL_TYPE_OPERATIONS[modelType]
                : undefined,
            provider: normalizeProvider(textAttribute(span, `${METADATA}ls_provider`)),
            model: textAttribute(span, `${METADATA}ls_model_name`),
            responseModel: result.model,
            usage: result.usage,
            params: {
                temperature: numberAttribute(span, `${METADATA}ls_temperature`),
                maxTokens: (0,values/* positiveCount */.bR)(attribute(span, `${METADATA}ls_max_tokens`)),
                stop: (0,values/* nonEmptyList */.l4)((0,values/* asTextList */.MO)(attribute(span, `${METADATA}ls_stop`)))
            },
            truncated: prompt?.truncated === true || completion?.truncated === true
        });
    }
};
/** `{messages: [[…]]}` (one list per prompt of a batch: the first is this call's) or `{prompts: [text]}`. */
function inputFields(value) {
    if (!(0,values/* isRecord */.u4)(value))
        return {};
    const batches = (0,values/* asList */.DD)((0,values/* field */.ZZ)(value, 'messages'));
    const first = Array.isArray(batches[0]) ? batches[0] : batches;
    if (first.length > 0)
        return conversationFields(splitSystem(readMessages(first)));
    return promptTextFields((0,values/* asNonEmptyText */.U6)((0,values/* asList */.DD)((0,values/* field */.ZZ)(value, 'prompts'))[0]));
}
/**
 * The first generation of LangChain's `LLMResult`. A chat generation holds the AI message
 * (with `usage_metadata` and `response_metadata`); a text generation only `text`.
 */
function llmResult(value) {
    if (!(0,values/* isRecord */.u4)(value))
        return {};
    const batches = (0,values/* asList */.DD)((0,values/* field */.ZZ)(value, 'generations'));
    const generations = Array.isArray(batches[0]) ? batches[0] : batches;
    const generation = generations.find(values/* isRecord */.u4);
    if (generation === undefined)
        return {};
    const message = (0,values/* recordField */.Qb)(generation, 'message');
    // A serialized message keeps its fields under `kwargs`.
    const messageFields = (0,values/* recordField */.Qb)(message, 'kwargs') ?? message;
    const responseMetadata = (0,values/* recordField */.Qb)(messageFields, 'response_metadata');
    const llmOutput = (0,values/* recordField */.Qb)(value, 'llm_output');
    const answer = readCompletion(message ?? (0,values/* field */.ZZ)(generation, 'text'));
    const finishReason = finishReasonOf((0,values/* recordField */.Qb)(generation, 'generation_info')) ?? finishReasonOf(responseMetadata);
    return (0,values/* compact */.oE)({
        completion: answer === undefined ? undefined : (0,values/* compact */.oE)({ ...answer, finishReason }),
        model: (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(llmOutput, 'model_name')) ??
            (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(responseMetadata, 'model_name')),
        usage: usageFromRecord((0,values/* recordField */.Qb)(messageFields, 'usage_metadata') ?? (0,values/* recordField */.Qb)(llmOutput, 'token_usage'))
    });
}

;// CONCATENATED MODULE: ./src/extract/genai-events.ts
/**
 * The legacy OTel GenAI events (semconv 1.28–1.36): one event per input message
 * (`gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.assistant.message`,
 * `gen_ai.tool.message`) and one per answer (`gen_ai.choice`). They reach us as span events
 * (fields in the attributes, or JSON in a `body` attribute) and, from Logfire/pydantic-ai,
 * as a JSON list in the `events` attribute (the event name under `event.name`).
 */




const MESSAGE_EVENT_ROLES = {
    'gen_ai.system.message': 'system',
    'gen_ai.user.message': 'user',
    'gen_ai.assistant.message': 'assistant',
    'gen_ai.tool.message': 'tool'
};
const CHOICE_EVENT = 'gen_ai.choice';
function isGenAiEventName(name) {
    return name === CHOICE_EVENT || Object.hasOwn(MESSAGE_EVENT_ROLES, name);
}
/** An event's fields with its `body` (a map, or JSON text of one) merged over the attributes. */
function eventFields(attributes) {
    const body = parseEmbeddedJson((0,values/* field */.ZZ)(attributes, 'body')).value;
    if (!(0,values/* isRecord */.u4)(body))
        return attributes;
    return Object.assign(Object.create(null), attributes, body);
}
/** The conversation and the first answer that a run of GenAI events describes. */
function conversationFromEvents(events) {
    const messageEvents = events.filter(event => Object.hasOwn(MESSAGE_EVENT_ROLES, event.name));
    const choice = events.find(event => event.name === CHOICE_EVENT && isFirstChoice(event.fields));
    if (messageEvents.length === 0 && choice === undefined)
        return undefined;
    const messages = messageEvents.flatMap(event => readMessage(event.fields, MESSAGE_EVENT_ROLES[event.name] ?? 'user'));
    const completion = choice === undefined ? undefined : readCompletion(choice.fields);
    return { ...splitSystem(messages), ...(completion === undefined ? {} : { completion }) };
}
function isFirstChoice(fields) {
    const index = (0,values/* field */.ZZ)(fields, 'index');
    return index === undefined || index === null || (0,values/* asText */.e1)(index) === '0';
}

;// CONCATENATED MODULE: ./src/extract/conventions/logfire.ts





const EVENTS = 'events';
const EVENT_NAME = 'event.name';
const logfire = {
    convention: 'logfire',
    classify(span) {
        const { events, truncated } = readEvents(span);
        if (events.length > 0 || truncated)
            return 'call';
        const isAgentRun = hasAttribute(span, 'agent_name') && hasAttribute(span, 'all_messages_events');
        return isAgentRun ? 'other' : undefined;
    },
    read(span) {
        const { events, truncated, text } = readEvents(span);
        const conversation = conversationFromEvents(events);
        return reading('logfire', {
            ...promptTextFields(text),
            ...conversationFields(conversation),
            ...completionFields(conversation?.completion),
            tools: readTools(span),
            truncated
        });
    }
};
function readEvents(span) {
    const attribute = jsonAttribute(span, EVENTS);
    if (attribute?.truncated === true && typeof attribute.value === 'string') {
        return { events: [], truncated: true, text: attribute.value };
    }
    const events = (0,values/* recordsIn */.Q0)(attribute?.value)
        .map(fields => ({ name: (0,values/* asText */.e1)((0,values/* field */.ZZ)(fields, EVENT_NAME)) ?? '', fields }))
        .filter(event => isGenAiEventName(event.name));
    return { events, truncated: false };
}
/** `model_request_parameters.function_tools`: `{name, description, parameters_json_schema}`. */
function readTools(span) {
    const parameters = jsonAttribute(span, 'model_request_parameters')?.value;
    if (!(0,values/* isRecord */.u4)(parameters))
        return undefined;
    return (0,values/* asList */.DD)((0,values/* field */.ZZ)(parameters, 'function_tools'))
        .map(toolDefinitionOf)
        .filter(tool => tool !== undefined);
}

;// CONCATENATED MODULE: ./src/extract/conventions/openinference.ts








const openinference_SPAN_KIND = 'openinference.span.kind';
const INPUT_MESSAGES = 'llm.input_messages';
const OUTPUT_MESSAGES = 'llm.output_messages';
const openInference = {
    convention: 'openinference',
    classify(span) {
        const kind = textAttribute(span, openinference_SPAN_KIND);
        if (kind !== undefined)
            return kind.toUpperCase() === 'LLM' ? 'call' : 'other';
        return indexedGroups(span.attributes, INPUT_MESSAGES).length > 0 ? 'call' : undefined;
    },
    read(span) {
        const input = readRawValue(span, 'input');
        const output = readRawValue(span, 'output');
        const request = typeof input.value === 'string' ? undefined : readRequestPayload(input.value);
        const response = typeof output.value === 'string' ? undefined : readResponsePayload(output.value);
        const invocation = jsonAttribute(span, 'llm.invocation_parameters')?.value;
        const invocationParams = (0,values/* isRecord */.u4)(invocation) ? invocation : undefined;
        return reading('openinference', {
            ...openinference_inputFields(span, input, request),
            ...openinference_outputFields(span, output, response),
            model: (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(invocationParams, 'model')) ??
                request?.model ??
                textAttribute(span, 'llm.model_name'),
            responseModel: response?.model ?? textAttribute(span, 'llm.model_name'),
            provider: normalizeProvider(textAttribute(span, 'llm.provider', 'llm.system')),
            usage: {
                input: countAttribute(span, 'llm.token_count.prompt'),
                output: countAttribute(span, 'llm.token_count.completion'),
                total: countAttribute(span, 'llm.token_count.total'),
                cachedInput: countAttribute(span, 'llm.token_count.prompt_details.cache_read'),
                reasoning: countAttribute(span, 'llm.token_count.completion_details.reasoning')
            },
            params: invocationParams === undefined ? request?.params : paramsFromRecord(invocationParams),
            tools: openinference_readTools(span) ?? request?.tools,
            cost: numberAttribute(span, 'llm.cost.total'),
            truncated: input.truncated || output.truncated
        });
    }
};
/** `input.value` / `output.value`: JSON unless the mime type says text. */
function readRawValue(span, name) {
    const json = jsonAttribute(span, `${name}.value`);
    if (json === undefined)
        return { value: undefined, truncated: false };
    const isText = textAttribute(span, `${name}.mime_type`) === 'text/plain';
    return { value: isText ? json.text : json.value, text: json.text, truncated: json.truncated };
}
/** The flattened messages first; the raw request when they were not recorded; else its text. */
function openinference_inputFields(span, input, request) {
    const messages = indexedGroups(span.attributes, INPUT_MESSAGES).map(flattenedMessage);
    if (messages.length > 0)
        return conversationFields(splitSystem(readMessages(messages)));
    if (request !== undefined) {
        return { ...conversationFields(request), ...promptTextFields(request.promptText) };
    }
    return promptTextFields(input.text);
}
/** The flattened output messages first; the raw response when they were not recorded; else its text. */
function openinference_outputFields(span, output, response) {
    const [first] = indexedGroups(span.attributes, OUTPUT_MESSAGES).map(flattenedMessage);
    const answer = (first === undefined ? undefined : readCompletion(first)) ??
        (response?.text === undefined ? undefined : response) ??
        (output.text === undefined ? undefined : { text: output.text });
    const finishReason = textAttribute(span, 'llm.finish_reason') ?? answer?.finishReason ?? response?.finishReason;
    return { ...completionFields(answer), finishReason };
}
/**
 * One `llm.*_messages.{i}` group as a chat-message record for the shared reader:
 * `message.content` or `message.contents.{k}.message_content.{type,text}`, tool calls from
 * `message.tool_calls.{k}.tool_call.{id,function.name,function.arguments}`.
 */
function flattenedMessage(group) {
    const contents = indexedGroups(group, 'message.contents').map(part => ({
        type: (0,values/* field */.ZZ)(part, 'message_content.type'),
        text: (0,values/* field */.ZZ)(part, 'message_content.text')
    }));
    const toolCalls = indexedGroups(group, 'message.tool_calls').map(call => ({
        id: (0,values/* field */.ZZ)(call, 'tool_call.id'),
        function: {
            name: (0,values/* field */.ZZ)(call, 'tool_call.function.name'),
            arguments: (0,values/* field */.ZZ)(call, 'tool_call.function.arguments')
        }
    }));
    return {
        role: (0,values/* field */.ZZ)(group, 'message.role'),
        content: contents.length > 0 ? contents : (0,values/* field */.ZZ)(group, 'message.content'),
        tool_calls: toolCalls,
        tool_call_id: (0,values/* field */.ZZ)(group, 'message.tool_call_id'),
        name: (0,values/* field */.ZZ)(group, 'message.name')
    };
}
/** `llm.tools.{i}.tool.json_schema`: each tool as JSON text, usually OpenAI's wrapper shape. */
function openinference_readTools(span) {
    const tools = indexedGroups(span.attributes, 'llm.tools')
        .map(group => toolDefinitionOf((0,values/* field */.ZZ)(group, 'tool.json_schema')))
        .filter(tool => tool !== undefined);
    return tools.length > 0 ? tools : undefined;
}

;// CONCATENATED MODULE: ./src/extract/genai.ts



/**
 * Operations that are not a model answering a prompt. Besides the semconv values, the
 * names frameworks write into `gen_ai.operation.name` for their own steps (OpenLIT's
 * `vectordb`, LangSmith's `chain` and `parser`).
 */
const NON_CALL_OPERATIONS = new Set([
    'embeddings',
    'embedding',
    'execute_tool',
    'invoke_agent',
    'create_agent',
    'invoke_workflow',
    'retrieval',
    'vectordb',
    'chain',
    'parser'
]);
/**
 * The role `gen_ai.operation.name` gives the span: `other` for the operations above, `call`
 * for any other operation (`chat`, `text_completion`, `generate_content`, LiteLLM's
 * `acompletion`, …), and for a span that names the model it requested.
 */
function genAiOperationRole(span) {
    const operation = textAttribute(span, 'gen_ai.operation.name')?.toLowerCase();
    if (operation !== undefined)
        return NON_CALL_OPERATIONS.has(operation) ? 'other' : 'call';
    return hasAttribute(span, 'gen_ai.request.model') ? 'call' : undefined;
}
/** Everything the standard attributes say about the call besides its content. */
function readGenAiMetadata(span) {
    return {
        operation: textAttribute(span, 'gen_ai.operation.name'),
        provider: normalizeProvider(textAttribute(span, 'gen_ai.provider.name')),
        model: textAttribute(span, 'gen_ai.request.model'),
        responseModel: textAttribute(span, 'gen_ai.response.model'),
        finishReason: textListAttribute(span, 'gen_ai.response.finish_reasons')?.[0],
        usage: {
            input: countAttribute(span, 'gen_ai.usage.input_tokens'),
            output: countAttribute(span, 'gen_ai.usage.output_tokens'),
            total: countAttribute(span, 'gen_ai.usage.total_tokens'),
            cachedInput: countAttribute(span, 'gen_ai.usage.cache_read.input_tokens'),
            reasoning: countAttribute(span, 'gen_ai.usage.reasoning.output_tokens', 'gen_ai.usage.reasoning_tokens')
        },
        params: {
            temperature: numberAttribute(span, 'gen_ai.request.temperature'),
            maxTokens: (0,values/* positiveCount */.bR)(attribute(span, 'gen_ai.request.max_tokens')),
            topP: numberAttribute(span, 'gen_ai.request.top_p'),
            stop: (0,values/* nonEmptyList */.l4)(textListAttribute(span, 'gen_ai.request.stop_sequences')),
            seed: (0,values/* asCount */.Wg)(attribute(span, 'gen_ai.request.seed'))
        }
    };
}

;// CONCATENATED MODULE: ./src/extract/conventions/openllmetry.ts








const openllmetry_SPAN_KIND = 'traceloop.span.kind';
const REQUEST_TYPE = 'llm.request.type';
const PROMPT_PREFIX = 'gen_ai.prompt';
const COMPLETION_PREFIX = 'gen_ai.completion';
const FUNCTIONS_PREFIX = 'llm.request.functions';
const WRAPPER_KINDS = new Set(['workflow', 'task', 'agent']);
const NON_CALL_REQUEST_TYPES = new Set(['embedding', 'embeddings', 'rerank', 'unknown']);
const openLlmetry = {
    convention: 'openllmetry',
    classify(span) {
        const kind = textAttribute(span, openllmetry_SPAN_KIND);
        if (kind !== undefined)
            return WRAPPER_KINDS.has(kind) ? 'wrapper' : 'other';
        const requestType = textAttribute(span, REQUEST_TYPE)?.toLowerCase();
        if (requestType !== undefined)
            return NON_CALL_REQUEST_TYPES.has(requestType) ? 'other' : 'call';
        if (hasIndexedContent(span))
            return 'call';
        return isTraceloopSpan(span) ? genAiOperationRole(span) : undefined;
    },
    read(span) {
        const entity = textAttribute(span, openllmetry_SPAN_KIND) === undefined ? {} : readEntity(span);
        const prompts = indexedGroups(span.attributes, PROMPT_PREFIX).map(indexedMessage);
        const [firstCompletion] = indexedGroups(span.attributes, COMPLETION_PREFIX);
        const tools = indexedGroups(span.attributes, FUNCTIONS_PREFIX)
            .map(toolDefinitionOf)
            .filter(tool => tool !== undefined);
        return reading('openllmetry', {
            ...entity,
            ...conversationFields(prompts.length > 0 ? splitSystem(readMessages(prompts)) : undefined),
            ...completionFields(firstCompletion === undefined ? undefined : readCompletion(indexedMessage(firstCompletion))),
            tools,
            operation: textAttribute(span, REQUEST_TYPE),
            usage: {
                total: countAttribute(span, 'llm.usage.total_tokens'),
                cachedInput: countAttribute(span, 'gen_ai.usage.cache_read_input_tokens')
            },
            params: { stop: (0,values/* nonEmptyList */.l4)(textListAttribute(span, 'llm.chat.stop_sequences')) }
        });
    }
};
function hasIndexedContent(span) {
    return (hasAttributePrefix(span, `${PROMPT_PREFIX}.`) ||
        hasAttributePrefix(span, `${COMPLETION_PREFIX}.`));
}
/** The Traceloop SDK tags every span it sees with the workflow or association it belongs to. */
function isTraceloopSpan(span) {
    return hasAttributePrefix(span, 'traceloop.');
}
/**
 * One indexed message as a chat-message record, so the shared reader normalizes it:
 * `content` (sometimes JSON text of a parts list), `tool_calls.{j}.*`, `tool_call_id`.
 */
function indexedMessage(group) {
    const toolCalls = indexedGroups(group, 'tool_calls');
    const message = {
        role: (0,values/* field */.ZZ)(group, 'role'),
        content: unwrapPartsText((0,values/* field */.ZZ)(group, 'content')),
        tool_call_id: (0,values/* field */.ZZ)(group, 'tool_call_id'),
        finish_reason: (0,values/* field */.ZZ)(group, 'finish_reason')
    };
    if (toolCalls.length > 0)
        message['tool_calls'] = toolCalls;
    return message;
}
/** A workflow's input/output, when it is a chat request/response (`messages` / `choices`). */
function readEntity(span) {
    const input = jsonAttribute(span, 'traceloop.entity.input')?.value;
    const output = jsonAttribute(span, 'traceloop.entity.output')?.value;
    const request = holdsList(input, 'messages') ? readRequestPayload(input) : undefined;
    const response = holdsList(output, 'choices') ? readResponsePayload(output) : undefined;
    return {
        ...conversationFields(request),
        ...completionFields(response),
        model: request?.model,
        responseModel: response?.model,
        params: request?.params,
        usage: response?.usage
    };
}
function holdsList(value, key) {
    return (0,values/* isRecord */.u4)(value) && Array.isArray((0,values/* field */.ZZ)(value, key));
}

;// CONCATENATED MODULE: ./src/extract/conventions/otel-genai.ts






const otel_genai_INPUT_MESSAGES = 'gen_ai.input.messages';
const otel_genai_OUTPUT_MESSAGES = 'gen_ai.output.messages';
const SYSTEM_INSTRUCTIONS = 'gen_ai.system_instructions';
const TOOL_DEFINITIONS = 'gen_ai.tool.definitions';
const otelGenAi = {
    convention: 'otel-genai',
    classify(span) {
        const role = genAiOperationRole(span);
        if (role !== undefined)
            return role;
        return [otel_genai_INPUT_MESSAGES, otel_genai_OUTPUT_MESSAGES, SYSTEM_INSTRUCTIONS].some(key => hasAttribute(span, key))
            ? 'call'
            : undefined;
    },
    read(span) {
        const input = readInput(span);
        const output = readOutput(span);
        const system = readSystemInstructions(span);
        const metadata = readGenAiMetadata(span);
        return reading('otel-genai', {
            ...metadata,
            ...input,
            // Instructions recorded apart come first; system messages inside the input follow.
            system: joinSystem(system.text, input.system),
            ...output,
            finishReason: output.finishReason ?? metadata.finishReason,
            tools: toolDefinitionsOf(jsonAttribute(span, TOOL_DEFINITIONS)?.value),
            // Not semconv: OpenLIT records its cost estimate here.
            cost: numberAttribute(span, 'gen_ai.usage.cost'),
            truncated: input.truncated || output.truncated || system.truncated
        });
    }
};
/** The input conversation; text that is not (complete) JSON is kept as the prompt text. */
function readInput(span) {
    const input = jsonAttribute(span, otel_genai_INPUT_MESSAGES);
    if (input === undefined)
        return {};
    if (typeof input.value === 'string') {
        return { ...promptTextFields(input.value), truncated: input.truncated };
    }
    return {
        ...conversationFields(splitSystem(readMessages(input.value))),
        truncated: input.truncated
    };
}
function readOutput(span) {
    const output = jsonAttribute(span, otel_genai_OUTPUT_MESSAGES);
    if (output === undefined)
        return {};
    return { ...completionFields(readCompletion(output.value)), truncated: output.truncated };
}
/** A list of parts (`[{type:'text', content}]`), one part, or plain text (LiteLLM). */
function readSystemInstructions(span) {
    const instructions = jsonAttribute(span, SYSTEM_INSTRUCTIONS);
    if (instructions === undefined)
        return { truncated: false };
    const text = contentText(instructions.value);
    return { ...(text === '' ? {} : { text }), truncated: instructions.truncated };
}

;// CONCATENATED MODULE: ./src/extract/conventions/otel-genai-deprecated.ts







const PROMPT = 'gen_ai.prompt';
const COMPLETION = 'gen_ai.completion';
const PROMPT_EVENT = 'gen_ai.content.prompt';
const COMPLETION_EVENT = 'gen_ai.content.completion';
const otelGenAiDeprecated = {
    convention: 'otel-genai-deprecated',
    classify(span) {
        const recordsContent = hasAttribute(span, PROMPT) ||
            hasAttribute(span, COMPLETION) ||
            span.events.some(event => event.name === PROMPT_EVENT || isGenAiEventName(event.name));
        const namesModel = hasAttribute(span, 'gen_ai.system') && hasAttribute(span, 'gen_ai.request.model');
        return recordsContent || namesModel ? 'call' : undefined;
    },
    read(span) {
        const content = readBlobs(span) ?? readContentEvents(span) ?? readMessageEvents(span) ?? {};
        return reading('otel-genai-deprecated', {
            provider: normalizeProvider(textAttribute(span, 'gen_ai.system')),
            usage: {
                input: countAttribute(span, 'gen_ai.usage.prompt_tokens'),
                output: countAttribute(span, 'gen_ai.usage.completion_tokens')
            },
            ...content
        });
    }
};
function readBlobs(span) {
    const prompt = jsonAttribute(span, PROMPT);
    const completion = jsonAttribute(span, COMPLETION);
    if (prompt === undefined && completion === undefined)
        return undefined;
    return {
        ...promptFields(prompt),
        ...completionFieldsOf(completion),
        truncated: prompt?.truncated === true || completion?.truncated === true
    };
}
/** OpenLIT: the content lives in the attributes of two span events. */
function readContentEvents(span) {
    const prompt = eventAttribute(span, PROMPT_EVENT, PROMPT);
    const completion = eventAttribute(span, COMPLETION_EVENT, COMPLETION);
    if (prompt === undefined && completion === undefined)
        return undefined;
    return {
        ...promptFields(prompt),
        ...completionFieldsOf(completion),
        truncated: prompt?.truncated === true || completion?.truncated === true
    };
}
/**
 * An attribute of the first event named `eventName`. Decoders flag a possibly cut event
 * attribute as `events[<index>].<key>`.
 */
function eventAttribute(span, eventName, key) {
    const index = span.events.findIndex(candidate => candidate.name === eventName);
    const raw = (0,values/* field */.ZZ)(span.events[index]?.attributes, key);
    if (raw === undefined || raw === null)
        return undefined;
    return jsonValue(raw, isFlaggedTruncated(span, `events[${index}].${key}`));
}
function readMessageEvents(span) {
    const events = span.events.filter(event => isGenAiEventName(event.name)).map(toGenAiEvent);
    const conversation = conversationFromEvents(events);
    if (conversation === undefined)
        return undefined;
    return { ...conversationFields(conversation), ...completionFields(conversation.completion) };
}
function toGenAiEvent(event) {
    return { name: event.name, fields: eventFields(event.attributes) };
}
/**
 * A JSON list of messages (or a body holding one), or text: a `role: content` transcript or
 * a bare prompt. A prompt in any other shape is kept whole as text.
 */
function promptFields(prompt) {
    if (prompt === undefined)
        return {};
    const messages = typeof prompt.value === 'string'
        ? prompt.truncated
            ? undefined
            : parseTranscript(prompt.value)
        : readMessages(prompt.value);
    return messages !== undefined && messages.length > 0
        ? conversationFields(splitSystem(messages))
        : promptTextFields(prompt.text);
}
/** The answer; one in a shape no convention uses (an answer that is JSON) is kept as its text. */
function completionFieldsOf(completion) {
    if (completion === undefined)
        return {};
    return completionFields(readCompletion(completion.value) ?? { text: completion.text });
}
const TRANSCRIPT_LINE = /^(system|developer|user|assistant|tool|function): ?(.*)$/;
/**
 * OpenLIT's prompt text: each message as `role: content`, joined with newlines; a message's
 * content may span several lines. Text whose first line names no role is not a transcript.
 */
function parseTranscript(text) {
    const messages = [];
    for (const line of text.split('\n')) {
        const match = TRANSCRIPT_LINE.exec(line);
        const role = match === null ? undefined : roleOf(match[1]);
        const last = messages[messages.length - 1];
        if (role !== undefined)
            messages.push({ role, content: match?.[2] ?? '' });
        else if (last === undefined)
            return undefined;
        else
            last.content += `\n${line}`;
    }
    return messages.length > 0 ? messages : undefined;
}

;// CONCATENATED MODULE: ./src/extract/conventions/toad-eye.ts



const toad_eye_PROMPT = 'gen_ai.toad_eye.prompt';
const toad_eye_COMPLETION = 'gen_ai.toad_eye.completion';
const COST = 'gen_ai.toad_eye.cost';
const STATUS = 'gen_ai.toad_eye.status';
const SCOPE_NAME = 'toad-eye';
const HASHED_CONTENT = /^sha256:[0-9a-f]{64}$/;
function isToadEyeSpan(span) {
    return (span.scope?.name === SCOPE_NAME ||
        attribute(span, 'otel.scope.name') === SCOPE_NAME ||
        [toad_eye_PROMPT, toad_eye_COMPLETION, COST, STATUS].some(key => attribute(span, key) !== undefined));
}
/** Recorded content, or `undefined` when the value is absent or only a hash of the content. */
function recordedContent(span, key) {
    const text = verbatimText(span, key);
    return text === undefined || HASHED_CONTENT.test(text) ? undefined : text;
}
const toadEye = {
    convention: 'toad-eye',
    classify(span) {
        if (!isToadEyeSpan(span))
            return undefined;
        return genAiOperationRole(span) ?? 'call';
    },
    read(span) {
        const prompt = recordedContent(span, toad_eye_PROMPT);
        const completion = recordedContent(span, toad_eye_COMPLETION);
        const failed = textAttribute(span, STATUS) === 'error';
        const errorType = textAttribute(span, 'error.type');
        return reading('toad-eye', {
            ...readGenAiMetadata(span),
            ...promptTextFields(prompt),
            output: completion,
            cost: numberAttribute(span, COST),
            error: failed ? (errorType === undefined ? {} : { type: errorType }) : undefined,
            truncated: (prompt !== undefined && isFlaggedTruncated(span, toad_eye_PROMPT)) ||
                (completion !== undefined && isFlaggedTruncated(span, toad_eye_COMPLETION))
        });
    }
};

;// CONCATENATED MODULE: ./src/extract/conventions/vercel-ai.ts







const OPERATION_ROLES = {
    'ai.generateText': 'call',
    'ai.streamText': 'call',
    'ai.generateObject': 'call',
    'ai.streamObject': 'call',
    'ai.generateText.doGenerate': 'call',
    'ai.streamText.doStream': 'call',
    'ai.generateObject.doGenerate': 'call',
    'ai.streamObject.doStream': 'call',
    'ai.toolCall': 'other',
    'ai.embed': 'other',
    'ai.embedMany': 'other',
    'ai.embed.doEmbed': 'other',
    'ai.embedMany.doEmbed': 'other'
};
/** `ai.operationId`; spans are also named after it. */
function operationId(span) {
    return (textAttribute(span, 'ai.operationId') ??
        (span.name.startsWith('ai.') ? span.name.split(' ')[0] : undefined));
}
const vercelAi = {
    convention: 'vercel-ai',
    classify(span) {
        const operation = operationId(span);
        return operation !== undefined && Object.hasOwn(OPERATION_ROLES, operation)
            ? OPERATION_ROLES[operation]
            : undefined;
    },
    read(span) {
        const messages = jsonAttribute(span, 'ai.prompt.messages');
        const prompt = jsonAttribute(span, 'ai.prompt');
        const conversation = messages === undefined
            ? promptConversation(prompt?.value)
            : splitSystem(readMessages(messages.value));
        const toolCalls = jsonAttribute(span, 'ai.response.toolCalls') ?? jsonAttribute(span, 'ai.result.toolCalls');
        return reading('vercel-ai', {
            operation: operationId(span),
            provider: vercelProvider(textAttribute(span, 'ai.model.provider')),
            model: textAttribute(span, 'ai.model.id'),
            responseModel: textAttribute(span, 'ai.response.model'),
            ...conversationFields(conversation),
            output: responseText(span),
            outputToolCalls: toolCallsOf(toolCalls?.value),
            finishReason: textAttribute(span, 'ai.response.finishReason', 'ai.finishReason'),
            tools: vercel_ai_readTools(span),
            usage: readUsage(span),
            params: {
                temperature: numberAttribute(span, 'ai.settings.temperature'),
                maxTokens: (0,values/* positiveCount */.bR)(attribute(span, 'ai.settings.maxOutputTokens') ?? attribute(span, 'ai.settings.maxTokens')),
                topP: numberAttribute(span, 'ai.settings.topP'),
                stop: (0,values/* nonEmptyList */.l4)(textListAttribute(span, 'ai.settings.stopSequences')),
                seed: (0,values/* asCount */.Wg)(attribute(span, 'ai.settings.seed'))
            },
            truncated: messages?.truncated === true || prompt?.truncated === true || toolCalls?.truncated === true
        });
    }
};
/** The outer span's `ai.prompt`: `{system?, prompt?, messages?}` as the caller passed it. */
function promptConversation(value) {
    if (typeof value === 'string')
        return { messages: [{ role: 'user', content: value }] };
    if (!(0,values/* isRecord */.u4)(value))
        return undefined;
    const fromMessages = splitSystem(readMessages((0,values/* field */.ZZ)(value, 'messages')));
    const prompt = (0,values/* field */.ZZ)(value, 'prompt');
    const promptMessages = prompt === undefined ? [] : readMessages(typeof prompt === 'string' ? [prompt] : prompt);
    const system = joinSystem((0,values/* asText */.e1)((0,values/* field */.ZZ)(value, 'system')), fromMessages.system);
    const all = [...fromMessages.messages, ...promptMessages];
    return system === undefined ? { messages: all } : { system, messages: all };
}
/** The text answer, or the generated object's JSON (`generateObject`); v4 wrote `ai.result.*`. */
const RESPONSE_TEXT_KEYS = [
    'ai.response.text',
    'ai.response.object',
    'ai.result.text',
    'ai.result.object'
];
function responseText(span) {
    for (const key of RESPONSE_TEXT_KEYS) {
        const text = verbatimText(span, key);
        if (text !== undefined)
            return text;
    }
    return undefined;
}
/** Google's provider ids name the API in two segments, so a prefix decides. */
const VERCEL_PROVIDER_PREFIXES = [
    ['google.vertex', 'gcp.vertex_ai'],
    ['google.generative-ai', 'gcp.gemini']
];
/**
 * The SDK's provider id names the provider, then the API it used (`openai.chat`,
 * `anthropic.messages`, `amazon-bedrock`): the provider is the first segment.
 */
function vercelProvider(id) {
    const lower = id?.trim().toLowerCase();
    if (lower === undefined)
        return undefined;
    const prefixed = VERCEL_PROVIDER_PREFIXES.find(([prefix]) => lower === prefix || lower.startsWith(`${prefix}.`));
    return prefixed?.[1] ?? normalizeProvider(lower.split('.')[0]);
}
/** `ai.prompt.tools`: a list of tools as JSON text each (or JSON text of the whole list). */
function vercel_ai_readTools(span) {
    return (0,values/* asList */.DD)(parseEmbeddedJson(attribute(span, 'ai.prompt.tools')).value)
        .map(toolDefinitionOf)
        .filter(tool => tool !== undefined);
}
/** v4 `promptTokens`/`completionTokens`, v5 `inputTokens`/`outputTokens`; cache reads also from the provider metadata. */
function readUsage(span) {
    return {
        input: countAttribute(span, 'ai.usage.inputTokens', 'ai.usage.promptTokens'),
        output: countAttribute(span, 'ai.usage.outputTokens', 'ai.usage.completionTokens'),
        total: countAttribute(span, 'ai.usage.totalTokens'),
        reasoning: countAttribute(span, 'ai.usage.reasoningTokens'),
        cachedInput: countAttribute(span, 'ai.usage.cachedInputTokens') ?? providerCachedTokens(span)
    };
}
/** Where each provider reports cache reads in `ai.response.providerMetadata`. */
const CACHED_TOKENS_IN_PROVIDER_METADATA = [
    ['openai', 'cachedPromptTokens'],
    ['anthropic', 'cacheReadInputTokens']
];
function providerCachedTokens(span) {
    const metadata = jsonAttribute(span, 'ai.response.providerMetadata')?.value;
    if (!(0,values/* isRecord */.u4)(metadata))
        return undefined;
    for (const [provider, key] of CACHED_TOKENS_IN_PROVIDER_METADATA) {
        const count = (0,values/* asCount */.Wg)((0,values/* field */.ZZ)((0,values/* recordField */.Qb)(metadata, provider), key));
        if (count !== undefined)
            return count;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/conventions/index.ts









const CONVENTION_READERS = [
    langSmith,
    openInference,
    langfuse,
    vercelAi,
    logfire,
    openLlmetry,
    toadEye,
    otelGenAi,
    otelGenAiDeprecated
];

;// CONCATENATED MODULE: ./src/extract/call-spans.ts

/** What the first convention that recognizes the span says it is. */
function classifySpan(span) {
    for (const reader of CONVENTION_READERS) {
        const role = reader.classify(span);
        if (role !== undefined)
            return { role, convention: reader.convention };
    }
    return undefined;
}
/** The call spans of a trace, innermost only, in start order. */
function findCallSpans(spans) {
    const byId = new Map(spans.map(span => [span.spanId, span]));
    const roles = new Map();
    for (const span of spans) {
        const classified = classifySpan(span);
        if (classified !== undefined)
            roles.set(span.spanId, classified);
    }
    const isCall = (span) => roles.get(span.spanId)?.role === 'call';
    const describesCalls = (span) => {
        const role = roles.get(span.spanId)?.role;
        return role === 'call' || role === 'wrapper';
    };
    const callsBelow = countCallsBelow(spans, byId, isCall);
    const calls = [];
    for (const span of spans) {
        const classified = roles.get(span.spanId);
        if (classified?.role !== 'call' || (callsBelow.get(span.spanId) ?? 0) > 0)
            continue;
        const wrappers = wrappersOf(span, byId, callsBelow).filter(describesCalls);
        calls.push({ span, convention: classified.convention, wrappers });
    }
    return calls.sort(byStartTime);
}
/**
 * For every span, how many call spans are below it. One pass over the tree, children before
 * parents, without recursion: traces can be deep. Spans caught in a parent cycle (malformed
 * data) are not reached and count none.
 */
function countCallsBelow(spans, byId, isCall) {
    const children = new Map();
    const roots = [];
    for (const span of spans) {
        const parentId = span.parentSpanId;
        if (parentId === undefined || !byId.has(parentId) || parentId === span.spanId)
            roots.push(span);
        else {
            const siblings = children.get(parentId);
            if (siblings === undefined)
                children.set(parentId, [span]);
            else
                siblings.push(span);
        }
    }
    const order = [];
    const stack = [...roots];
    const visited = new Set();
    while (stack.length > 0) {
        const span = stack.pop();
        if (visited.has(span.spanId))
            continue;
        visited.add(span.spanId);
        order.push(span);
        for (const child of children.get(span.spanId) ?? [])
            stack.push(child);
    }
    const below = new Map();
    for (const span of order.reverse()) {
        const parentId = span.parentSpanId;
        if (parentId === undefined || !visited.has(parentId) || parentId === span.spanId)
            continue;
        const own = (below.get(span.spanId) ?? 0) + (isCall(span) ? 1 : 0);
        below.set(parentId, (below.get(parentId) ?? 0) + own);
    }
    return below;
}
/**
 * The ancestors that have this call and no other below them, nearest first. Counts only
 * grow going up, so the walk ends at the first ancestor with more than one call below.
 */
function wrappersOf(call, byId, callsBelow) {
    const wrappers = [];
    const seen = new Set([call.spanId]);
    let parent = call.parentSpanId === undefined ? undefined : byId.get(call.parentSpanId);
    while (parent !== undefined && !seen.has(parent.spanId) && callsBelow.get(parent.spanId) === 1) {
        wrappers.push(parent);
        seen.add(parent.spanId);
        parent = parent.parentSpanId === undefined ? undefined : byId.get(parent.parentSpanId);
    }
    return wrappers;
}
function byStartTime(a, b) {
    return a.span.startTimeUnixMicros - b.span.startTimeUnixMicros;
}

;// CONCATENATED MODULE: ./src/extract/precedence.ts

/**
 * Conventions written by one SDK for its own spans come before the generic OTel GenAI
 * attributes that the same SDKs also write; the current semconv before its legacy forms.
 */
const SPECIFIC_FIRST = [
    'toad-eye',
    'vercel-ai',
    'langsmith',
    'langfuse',
    'logfire',
    'openinference',
    'otel-genai',
    'openllmetry',
    'otel-genai-deprecated'
];
/**
 * For content, structure wins: toad-eye records the prompt as one joined string, so its
 * reading comes last when the same span also carries role-by-role messages.
 */
const STRUCTURED_CONTENT_FIRST = [
    'vercel-ai',
    'langsmith',
    'langfuse',
    'logfire',
    'openinference',
    'otel-genai',
    'openllmetry',
    'otel-genai-deprecated',
    'toad-eye'
];
/** The precedence table: for each group of fields, the conventions in the order they win. */
const PRECEDENCE = {
    /** the prompt: system, messages, promptText (whole, from one reading) */
    prompt: STRUCTURED_CONTENT_FIRST,
    /** the answer: output, outputToolCalls (whole, from one reading) */
    answer: STRUCTURED_CONTENT_FIRST,
    /** tools offered */
    tools: STRUCTURED_CONTENT_FIRST,
    /** operation, provider, model, responseModel, finishReason: each on its own */
    description: SPECIFIC_FIRST,
    /** each token counter on its own */
    usage: SPECIFIC_FIRST,
    cost: SPECIFIC_FIRST,
    /** each request parameter on its own */
    params: SPECIFIC_FIRST,
    /** error type and message, each on its own (from the call span only) */
    error: SPECIFIC_FIRST
};
/**
 * Merges the readings of a call: `readingsBySpan[0]` are the call span's, the rest its
 * wrappers', nearest first. Only the call span's readings say whether the call failed.
 */
function mergeReadings(readingsBySpan) {
    const used = new Set();
    let truncated = false;
    /** The first reading `accepts`, visiting `spans` outwards and conventions in `order`. */
    function firstReading(order, accepts, spans = readingsBySpan) {
        for (const readings of spans) {
            const found = inOrder(readings, order).find(accepts);
            if (found !== undefined) {
                used.add(found.convention);
                return found;
            }
        }
        return undefined;
    }
    function first(order, pick, spans = readingsBySpan) {
        const reading = firstReading(order, candidate => pick(candidate) !== undefined, spans);
        return reading === undefined ? undefined : pick(reading);
    }
    /** A group of content fields, whole from the first reading that records any of them. */
    function content(order, pick) {
        const hasAny = (reading) => Object.values(pick(reading)).some(value => value !== undefined);
        const reading = firstReading(order, hasAny);
        if (reading === undefined)
            return undefined;
        if (reading.truncated === true)
            truncated = true;
        return (0,values/* compact */.oE)(pick(reading));
    }
    const prompt = content(PRECEDENCE.prompt, reading => ({
        system: reading.system,
        messages: reading.messages,
        promptText: reading.promptText
    }));
    const answer = content(PRECEDENCE.answer, reading => ({
        output: reading.output,
        outputToolCalls: reading.outputToolCalls
    }));
    const tools = content(PRECEDENCE.tools, reading => ({ tools: reading.tools }));
    const description = (key) => first(PRECEDENCE.description, reading => reading[key]);
    const usage = (key) => first(PRECEDENCE.usage, reading => reading.usage?.[key]);
    const param = (key) => first(PRECEDENCE.params, reading => reading.params?.[key]);
    const callSpan = readingsBySpan.slice(0, 1);
    const failed = callSpan[0]?.some(reading => reading.error !== undefined) ?? false;
    const error = (key) => first(PRECEDENCE.error, reading => reading.error?.[key], callSpan);
    const merged = {
        ...prompt,
        messages: prompt?.messages ?? [],
        ...answer,
        ...tools,
        operation: description('operation'),
        provider: description('provider'),
        model: description('model'),
        responseModel: description('responseModel'),
        finishReason: description('finishReason'),
        usage: (0,values/* compact */.oE)({
            input: usage('input'),
            output: usage('output'),
            total: usage('total'),
            cachedInput: usage('cachedInput'),
            reasoning: usage('reasoning')
        }),
        params: (0,values/* compact */.oE)({
            temperature: param('temperature'),
            maxTokens: param('maxTokens'),
            topP: param('topP'),
            stop: param('stop'),
            seed: param('seed')
        }),
        cost: first(PRECEDENCE.cost, reading => reading.cost),
        error: failed ? (0,values/* compact */.oE)({ type: error('type'), message: error('message') }) : undefined
    };
    return (0,values/* compact */.oE)({
        ...merged,
        conventions: SPECIFIC_FIRST.filter(convention => used.has(convention)),
        truncated: truncated ? true : undefined
    });
}
function inOrder(readings, order) {
    return [...readings].sort((a, b) => order.indexOf(a.convention) - order.indexOf(b.convention));
}

;// CONCATENATED MODULE: ./src/extract/index.ts








/** Every LLM call of the trace in span start order, and the LLM spans without content. */
function extractLlmCalls(trace) {
    const calls = [];
    const skipped = [];
    for (const { span, convention, wrappers } of findCallSpans(trace.spans)) {
        const call = buildCall(span, [span, ...wrappers].map(readSpan));
        if (call.hasContent)
            calls.push(call);
        else {
            skipped.push({
                traceId: span.traceId,
                spanId: span.spanId,
                spanName: span.name,
                reason: 'no-content',
                convention
            });
        }
    }
    return { calls, skipped };
}
/** What each convention present on the span records; a convention absent from it says nothing. */
function readSpan(span) {
    return CONVENTION_READERS.filter(reader => reader.classify(span) !== undefined).map(reader => reader.read(span));
}
function buildCall(span, readingsBySpan) {
    const merged = mergeReadings(readingsBySpan);
    const error = callError(merged.error, spanError(span));
    return (0,values/* compact */.oE)({
        traceId: span.traceId,
        spanId: span.spanId,
        service: span.service,
        spanName: span.name,
        startTime: isoStartTime(span),
        latencyMs: latencyMs(span),
        ...merged,
        provider: merged.provider ?? providerFromModel(merged.model ?? merged.responseModel),
        error,
        hasContent: hasContent(merged)
    });
}
function hasContent(fields) {
    return (fields.system !== undefined ||
        fields.messages.length > 0 ||
        fields.promptText !== undefined ||
        fields.output !== undefined ||
        (fields.outputToolCalls?.length ?? 0) > 0);
}
/**
 * The span failed: its status is an error, or it carries `error.type` (set by the GenAI
 * semconv only on failure). Details from the `exception` event when there is one.
 */
function spanError(span) {
    const type = textAttribute(span, 'error.type');
    if (span.status.code !== 'error' && type === undefined)
        return undefined;
    const exception = span.events.find(event => event.name === 'exception')?.attributes ?? {};
    return (0,values/* compact */.oE)({
        type: type ?? (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(exception, 'exception.type')),
        message: (0,values/* asNonEmptyText */.U6)(span.status.message) ?? (0,values/* asNonEmptyText */.U6)((0,values/* field */.ZZ)(exception, 'exception.message'))
    });
}
/** What the conventions said, completed by the span's own status. */
function callError(fromConventions, fromSpan) {
    if (fromConventions === undefined && fromSpan === undefined)
        return undefined;
    return (0,values/* compact */.oE)({
        type: fromConventions?.type ?? fromSpan?.type,
        message: fromConventions?.message ?? fromSpan?.message
    });
}
function isoStartTime(span) {
    const date = (0,model/* spanStartDate */.x)(span);
    return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}
function latencyMs(span) {
    const micros = span.durationMicros;
    return Number.isFinite(micros) && micros > 0 ? micros / 1000 : 0;
}

;// CONCATENATED MODULE: ./src/dataset/filters.ts

function matchesFilters(call, filters) {
    const totalTokens = call.usage.total ?? (call.usage.input ?? 0) + (call.usage.output ?? 0);
    const checks = [
        filters.service === undefined || call.service === filters.service,
        filters.operation === undefined ||
            call.spanName === filters.operation ||
            call.operation === filters.operation,
        filters.model === undefined ||
            call.model === filters.model ||
            call.responseModel === filters.model,
        filters.provider === undefined || call.provider === filters.provider.toLowerCase(),
        filters.minInputTokens === undefined || (call.usage.input ?? 0) >= filters.minInputTokens,
        filters.minOutputTokens === undefined || (call.usage.output ?? 0) >= filters.minOutputTokens,
        filters.minTotalTokens === undefined || totalTokens >= filters.minTotalTokens,
        filters.withToolCalls === undefined ||
            (call.outputToolCalls !== undefined && call.outputToolCalls.length > 0) ===
                filters.withToolCalls,
        filters.errored === undefined || (call.error !== undefined) === filters.errored,
        filters.minLatencyMs === undefined || call.latencyMs >= filters.minLatencyMs,
        filters.minCost === undefined || (call.cost ?? 0) >= filters.minCost,
        filters.sample === undefined || sampled(call.spanId, filters.sample)
    ];
    return checks.every(Boolean);
}
function sampled(spanId, rate) {
    if (rate >= 1)
        return true;
    if (rate <= 0)
        return false;
    const bucket = (0,external_node_crypto_.createHash)('sha256').update(spanId).digest().readUInt32BE(0) / 0x1_0000_0000;
    return bucket < rate;
}

;// CONCATENATED MODULE: ./src/export/collect.ts


/** Filters calls, builds one case per distinct input, and groups the cases by service. */
function collectCases(calls, options = {}) {
    const byService = new Map();
    const seen = new Set();
    let filteredOut = 0;
    let duplicates = 0;
    for (const call of calls) {
        if (options.filters && !matchesFilters(call, options.filters)) {
            filteredOut++;
            continue;
        }
        const evalCase = buildCase(call, options.redactor ? { redactor: options.redactor } : {});
        const hash = contentHash(evalCase);
        if (seen.has(hash)) {
            duplicates++;
            continue;
        }
        seen.add(hash);
        const group = byService.get(call.service);
        if (group)
            group.push(evalCase);
        else
            byService.set(call.service, [evalCase]);
    }
    return { byService, filteredOut, duplicates };
}

;// CONCATENATED MODULE: ./src/export/export.ts







/**
 * The nightly export: search the source, extract the LLM calls, and add the ones not yet
 * in the datasets. Existing cases are never rewritten, so running it twice changes nothing.
 */
async function runExport(source, settings, dependencies = {}) {
    const now = dependencies.now ?? (() => new Date());
    const traces = await source.findTraces(settings.query);
    const calls = [];
    const skipped = [];
    for (const trace of traces) {
        const extraction = extractLlmCalls(trace);
        calls.push(...extraction.calls);
        skipped.push(...extraction.skipped);
    }
    const redactor = settings.redact === false ? undefined : createRedactor(settings.redactPatterns);
    const collected = collectCases(calls, {
        ...(settings.filters ? { filters: settings.filters } : {}),
        ...(redactor ? { redactor } : {})
    });
    const groups = settings.fileName
        ? [
            {
                file: settings.fileName,
                name: datasetName(settings.fileName),
                cases: [...collected.byService.values()].flat()
            }
        ]
        : [...collected.byService].map(([service, cases]) => {
            const slug = fileSlug(service);
            return { file: `${slug}.eval.yaml`, name: slug, cases };
        });
    const files = [];
    let remaining = settings.maxCases ?? Infinity;
    let overLimit = 0;
    for (const group of groups) {
        const path = (0,external_node_path_.join)(settings.outputDir, group.file);
        const header = datasetHeader(group.name, group.cases, now());
        const merged = await mergeIntoFile(path, header, group.cases, { limit: remaining });
        remaining -= merged.added.length;
        overLimit += merged.overLimit;
        if (merged.created && !merged.written)
            continue;
        files.push({
            path,
            created: merged.created,
            added: merged.added.length,
            alreadyPresent: merged.alreadyPresent
        });
    }
    return {
        source: source.description,
        tracesScanned: traces.length,
        llmCalls: calls.length,
        skipped,
        filteredOut: collected.filteredOut,
        duplicates: collected.duplicates,
        overLimit,
        newCases: files.reduce((sum, file) => sum + file.added, 0),
        files,
        redactions: { ...(redactor?.counts ?? {}) }
    };
}
function datasetHeader(name, cases, exportedAt) {
    const metadata = { exported_at: exportedAt.toISOString() };
    const model = mostCommon(cases.map(evalCase => evalCase.source?.model));
    const provider = mostCommon(cases.map(evalCase => evalCase.source?.provider));
    if (model)
        metadata.model = model;
    if (provider)
        metadata.provider = provider;
    return { name, source: EXPORT_SOURCE, metadata };
}
function mostCommon(values) {
    const counts = new Map();
    for (const value of values)
        if (value)
            counts.set(value, (counts.get(value) ?? 0) + 1);
    let best;
    for (const [value, count] of counts)
        if (best === undefined || count > counts.get(best))
            best = value;
    return best;
}
/**
 * Service names come from trace data: reduced to a safe file name, so a service called
 * `../../.github/workflows/x` cannot write outside the output folder.
 */
function fileSlug(service) {
    const slug = foldToAscii(service)
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 80);
    return slug || 'unknown-service';
}
function datasetName(fileName) {
    return fileName.replace(/\.eval\.ya?ml$|\.ya?ml$/, '');
}

// EXTERNAL MODULE: ./src/traces/ids.ts
var ids = __webpack_require__(188);
// EXTERNAL MODULE: ./src/traces/jaeger.ts + 2 modules
var jaeger = __webpack_require__(4024);
;// CONCATENATED MODULE: ./src/export/export-trace.ts










/** toad-eye's default Jaeger query address. */
const DEFAULT_JAEGER_URL = 'http://localhost:16686';
class TraceNotFoundError extends Error {
    traceId;
    name = 'TraceNotFoundError';
    constructor(traceId) {
        super(`Trace ${traceId} not found`);
        this.traceId = traceId;
    }
}
/** The trace has no LLM call with content; the first line is toad-eye's message, word for word. */
class NoExportableSpansError extends Error {
    traceId;
    hints;
    name = 'NoExportableSpansError';
    constructor(traceId, hints) {
        super([`No exportable spans in trace ${traceId}. Was recordContent enabled?`, ...hints].join('\n'));
        this.traceId = traceId;
        this.hints = hints;
    }
}
/** Fetches one trace by id; throws TraceNotFoundError when the source does not have it. */
async function fetchTrace(traceId, options = {}) {
    const id = (0,ids/* assertTraceId */.Jw)(traceId);
    const source = options.source ??
        (0,jaeger/* createJaegerSource */.u)({ baseUrl: options.jaegerUrl ?? DEFAULT_JAEGER_URL, api: 'auto' });
    const trace = await source.getTrace(id);
    if (!trace)
        throw new TraceNotFoundError(traceId);
    return trace;
}
/**
 * The dataset toad-eye's `export-trace` writes for one trace, with our extra keys;
 * undefined when no LLM call in it recorded content.
 */
function traceToDataset(trace, options = {}) {
    const { calls } = extractLlmCalls(trace);
    const redactor = options.redact === false ? undefined : createRedactor(options.redactPatterns);
    const { byService } = collectCases(calls, redactor ? { redactor } : {});
    const cases = [...byService.values()].flat();
    if (cases.length === 0)
        return undefined;
    const first = calls.find(call => call.model ?? call.responseModel);
    return {
        name: `exported-trace-${shortTraceId(trace.traceId)}`,
        source: EXPORT_SOURCE,
        metadata: {
            trace_id: trace.traceId,
            exported_at: (options.now?.() ?? new Date()).toISOString(),
            model: first?.model ?? first?.responseModel ?? 'unknown',
            provider: calls.find(call => call.provider)?.provider ?? 'unknown'
        },
        cases
    };
}
/** toad-eye's `traceToEvalYaml`: the dataset as YAML, or undefined when nothing is exportable. */
function traceToEvalYaml(trace, options = {}) {
    const dataset = traceToDataset(trace, options);
    return dataset && datasetToYaml(dataset);
}
/** toad-eye's `exportTrace`: fetch, convert, and return the YAML (the caller writes it). */
async function exportTrace(traceId, options = {}) {
    const trace = await fetchTrace(traceId, options);
    const dataset = traceToDataset(trace, options);
    if (!dataset)
        throw noExportableSpans(trace);
    return datasetToYaml(dataset);
}
/**
 * What `toad-eval export-trace` does: writes `trace-<first 8>.eval.yaml` in `outputDir`.
 * Exporting again into an edited file keeps the edits and adds only what is new.
 */
async function exportTraceToFile(traceId, outputDir, options = {}) {
    const trace = await fetchTrace(traceId, options);
    const dataset = traceToDataset(trace, options);
    if (!dataset)
        throw noExportableSpans(trace);
    const path = (0,external_node_path_.join)(outputDir, `trace-${shortTraceId(trace.traceId)}.eval.yaml`);
    const { cases, ...header } = dataset;
    const merged = await mergeIntoFile(path, header, cases);
    return { path, dataset, added: merged.added.length };
}
/**
 * The first 8 hex characters, as toad-eye names files. A 64-bit id (old Jaeger clients) is
 * padded to 32 with zeros; its own digits start after the padding.
 */
function shortTraceId(traceId) {
    const significant = traceId.startsWith('0000000000000000') ? traceId.slice(16) : traceId;
    return significant.slice(0, 8);
}
function noExportableSpans(trace) {
    const { skipped } = extractLlmCalls(trace);
    const hints = skipped.length > 0
        ? [
            `${skipped.length} LLM span(s) recorded no prompt or answer.`,
            ...contentCaptureHints(skipped.map(span => span.convention))
        ]
        : [`None of its ${trace.spans.length} spans is an LLM call toad-eval recognizes.`];
    return new NoExportableSpansError(trace.traceId, hints);
}

// EXTERNAL MODULE: ./src/settings/raw.ts
var raw = __webpack_require__(9655);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/settings/export.ts
var settings_export = __webpack_require__(9495);
// EXTERNAL MODULE: ./src/settings/trace-source.ts
var trace_source = __webpack_require__(9032);
;// CONCATENATED MODULE: ./src/cli/paths.ts

/** A path as a user reads it: relative to where they ran the CLI when it is inside it. */
function shownPath(path, cwd) {
    const inside = (0,external_node_path_.relative)(cwd, path);
    return inside !== '' && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside) ? inside : path;
}

// EXTERNAL MODULE: ./src/cli/printable.ts
var printable = __webpack_require__(3821);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/trace-flags.ts
var trace_flags = __webpack_require__(2605);
;// CONCATENATED MODULE: ./src/cli/export-commands.ts













const REDACTION_OPTIONS = {
    'no-redact': { type: 'boolean' },
    'redact-pattern': { type: 'string', multiple: true }
};
const REDACTION_USAGE = `Redaction (on by default; runs before anything is written):
  --no-redact          keep e-mails, phone numbers, cards, IPs and secrets as recorded
  --redact-pattern NAME=REGEX   also replace matches of REGEX with [REDACTED:NAME] (repeatable)`;
const exportTraceCommand = {
    usage: `Usage: toad-eval export-trace <traceId> [--output DIR] [--jaeger-url URL]

Writes the trace's LLM calls as eval cases to DIR/trace-<first 8 chars>.eval.yaml
(default DIR: the current folder). Exporting again keeps edits and adds only new calls.

${trace_flags/* TRACE_SOURCE_USAGE */.SB}

${REDACTION_USAGE}`,
    async run(args, io) {
        const { values, positionals } = (0,cli_flags/* parseFlags */.b)(args, {
            ...trace_flags/* TRACE_SOURCE_OPTIONS */.pD,
            ...REDACTION_OPTIONS,
            output: { type: 'string' }
        });
        if (positionals.length !== 1) {
            throw new raw/* SettingsError */.GN('export-trace expects exactly one trace id');
        }
        const traceId = positionals[0];
        const settings = (0,cli_flags/* flagSettings */.w)(values);
        const source = (0,trace_flags/* traceSourceIn */.aG)((0,trace_source/* parseTraceSourceSettings */.lY)(settings, io.env), io.cwd);
        const result = await exportTraceToFile(traceId, (0,external_node_path_.resolve)(io.cwd, values.output ?? '.'), {
            source,
            ...(0,settings_export/* parseRedaction */.J0)(settings)
        });
        io.stdout(`✅ Exported trace ${traceId} → ${shownPath(result.path, io.cwd)}`);
        return 0;
    }
};
const exportCommand = {
    usage: `Usage: toad-eval export [options]

Searches the source, extracts every LLM call, and appends the calls not yet exported to
one dataset per service in --output (existing cases are never rewritten). Every option can
also be set in toad-eval.yaml, section "export", under the same name.

  --config FILE        settings file (default: toad-eval.yaml when present)

${trace_flags/* TRACE_SOURCE_USAGE */.SB}

${trace_flags/* TRACE_QUERY_USAGE */.py}

Which calls become cases:
  --model NAME, --provider NAME
  --min-tokens N       input + output tokens at least N (also --min-input-tokens, --min-output-tokens)
  --with-tool-calls    only calls that answered with tool calls
  --errored            only failed calls (--errored=false in config: only successful ones)
  --min-latency D      e.g. 2s
  --min-cost USD       e.g. 0.001
  --sample RATE        keep this fraction (0-1) of calls; the same calls on every run
  --max-cases N        add at most N new cases in all

Output:
  --output DIR         dataset folder (default: evals)
  --file-name NAME     one file for everything instead of one per service

${REDACTION_USAGE}`,
    async run(args, io) {
        const { values } = (0,cli_flags/* parseFlags */.b)(args, {
            ...trace_flags/* TRACE_SOURCE_OPTIONS */.pD,
            ...trace_flags/* TRACE_QUERY_OPTIONS */.yg,
            ...REDACTION_OPTIONS,
            config: { type: 'string' },
            model: { type: 'string' },
            provider: { type: 'string' },
            'min-tokens': { type: 'string' },
            'min-input-tokens': { type: 'string' },
            'min-output-tokens': { type: 'string' },
            'with-tool-calls': { type: 'boolean' },
            errored: { type: 'boolean' },
            'min-latency': { type: 'string' },
            'min-cost': { type: 'string' },
            sample: { type: 'string' },
            'max-cases': { type: 'string' },
            output: { type: 'string' },
            'file-name': { type: 'string' }
        });
        const { config, ...flags } = values;
        const loaded = await (0,load/* loadConfig */.Z9)(config, schema/* CONFIG_SCHEMA */.ln, io.cwd);
        const settings = (0,schema/* exportSettingsFrom */.U4)(loaded, (0,cli_flags/* flagSettings */.w)(flags), io.env);
        const source = (0,trace_flags/* traceSourceIn */.aG)(settings.source, io.cwd);
        const report = await runExport(source, {
            ...settings.export,
            outputDir: (0,external_node_path_.resolve)(io.cwd, settings.export.outputDir)
        });
        printExportReport({
            ...report,
            files: report.files.map(file => ({ ...file, path: shownPath(file.path, io.cwd) }))
        }, io);
        return 0;
    }
};
function printExportReport(report, io) {
    const noContent = report.skipped.length;
    io.stdout(`Scanned ${count(report.tracesScanned, 'trace')} from ${report.source}: ` +
        `${count(report.llmCalls, 'LLM call')}, ${noContent} without content, ` +
        `${report.filteredOut} filtered out, ${report.duplicates} duplicate inputs`);
    const width = Math.max(0, ...report.files.map(file => file.path.length));
    for (const file of report.files) {
        const state = file.created ? 'created' : `${file.alreadyPresent} already there`;
        io.stdout(`  ${(0,printable/* printable */.g)(file.path.padEnd(width))}  +${file.added} new (${state})`);
    }
    const files = report.files.filter(file => file.added > 0).length;
    io.stdout(report.newCases === 0
        ? 'No new cases: the datasets already hold every matching call.'
        : `${count(report.newCases, 'new case')} in ${count(files, 'file')}.`);
    if (report.overLimit > 0)
        io.stdout(`${report.overLimit} more left for later runs by --max-cases.`);
    const redacted = Object.entries(report.redactions).map(([kind, n]) => `${n} ${kind}`);
    if (redacted.length > 0)
        io.stdout(`Redacted: ${redacted.join(', ')}.`);
    if (report.tracesScanned === 0)
        io.stderr('⚠ No traces matched the search: check --service, --lookback and --url.');
    if (noContent > 0) {
        io.stderr(`⚠ ${count(noContent, 'LLM span')} recorded no prompt or answer and became no case.`);
        for (const hint of contentCaptureHints(report.skipped.map(span => span.convention)))
            io.stderr(`  ${hint}`);
    }
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
