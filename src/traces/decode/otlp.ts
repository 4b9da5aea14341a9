/**
 * OTLP/JSON traces: `TracesData` / `ExportTraceServiceRequest` and the `ResourceSpans` lists
 * that Jaeger api_v3 and Tempo wrap. Writers disagree on the details the spec leaves to
 * protobuf JSON mappers, so this reads all of them: hex or base64 ids, enum numbers or
 * names, 64-bit integers as numbers or text, camelCase or snake_case keys, and the
 * pre-1.0 `instrumentationLibrarySpans`.
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
  type SpanStatus,
  type StatusCode
} from '../model.js'
import type { DecodedSpans } from './assemble.js'
import {
  MAX_VALUE_DEPTH,
  asArray,
  asString,
  boolValue,
  doubleValue,
  field,
  int64Value,
  isObject,
  jsonText,
  objectsIn,
  scalarOrJsonText,
  type Wire
} from './values.js'

type OtlpTracesData = Wire<'resourceSpans'>
type OtlpResourceSpans = Wire<'resource' | 'scopeSpans' | 'instrumentationLibrarySpans'>
type OtlpResource = Wire<'attributes'>
type OtlpScopeSpans = Wire<'scope' | 'instrumentationLibrary' | 'spans'>
type OtlpScope = Wire<'name' | 'version'>
type OtlpSpan = Wire<
  | 'traceId'
  | 'spanId'
  | 'parentSpanId'
  | 'name'
  | 'kind'
  | 'startTimeUnixNano'
  | 'endTimeUnixNano'
  | 'attributes'
  | 'events'
  | 'links'
  | 'status'
>
type OtlpEvent = Wire<'timeUnixNano' | 'name' | 'attributes'>
type OtlpLink = Wire<'traceId' | 'spanId' | 'attributes'>
type OtlpStatus = Wire<'code' | 'message'>
type OtlpKeyValue = Wire<'key' | 'value'>
type OtlpAnyValue = Wire<
  | 'stringValue'
  | 'boolValue'
  | 'intValue'
  | 'doubleValue'
  | 'bytesValue'
  | 'arrayValue'
  | 'kvlistValue'
>
type OtlpValueList = Wire<'values'>

/** Whether the document is `{resourceSpans: […]}` (or `resource_spans`). */
export function isOtlpTracesData(document: unknown): document is OtlpTracesData {
  return isObject(document) && Array.isArray(field(document, 'resourceSpans'))
}

/** The `resourceSpans` of a `TracesData` object; `[]` when it has none. */
export function resourceSpansOf(tracesData: unknown): unknown[] {
  return isObject(tracesData) ? asArray(field(tracesData, 'resourceSpans')) : []
}

/** Decodes a list of `ResourceSpans`, appending the spans and notes to `into`. */
export function decodeResourceSpans(list: unknown, into: DecodedSpans): void {
  const resourceSpansList: OtlpResourceSpans[] = objectsIn(list)
  for (const resourceSpans of resourceSpansList) {
    const resource = decodeResource(field(resourceSpans, 'resource'))
    const serviceName = resource['service.name']
    const service = typeof serviceName === 'string' ? serviceName : ''
    const scopeSpansList: OtlpScopeSpans[] = objectsIn(
      field(resourceSpans, 'scopeSpans') ?? field(resourceSpans, 'instrumentationLibrarySpans')
    )
    for (const scopeSpans of scopeSpansList) {
      const scope = decodeScope(
        field(scopeSpans, 'scope') ?? field(scopeSpans, 'instrumentationLibrary')
      )
      const inherited: Inherited = { resource, service, scope }
      for (const span of asArray(field(scopeSpans, 'spans'))) decodeSpan(span, inherited, into)
    }
  }
}

/** What a span takes from the `ResourceSpans` and `ScopeSpans` that hold it. */
interface Inherited {
  resource: Attributes
  service: string
  scope: InstrumentationScope | undefined
}

