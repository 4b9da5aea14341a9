import type { Span, Trace } from './model.js'

/**
 * Joins traces that share an id (one trace split over files or response chunks), keeping
 * first-seen order. A span listed twice with the same content is kept once.
 */
export function mergeTraces(traces: Trace[]): Trace[] {
  const byId = new Map<string, Trace>()
  for (const trace of traces) {
    const existing = byId.get(trace.traceId)
    if (!existing) {
      byId.set(trace.traceId, { ...trace, spans: [...trace.spans] })
      continue
    }
    existing.spans.push(...trace.spans)
    if (trace.warnings?.length)
      existing.warnings = [...(existing.warnings ?? []), ...trace.warnings]
  }
  for (const trace of byId.values()) trace.spans = withoutDuplicateSpans(trace.spans)
  return [...byId.values()]
}

function withoutDuplicateSpans(spans: Span[]): Span[] {
  const seen = new Set<string>()
  return spans.filter(span => {
    const key = `${span.spanId}:${span.startTimeUnixMicros}:${span.durationMicros}:${span.name}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
