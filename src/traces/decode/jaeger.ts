/**
 * Jaeger v1 JSON: the `/api/traces` response, a single trace as the UI downloads it, or a
 * bare array of spans with their process inline (jaeger-anonymizer, UI uploads).
 * Jaeger folds OTel concepts into tags (`span.kind`, `otel.status_code`, `otel.scope.name`);
 * they are lifted back into the span model and removed from the attributes.
 */
import { normalizeSpanId, normalizeTraceId } from '../ids.js'
import {
  newAttributes,
  type AttributeValue,
  type Attributes,
  type InstrumentationScope,
  type Span,
  type SpanEvent,
  type SpanKind,
  type SpanLink,
  type SpanStatus
} from '../model.js'
import type { DecodedSpans } from './assemble.js'
import {
  asArray,
  asFiniteNumber,
  asString,
  boolValue,
  doubleValue,
  int64Value,
  isObject,
  jsonText,
  objectsIn,
  ownValue,
  parseLosslessJson,
  scalarOrJsonText,
  type JsonObject,
  type Wire
} from './values.js'

/** `{data: [trace], total, limit, offset, errors}` from `/api/traces` and `/api/traces/{id}`. */
type JaegerResponse = Wire<'data' | 'errors' | 'total' | 'limit' | 'offset'>
type JaegerError = Wire<'code' | 'msg' | 'traceID'>
type JaegerTrace = Wire<'traceID' | 'spans' | 'processes' | 'warnings'>
type JaegerSpan = Wire<
  | 'traceID'
  | 'spanID'
  | 'parentSpanID'
  | 'operationName'
  | 'references'
  | 'startTime'
  | 'duration'
  | 'tags'
  | 'logs'
  | 'processID'
  | 'process'
  | 'warnings'
>
type JaegerProcess = Wire<'serviceName' | 'tags'>
/** A tag or log field; `type` is string, bool, int64, float64 or binary. */
type JaegerKeyValue = Wire<'key' | 'type' | 'value'>
type JaegerLog = Wire<'timestamp' | 'fields'>
type JaegerReference = Wire<'refType' | 'traceID' | 'spanID'>

export function isJaegerResponse(document: unknown): document is JaegerResponse {
  if (!isObject(document) || !Object.hasOwn(document, 'data')) return false
  return Array.isArray(document.data) || document.data === null
}

export function isJaegerTrace(document: unknown): document is JaegerTrace {
  return isObject(document) && Array.isArray(document.spans)
}

export function isJaegerSpanList(document: unknown): boolean {
  return Array.isArray(document) && document.some(item => isJaegerSpan(item) || isJaegerTrace(item))
}

function isJaegerSpan(value: unknown): boolean {
  return (
    isObject(value) && (Object.hasOwn(value, 'spanID') || Object.hasOwn(value, 'operationName'))
  )
}

/** Decodes any of the three Jaeger v1 shapes, appending to `into`. */
export function decodeJaegerDocument(document: unknown, into: DecodedSpans): void {
  if (isJaegerResponse(document)) {
    for (const trace of objectsIn(document.data)) decodeTrace(trace, into)
    const reported: JaegerError[] = objectsIn(document.errors)
    for (const error of reported) {
      const message = describeJaegerError(error)
      into.backendErrors.push(message)
      into.notes.push({ traceId: normalizeTraceId(error.traceID), message })
    }
  } else if (isJaegerTrace(document)) {
    decodeTrace(document, into)
  } else {
    for (const item of asArray(document)) {
      if (isJaegerTrace(item)) decodeTrace(item, into)
      else decodeSpan(item, undefined, into)
    }
  }
}

function describeJaegerError(error: JaegerError): string {
  const message = asString(error.msg) ?? jsonText(error)
  return error.code === undefined
    ? `Jaeger error: ${message}`
    : `Jaeger error: ${message} (code ${jsonText(error.code)})`
}

