/**
 * Which spans of a trace are LLM calls. Each span gets the role the first convention that
 * recognizes it gives (see `CONVENTION_READERS` for the order). Then the tree decides:
 * a call span with another call span below it is a wrapper of that call (the innermost
 * span is the request itself), and wrappers lend their readings to a call only when it is
 * the one call below them: with several, whose prompt a wrapper holds is unknowable.
 */
import type { Span } from '../traces/model.js'
import { CONVENTION_READERS } from './conventions/index.js'
import type { Convention } from './model.js'
import type { SpanRole } from './reading.js'

export interface CallSpan {
  span: Span
  /** The convention that recognized the span as a call. */
  convention: Convention
  /** Spans around the call that describe only it, nearest first. */
  wrappers: Span[]
}

interface Classified {
  role: SpanRole
  convention: Convention
}

/** What the first convention that recognizes the span says it is. */
export function classifySpan(span: Span): Classified | undefined {
  for (const reader of CONVENTION_READERS) {
    const role = reader.classify(span)
    if (role !== undefined) return { role, convention: reader.convention }
  }
  return undefined
}

/** The call spans of a trace, innermost only, in start order. */
export function findCallSpans(spans: readonly Span[]): CallSpan[] {
  const byId = new Map(spans.map(span => [span.spanId, span]))
  const roles = new Map<string, Classified>()
  for (const span of spans) {
    const classified = classifySpan(span)
    if (classified !== undefined) roles.set(span.spanId, classified)
  }
  const isCall = (span: Span) => roles.get(span.spanId)?.role === 'call'
  const describesCalls = (span: Span) => {
    const role = roles.get(span.spanId)?.role
    return role === 'call' || role === 'wrapper'
  }
  const callsBelow = countCallsBelow(spans, byId, isCall)

  const calls: CallSpan[] = []
  for (const span of spans) {
    const classified = roles.get(span.spanId)
    if (classified?.role !== 'call' || (callsBelow.get(span.spanId) ?? 0) > 0) continue
    const wrappers = wrappersOf(span, byId, callsBelow).filter(describesCalls)
    calls.push({ span, convention: classified.convention, wrappers })
  }
  return calls.sort(byStartTime)
}

/**
 * For every span, how many call spans are below it. One pass over the tree, children before
 * parents, without recursion: traces can be deep. Spans caught in a parent cycle (malformed
 * data) are not reached and count none.
 */
function countCallsBelow(
  spans: readonly Span[],
  byId: ReadonlyMap<string, Span>,
  isCall: (span: Span) => boolean
): Map<string, number> {
  const children = new Map<string, Span[]>()
  const roots: Span[] = []
  for (const span of spans) {
    const parentId = span.parentSpanId
    if (parentId === undefined || !byId.has(parentId) || parentId === span.spanId) roots.push(span)
    else {
      const siblings = children.get(parentId)
      if (siblings === undefined) children.set(parentId, [span])
      else siblings.push(span)
    }
  }
  const order: Span[] = []
  const stack = [...roots]
  const visited = new Set<string>()
  while (stack.length > 0) {
    const span = stack.pop() as Span
    if (visited.has(span.spanId)) continue
    visited.add(span.spanId)
    order.push(span)
    for (const child of children.get(span.spanId) ?? []) stack.push(child)
  }
  const below = new Map<string, number>()
  for (const span of order.reverse()) {
    const parentId = span.parentSpanId
    if (parentId === undefined || !visited.has(parentId) || parentId === span.spanId) continue
    const own = (below.get(span.spanId) ?? 0) + (isCall(span) ? 1 : 0)
    below.set(parentId, (below.get(parentId) ?? 0) + own)
  }
  return below
}

/**
 * The ancestors that have this call and no other below them, nearest first. Counts only
 * grow going up, so the walk ends at the first ancestor with more than one call below.
 */
function wrappersOf(
  call: Span,
  byId: ReadonlyMap<string, Span>,
  callsBelow: ReadonlyMap<string, number>
): Span[] {
  const wrappers: Span[] = []
  const seen = new Set([call.spanId])
  let parent = call.parentSpanId === undefined ? undefined : byId.get(call.parentSpanId)
  while (parent !== undefined && !seen.has(parent.spanId) && callsBelow.get(parent.spanId) === 1) {
    wrappers.push(parent)
    seen.add(parent.spanId)
    parent = parent.parentSpanId === undefined ? undefined : byId.get(parent.parentSpanId)
  }
  return wrappers
}

function byStartTime(a: CallSpan, b: CallSpan): number {
  return a.span.startTimeUnixMicros - b.span.startTimeUnixMicros
}