function decodeResource(raw: unknown): Attributes {
  const resource: OtlpResource = isObject(raw) ? raw : {}
  return decodeKeyValues(field(resource, 'attributes'))
}

function decodeScope(raw: unknown): InstrumentationScope | undefined {
  if (!isObject(raw)) return undefined
  const wire: OtlpScope = raw
  const name = asString(field(wire, 'name'))
  if (!name) return undefined
  const version = asString(field(wire, 'version'))
  return version ? { name, version } : { name }
}

function decodeSpan(raw: unknown, inherited: Inherited, into: DecodedSpans): void {
  const where = `span #${++into.spansRead}`
  if (!isObject(raw)) {
    const found = jsonText(raw).slice(0, 40)
    into.notes.push({ message: `skipped ${where}: expected an object, found ${found}` })
    return
  }
  const wire: OtlpSpan = raw
  const traceId = normalizeTraceId(field(wire, 'traceId'))
  const spanId = normalizeSpanId(field(wire, 'spanId'))
  if (traceId === undefined || spanId === undefined) {
    const key = traceId === undefined ? 'traceId' : 'spanId'
    const value = jsonText(field(wire, key)).slice(0, 80)
    into.notes.push({ traceId, message: `skipped ${where}: invalid ${key} ${value}` })
    return
  }
  const note = (message: string) =>
    into.notes.push({ traceId, message: `span ${spanId}: ${message}` })
  into.spans.push(buildSpan(wire, traceId, spanId, inherited, note))
}

function buildSpan(
  wire: OtlpSpan,
  traceId: string,
  spanId: string,
  inherited: Inherited,
  note: (message: string) => void
): Span {
  const startNanos = nanoseconds(field(wire, 'startTimeUnixNano')) ?? 0n
  const endNanos = nanoseconds(field(wire, 'endTimeUnixNano')) ?? startNanos
  const span: Span = {
    traceId,
    spanId,
    name: asString(field(wire, 'name')) ?? '',
    service: inherited.service,
    kind: decodeKind(field(wire, 'kind')),
    startTimeUnixMicros: Number(startNanos / 1000n),
    // From the nanosecond difference, as Jaeger computes it, so no precision is lost on the way.
    durationMicros: endNanos > startNanos ? Number((endNanos - startNanos) / 1000n) : 0,
    status: decodeStatus(field(wire, 'status')),
    attributes: decodeKeyValues(field(wire, 'attributes')),
    events: objectsIn(field(wire, 'events')).map(event => decodeEvent(event)),
    resource: inherited.resource
  }
  if (inherited.scope !== undefined) span.scope = inherited.scope

  const rawParent = field(wire, 'parentSpanId')
  const parentSpanId = normalizeSpanId(rawParent)
  if (parentSpanId !== undefined) {
    span.parentSpanId = parentSpanId
  } else if (!isEmptyId(rawParent)) {
    note(`ignored invalid parentSpanId ${jsonText(rawParent).slice(0, 40)}`)
  }

  const links = decodeLinks(field(wire, 'links'), note)
  if (links.length > 0) span.links = links
  return span
}

/** Absent, empty or all zeros (hex or base64): the way writers say "no parent". */
function isEmptyId(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && /^[0A=]*$/.test(raw))
}

const NANOSECONDS = /^\d{1,30}$/

/** A `fixed64` nanosecond time, as JSON text (the spec) or a number (some writers). */
function nanoseconds(raw: unknown): bigint | undefined {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) && raw >= 0 ? BigInt(Math.trunc(raw)) : undefined
  }
  if (typeof raw !== 'string') return undefined
  const text = raw.trim()
  return NANOSECONDS.test(text) ? BigInt(text) : undefined
}

const KINDS: readonly SpanKind[] = [
  'unspecified',
  'internal',
  'server',
  'client',
  'producer',
  'consumer'
]

/** `kind` as the enum number (`2`) or name (`"SPAN_KIND_SERVER"`). */
function decodeKind(raw: unknown): SpanKind {
  return enumValue(raw, 'SPAN_KIND_', KINDS) ?? 'unspecified'
}