function decodeTrace(trace: JaegerTrace, into: DecodedSpans): void {
  const traceId = normalizeTraceId(trace.traceID)
  for (const warning of asArray(trace.warnings)) {
    into.notes.push({ traceId, message: `Jaeger: ${scalarOrJsonText(warning)}` })
  }
  const processes = isObject(trace.processes) ? trace.processes : undefined
  for (const span of asArray(trace.spans)) decodeSpan(span, processes, into)
}

function decodeSpan(raw: unknown, processes: JsonObject | undefined, into: DecodedSpans): void {
  const where = `span #${++into.spansRead}`
  if (!isObject(raw)) {
    const found = jsonText(raw).slice(0, 40)
    into.notes.push({ message: `skipped ${where}: expected an object, found ${found}` })
    return
  }
  const wire: JaegerSpan = raw
  const traceId = normalizeTraceId(wire.traceID)
  const spanId = normalizeSpanId(wire.spanID)
  if (traceId === undefined || spanId === undefined) {
    const field = traceId === undefined ? 'traceID' : 'spanID'
    const value = jsonText(wire[field]).slice(0, 80)
    into.notes.push({ traceId, message: `skipped ${where}: invalid ${field} ${value}` })
    return
  }
  const note = (message: string) =>
    into.notes.push({ traceId, message: `span ${spanId}: ${message}` })
  for (const warning of asArray(wire.warnings)) note(`Jaeger: ${scalarOrJsonText(warning)}`)
  into.spans.push(buildSpan(wire, traceId, spanId, processes, note))
}

function buildSpan(
  wire: JaegerSpan,
  traceId: string,
  spanId: string,
  processes: JsonObject | undefined,
  note: (message: string) => void
): Span {
  const attributes = decodeKeyValues(wire.tags)
  const span: Span = {
    traceId,
    spanId,
    name: asString(wire.operationName) ?? '',
    service: '',
    kind: takeKind(attributes),
    startTimeUnixMicros: asFiniteNumber(wire.startTime) ?? 0,
    durationMicros: asFiniteNumber(wire.duration) ?? 0,
    status: takeStatus(attributes),
    attributes,
    events: objectsIn(wire.logs).map(log => decodeLog(log)),
    resource: newAttributes()
  }
  const scope = takeScope(attributes)
  if (scope !== undefined) span.scope = scope

  const { parentSpanId, links } = decodeReferences(wire, traceId, note)
  if (parentSpanId !== undefined) span.parentSpanId = parentSpanId
  if (links.length > 0) span.links = links

  const process = findProcess(wire, processes)
  if (process !== undefined) {
    span.service = asString(process.serviceName) ?? ''
    span.resource = decodeResource(process)
  } else if (wire.processID !== undefined) {
    note(`no process ${jsonText(wire.processID).slice(0, 40)} in the trace's processes`)
  }
  return span
}

function findProcess(
  span: JaegerSpan,
  processes: JsonObject | undefined
): JaegerProcess | undefined {
  if (isObject(span.process)) return span.process
  if (processes === undefined || typeof span.processID !== 'string') return undefined
  const process = ownValue(processes, span.processID)
  return isObject(process) ? process : undefined
}

function decodeResource(process: JaegerProcess): Attributes {
  const resource = decodeKeyValues(process.tags)
  const serviceName = asString(process.serviceName)
  if (serviceName) resource['service.name'] = serviceName
  return resource
}

/**
 * The parent is the first CHILD_OF reference within the same trace (Jaeger's own rule);
 * every other reference, FOLLOWS_FROM or across traces, becomes a link.
 */
function decodeReferences(
  span: JaegerSpan,
  traceId: string,
  note: (message: string) => void
): { parentSpanId?: string; links: SpanLink[] } {
  let parentSpanId: string | undefined
  const links: SpanLink[] = []
  const references: JaegerReference[] = objectsIn(span.references)
  for (const reference of references) {
    const refTraceId = normalizeTraceId(reference.traceID)
    const refSpanId = normalizeSpanId(reference.spanID)
    if (refTraceId === undefined || refSpanId === undefined) {
      note(`ignored a reference with an invalid id`)
      continue
    }
    // CHILD_OF is the zero value of the enum, which some writers leave out.
    const isChildOf = reference.refType === undefined || reference.refType === 'CHILD_OF'
    if (parentSpanId === undefined && isChildOf && refTraceId === traceId) parentSpanId = refSpanId
    else links.push({ traceId: refTraceId, spanId: refSpanId, attributes: newAttributes() })
  }
  // Older writers put the parent in its own field instead of a reference.
  return { parentSpanId: parentSpanId ?? normalizeSpanId(span.parentSpanID), links }
}

