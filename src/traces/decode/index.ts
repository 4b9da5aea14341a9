/**
 * Trace text or parsed JSON in any supported wire format -> normalized traces. The format
 * is recognised from the shape of the JSON, so files need no naming convention and HTTP
 * sources need not trust a content type.
 */
import { JsonParseError, parseJsonDocuments } from '../json.js'
import type { Trace } from '../model.js'
import { assembleTraces, emptyDecodedSpans, type DecodedSpans } from './assemble.js'
import {
  decodeJaegerDocument,
  isJaegerResponse,
  isJaegerSpanList,
  isJaegerTrace
} from './jaeger.js'
import { decodeResourceSpans, isOtlpTracesData, resourceSpansOf } from './otlp.js'
import {
  asString,
  describeJson,
  field,
  isObject,
  jsonText,
  type JsonObject,
  type Wire
} from './values.js'

export type TraceFormat = 'jaeger-v1' | 'otlp' | 'jaeger-api-v3' | 'tempo'

export interface DecodeOptions {
  /** Where the text came from (a file path or a URL); every error message starts with it. */
  origin: string
  /**
   * The backend's limit on attribute value size (Tempo's `max_attribute_bytes`). When set,
   * string attributes that reach it are listed in `span.truncatedAttributes`.
   */
  truncationLimitBytes?: number
  /**
   * Return no traces, instead of failing, when a recognised document holds no spans
   * (a search that matched nothing). Unreadable spans and backend errors still fail.
   */
  allowEmpty?: boolean
}

export interface DecodeResult {
  traces: Trace[]
  /** The format of the first trace document. */
  format: TraceFormat
}

/** The input is not something traces can be read from; the message starts with the origin. */
export class TraceFormatError extends Error {
  override readonly name = 'TraceFormatError'

  constructor(
    readonly origin: string,
    detail: string
  ) {
    super(`${origin}: ${detail}`)
  }
}

const EXPECTED =
  'expected Jaeger JSON ({"data":[…]}, a trace with "spans", or an array of spans), ' +
  'OTLP JSON ({"resourceSpans":[…]}, one object per line in JSON Lines), ' +
  'Jaeger api_v3 ({"result":…}) or Tempo ({"batches":[…]} / {"trace":…})'

/** Decodes the text of a trace file or response body: one JSON value, several, or JSON Lines. */
export function decodeTraces(text: string, options: DecodeOptions): DecodeResult {
  let documents: unknown[]
  try {
    documents = parseJsonDocuments(text)
  } catch (error) {
    if (!(error instanceof JsonParseError)) throw error
    throw new TraceFormatError(
      options.origin,
      `invalid JSON: ${error.message}${describeStart(text)}`
    )
  }
  return decodeTraceDocuments(documents, options)
}

/** Decodes JSON that is already parsed (HTTP sources); several documents are merged by trace id. */
export function decodeTraceDocuments(documents: unknown[], options: DecodeOptions): DecodeResult {
  const { origin } = options
  if (documents.length === 0) throw new TraceFormatError(origin, `the input is empty; ${EXPECTED}`)

  const decoded = emptyDecodedSpans()
  let format: TraceFormat | undefined
  documents.forEach((document, index) => {
    const reader = readerFor(document, origin)
    if (reader === undefined) {
      decoded.notes.push({
        message: `skipped ${documentName(index, documents.length)}: ${notTraceData(document)}`
      })
      return
    }
    format ??= reader.format
    reader.decode(decoded)
  })

  if (format === undefined) {
    throw new TraceFormatError(
      origin,
      `not a trace file: ${EXPECTED}; found ${foundText(documents)}`
    )
  }
  if (decoded.spans.length === 0) {
    const reason = whyNoSpans(decoded, format, options)
    if (reason !== undefined) throw new TraceFormatError(origin, reason)
  }
  return { traces: assembleTraces(decoded, options), format }
}

interface DocumentReader {
  format: TraceFormat
  /** Appends the document's spans, notes and reported errors to `into`. */
  decode(into: DecodedSpans): void
}

function readerFor(document: unknown, origin: string): DocumentReader | undefined {
  if (isOtlpTracesData(document)) {
    return { format: 'otlp', decode: into => decodeResourceSpans(resourceSpansOf(document), into) }
  }
  if (isApiV3Chunk(document)) {
    return { format: 'jaeger-api-v3', decode: into => decodeApiV3Chunk(document, into, origin) }
  }
  if (isTempoResponse(document)) {
    return { format: 'tempo', decode: into => decodeTempoResponse(document, into) }
  }
  if (isJaegerResponse(document) || isJaegerTrace(document) || isJaegerSpanList(document)) {
    return { format: 'jaeger-v1', decode: into => decodeJaegerDocument(document, into) }
  }
  return undefined
}

/** `{"result": TracesData}`, one chunk of a Jaeger api_v3 response, or `{"error": {…}}` in its place. */
type ApiV3Chunk = Wire<'result' | 'error'>
/** The grpc-gateway error body: `{"httpCode": 404, "message": "…"}`. */
type ApiV3Error = Wire<'httpCode' | 'message'>
/** Tempo `/api/traces/{id}` (v1: `batches`) and `/api/v2/traces/{id}` (`trace`, `status`, `message`). */
type TempoResponse = Wire<'batches' | 'trace' | 'status' | 'message'>
type TempoTrace = Wire<'resourceSpans' | 'batches'>

