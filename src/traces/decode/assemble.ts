/**
 * The last step every wire format shares: spans grouped into traces, duplicates dropped,
 * possibly truncated values marked, and the decoders' notes attached as trace warnings.
 */
import type { Attributes, Span, Trace } from '../model.js'
import { sameValue } from './values.js'

/** Something a decoder noticed; with a trace id it concerns that trace only, else every trace. */
export interface DecodeNote {
  traceId?: string
  message: string
}

/** What a wire-format decoder hands back: spans in source order and what it worked around. */
export interface DecodedSpans {
  spans: Span[]
  notes: DecodeNote[]
  /** Errors the backend reported in its response (`trace not found`); also among the notes. */
  backendErrors: string[]
  /** Span entries read so far, good or not; numbers skipped ones in messages (`span #3`). */
  spansRead: number
}

export function emptyDecodedSpans(): DecodedSpans {
  return { spans: [], notes: [], backendErrors: [], spansRead: 0 }
}

export interface AssembleOptions {
  /** The backend's attribute size limit; string values this long (or within 3 bytes of it) may be cut. */
  truncationLimitBytes?: number
}

/** Tempo cuts at a UTF-8 character boundary, so a cut value can end up to 3 bytes short of the limit. */
const TRUNCATION_SLACK_BYTES = 3

export function assembleTraces(decoded: DecodedSpans, options: AssembleOptions = {}): Trace[] {
  const traces = new Map<string, TraceBuilder>()
  for (const span of decoded.spans) {
    builderFor(traces, span.traceId).add(markTruncated(span, options.truncationLimitBytes))
  }
  for (const note of decoded.notes) {
    const target = note.traceId === undefined ? undefined : traces.get(note.traceId)
    for (const builder of target === undefined ? traces.values() : [target])
      builder.warn(note.message)
  }
  return [...traces.values()].map(builder => builder.build())
}

/**
 * Joins traces that share an id (one trace split over several files), keeping first-seen
 * order; a span listed twice with the same content is kept once, as within one file.
 */
export function mergeTraces(traces: Trace[]): Trace[] {
  const merged = new Map<string, TraceBuilder>()
  for (const trace of traces) {
    const builder = builderFor(merged, trace.traceId)
    for (const span of trace.spans) builder.add(span)
    for (const warning of trace.warnings ?? []) builder.warn(warning)
  }
  return [...merged.values()].map(builder => builder.build())
}

function builderFor(builders: Map<string, TraceBuilder>, traceId: string): TraceBuilder {
  let builder = builders.get(traceId)
  if (builder === undefined) {
    builder = new TraceBuilder(traceId)
    builders.set(traceId, builder)
  }
  return builder
}

class TraceBuilder {
  private readonly spans: Span[] = []
  private readonly spansById = new Map<string, Span[]>()
  private readonly warnings: string[] = []

  constructor(private readonly traceId: string) {}

  /** Keeps the span unless an identical one is already here (exporters and stores do repeat spans). */
  add(span: Span): void {
    const sameId = this.spansById.get(span.spanId)
    if (sameId === undefined) {
      this.spansById.set(span.spanId, [span])
    } else {
      if (sameId.some(kept => isSameSpan(kept, span))) return
      if (sameId.length === 1) {
        this.warn(
          `span ${span.spanId} appears more than once with different content; kept every version`
        )
      }
      sameId.push(span)
    }
    this.spans.push(span)
  }

  warn(message: string): void {
    this.warnings.push(message)
  }

  build(): Trace {
    const trace: Trace = { traceId: this.traceId, spans: this.spans }
    if (this.warnings.length > 0) trace.warnings = this.warnings
    return trace
  }
}

function isSameSpan(a: Span, b: Span): boolean {
  return (
    a.name === b.name &&
    a.startTimeUnixMicros === b.startTimeUnixMicros &&
    a.durationMicros === b.durationMicros &&
    sameValue(a.attributes, b.attributes)
  )
}

/**
 * Lists the string attributes that may have been cut at `limitBytes`: span attributes by
 * their key, event attributes as `events[<index>].<key>` (event names may be empty or repeat).
 */
function markTruncated(span: Span, limitBytes: number | undefined): Span {
  if (limitBytes === undefined) return span
  const threshold = limitBytes - TRUNCATION_SLACK_BYTES
  const keys = longStringKeys(span.attributes, threshold)
  span.events.forEach((event, index) => {
    for (const key of longStringKeys(event.attributes, threshold))
      keys.push(`events[${index}].${key}`)
  })
  return keys.length > 0 ? { ...span, truncatedAttributes: keys } : span
}

function longStringKeys(attributes: Attributes, thresholdBytes: number): string[] {
  return Object.keys(attributes).filter(key => {
    const value = attributes[key]
    return typeof value === 'string' && Buffer.byteLength(value, 'utf8') >= thresholdBytes
  })
}