const STATUS_CODES: readonly StatusCode[] = ['unset', 'ok', 'error']

function decodeStatus(raw: unknown): SpanStatus {
  if (!isObject(raw)) return { code: 'unset' }
  const wire: OtlpStatus = raw
  const status: SpanStatus = {
    code: enumValue(field(wire, 'code'), 'STATUS_CODE_', STATUS_CODES) ?? 'unset'
  }
  const message = asString(field(wire, 'message'))
  if (message) status.message = message
  return status
}

/** An enum by number or by its protobuf name (`prefix` + value); `values` are in enum order. */
function enumValue<T extends string>(
  raw: unknown,
  prefix: string,
  values: readonly T[]
): T | undefined {
  if (typeof raw === 'number') return values[raw]
  if (typeof raw !== 'string') return undefined
  const name = raw.toLowerCase().replace(prefix.toLowerCase(), '')
  return (
    values.find(value => value === name) ?? (/^\d+$/.test(raw) ? values[Number(raw)] : undefined)
  )
}

function decodeEvent(raw: OtlpEvent): SpanEvent {
  return {
    name: asString(field(raw, 'name')) ?? '',
    timeUnixMicros: Number((nanoseconds(field(raw, 'timeUnixNano')) ?? 0n) / 1000n),
    attributes: decodeKeyValues(field(raw, 'attributes'))
  }
}

function decodeLinks(raw: unknown, note: (message: string) => void): SpanLink[] {
  const links: SpanLink[] = []
  const wireLinks: OtlpLink[] = objectsIn(raw)
  for (const link of wireLinks) {
    const traceId = normalizeTraceId(field(link, 'traceId'))
    const spanId = normalizeSpanId(field(link, 'spanId'))
    if (traceId === undefined || spanId === undefined) {
      note('ignored a link with an invalid id')
      continue
    }
    links.push({ traceId, spanId, attributes: decodeKeyValues(field(link, 'attributes')) })
  }
  return links
}

/** A `KeyValue` list as an attribute map; later duplicates of a key win. */
function decodeKeyValues(list: unknown, depth = 0): Attributes {
  const attributes = newAttributes()
  const items: OtlpKeyValue[] = objectsIn(list)
  for (const item of items) {
    const key = field(item, 'key')
    if (typeof key === 'string') attributes[key] = anyValue(field(item, 'value'), depth)
  }
  return attributes
}

/**
 * An `AnyValue`. Nesting deeper than `MAX_VALUE_DEPTH` is kept as JSON text, so a hostile
 * file cannot exhaust the stack; an empty value (`{}`) is `null`.
 */
function anyValue(raw: unknown, depth: number): AttributeValue {
  if (!isObject(raw)) return scalarOrJsonText(raw)
  const wire: OtlpAnyValue = raw
  const stringValue = field(wire, 'stringValue')
  if (stringValue !== undefined) return scalarOrJsonText(stringValue)
  const bool = field(wire, 'boolValue')
  if (bool !== undefined) return boolValue(bool)
  const int = field(wire, 'intValue')
  if (int !== undefined) return int64Value(int)
  const double = field(wire, 'doubleValue')
  if (double !== undefined) return doubleValue(double)
  const bytes = field(wire, 'bytesValue')
  if (bytes !== undefined) return scalarOrJsonText(bytes) // base64 text, kept as is
  const array = field(wire, 'arrayValue')
  if (array !== undefined) {
    if (depth >= MAX_VALUE_DEPTH) return jsonText(array)
    return asArray(valuesOf(array)).map(item => anyValue(item, depth + 1))
  }
  const kvlist = field(wire, 'kvlistValue')
  if (kvlist !== undefined) {
    if (depth >= MAX_VALUE_DEPTH) return jsonText(kvlist)
    return decodeKeyValues(valuesOf(kvlist), depth + 1)
  }
  return null
}

function valuesOf(list: unknown): unknown {
  if (!isObject(list)) return undefined
  const wire: OtlpValueList = list
  return field(wire, 'values')
}