function isApiV3Chunk(document: unknown): document is ApiV3Chunk {
  if (!isObject(document)) return false
  const { result, error } = document
  // An empty result is how protobuf JSON writes TracesData without spans.
  return (
    isObject(error) ||
    (isObject(result) && (isOtlpTracesData(result) || Object.keys(result).length === 0))
  )
}

function isTempoResponse(document: unknown): document is TempoResponse {
  if (!isObject(document)) return false
  return (
    Array.isArray(document.batches) ||
    (isObject(document.trace) && Array.isArray(tempoResourceSpans(document.trace)))
  )
}

function tempoResourceSpans(trace: TempoTrace): unknown {
  return field(trace, 'resourceSpans') ?? trace.batches
}

/** An error chunk means the stream stopped early: fail rather than return part of the traces. */
function decodeApiV3Chunk(chunk: ApiV3Chunk, into: DecodedSpans, origin: string): void {
  if (isObject(chunk.error)) {
    const error: ApiV3Error = chunk.error
    const message = asString(field(error, 'message')) ?? jsonText(error)
    const httpCode = field(error, 'httpCode')
    const code = httpCode === undefined ? '' : ` (HTTP ${jsonText(httpCode)})`
    throw new TraceFormatError(origin, `Jaeger api_v3 returned an error: ${message}${code}`)
  }
  decodeResourceSpans(resourceSpansOf(chunk.result), into)
}

function decodeTempoResponse(response: TempoResponse, into: DecodedSpans): void {
  if (Array.isArray(response.batches)) {
    decodeResourceSpans(response.batches, into)
    return
  }
  decodeResourceSpans(isObject(response.trace) ? tempoResourceSpans(response.trace) : [], into)
  // v2 answers a trace too large to assemble with `status: "PARTIAL"` and why in `message`.
  if (response.status === 'PARTIAL' || response.status === 1) {
    const reason = asString(response.message)
    into.notes.push({ message: `Tempo returned a partial trace${reason ? `: ${reason}` : ''}` })
  }
}

/** Why an input without spans is an error, most specific reason first; `undefined` if it is not. */
function whyNoSpans(
  decoded: DecodedSpans,
  format: TraceFormat,
  options: DecodeOptions
): string | undefined {
  if (decoded.backendErrors.length > 0) {
    return `no trace returned: ${decoded.backendErrors.join('; ')}`
  }
  if (decoded.notes.length > 0) {
    const shown = decoded.notes.slice(0, 3).map(note => note.message)
    const more =
      decoded.notes.length > shown.length ? `; and ${decoded.notes.length - shown.length} more` : ''
    return `no readable spans in ${FORMAT_NAMES[format]}: ${shown.join('; ')}${more}`
  }
  return options.allowEmpty ? undefined : `no spans in ${FORMAT_NAMES[format]}`
}

const FORMAT_NAMES: Record<TraceFormat, string> = {
  'jaeger-v1': 'the Jaeger JSON',
  otlp: 'the OTLP JSON',
  'jaeger-api-v3': 'the Jaeger api_v3 response',
  tempo: 'the Tempo response'
}

/** Shapes people mistake for trace files, with what to do instead. */
const LOOKALIKES: ReadonlyArray<[key: string, hint: string]> = [
  [
    'summaries',
    'a list of trace summaries (Jaeger api_v3 /trace-summaries); fetch each trace by id'
  ],
  ['traces', 'a search result without spans (Tempo /api/search); fetch each trace by id'],
  ['resourceMetrics', 'OTLP metrics, not traces'],
  ['resourceLogs', 'OTLP logs, not traces'],
  ['observations', 'a Langfuse export, which is not OTLP']
]

function notTraceData(document: unknown): string {
  const hint = isObject(document) ? lookalikeHint(document) : undefined
  return hint ?? `not trace data (${describeJson(document)})`
}

function lookalikeHint(document: JsonObject): string | undefined {
  return LOOKALIKES.find(([key]) => Object.hasOwn(document, key))?.[1]
}

function foundText(documents: unknown[]): string {
  const [first] = documents
  const description = describeJson(first)
  const hint = isObject(first) ? lookalikeHint(first) : undefined
  const where = documents.length > 1 ? ` (the first of ${documents.length} JSON values)` : ''
  return `${description}${where}${hint === undefined ? '' : `, which looks like ${hint}`}`
}

function documentName(index: number, count: number): string {
  return count > 1 ? `JSON value ${index + 1} of ${count}` : 'the JSON value'
}

/** For text that is not JSON at all (an HTML error page, a proxy's message), show how it starts. */
function describeStart(text: string): string {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (/^[[{]/.test(start)) return ''
  const firstLine = start.split('\n', 1)[0] ?? ''
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine
  const hint = start.startsWith('<') ? ' (an HTML page, not JSON: is the URL right?)' : ''
  return `; the text starts with "${shown}"${hint}`
}