function decodeLog(log: JaegerLog): SpanEvent {
  const attributes = decodeKeyValues(log.fields)
  const event = attributes['event']
  delete attributes['event']
  return {
    name: event === undefined ? '' : typeof event === 'string' ? event : jsonText(event),
    timeUnixMicros: asFiniteNumber(log.timestamp) ?? 0,
    attributes
  }
}

function decodeKeyValues(list: unknown): Attributes {
  const attributes = newAttributes()
  const items: JaegerKeyValue[] = objectsIn(list)
  for (const item of items) {
    if (typeof item.key === 'string') attributes[item.key] = keyValue(item)
  }
  return attributes
}

function keyValue(item: JaegerKeyValue): AttributeValue {
  const type = typeof item.type === 'string' ? item.type.toLowerCase() : 'string'
  switch (type) {
    case 'bool':
      return boolValue(item.value)
    case 'int64':
      return int64Value(item.value)
    case 'float64':
      return doubleValue(item.value)
    case 'binary':
      return scalarOrJsonText(item.value) // base64 text, kept as is
    default:
      // Jaeger's OTLP translator writes array and map attributes as JSON text.
      return typeof item.value === 'string'
        ? parseLosslessJson(item.value)
        : scalarOrJsonText(item.value)
  }
}

const KINDS: ReadonlyMap<string, SpanKind> = new Map([
  ['internal', 'internal'],
  ['server', 'server'],
  ['client', 'client'],
  ['producer', 'producer'],
  ['consumer', 'consumer']
])

function takeKind(attributes: Attributes): SpanKind {
  const value = attributes['span.kind']
  const kind = typeof value === 'string' ? KINDS.get(value.toLowerCase()) : undefined
  if (kind === undefined) return 'unspecified'
  delete attributes['span.kind']
  return kind
}

/**
 * `otel.status_code` (OK or ERROR) decides; without it an `error: true` tag means an error,
 * as Jaeger clients wrote before OTel. A boolean `error` tag is always consumed.
 */
function takeStatus(attributes: Attributes): SpanStatus {
  const statusCode = upperCase(attributes['otel.status_code'])
  const errorTag = attributes['error']
  let code: SpanStatus['code'] = 'unset'
  if (statusCode === 'OK' || statusCode === 'ERROR') {
    code = statusCode === 'OK' ? 'ok' : 'error'
    delete attributes['otel.status_code']
  } else if (errorTag === true) {
    code = 'error'
  }
  if (typeof errorTag === 'boolean') delete attributes['error']
  const status: SpanStatus = { code }
  const description = attributes['otel.status_description']
  if (code === 'error' && typeof description === 'string') {
    if (description !== '') status.message = description
    delete attributes['otel.status_description']
  }
  return status
}

/** `otel.scope.*`, or `otel.library.*` from translators that predate the rename. */
function takeScope(attributes: Attributes): InstrumentationScope | undefined {
  for (const prefix of ['otel.scope', 'otel.library']) {
    const name = takeString(attributes, `${prefix}.name`)
    if (name === undefined) continue
    const version = takeString(attributes, `${prefix}.version`)
    return version === undefined ? { name } : { name, version }
  }
  return undefined
}

function upperCase(value: AttributeValue | undefined): string | undefined {
  return typeof value === 'string' ? value.toUpperCase() : undefined
}

function takeString(attributes: Attributes, key: string): string | undefined {
  const value = attributes[key]
  if (typeof value !== 'string') return undefined
  delete attributes[key]
  return value
}
