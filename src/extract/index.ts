/**
 * LLM-call extraction: from a normalized trace, every LLM call as one `LlmCall`, whatever
 * convention recorded it, and every LLM span that recorded no content as a `SkippedSpan`.
 *
 * 1. `findCallSpans` decides which spans are calls (innermost LLM spans only) and which
 *    outer spans describe each of them.
 * 2. Every convention present on those spans reads what it records (`conventions/`).
 * 3. `mergeReadings` combines the readings by the precedence table in `precedence.ts`.
 */
import type { Span, Trace } from '../traces/model.js'
import { spanStartDate } from '../traces/model.js'
import { textAttribute } from './attributes.js'
import { findCallSpans } from './call-spans.js'
import { CONVENTION_READERS } from './conventions/index.js'
import type { ExtractionResult, LlmCall, SkippedSpan } from './model.js'
import { mergeReadings, type MergedFields } from './precedence.js'
import { providerFromModel } from './provider.js'
import type { CallReading } from './reading.js'
import { asNonEmptyText, compact, field } from './values.js'

export type {
  Convention,
  ExtractionResult,
  LlmCall,
  Message,
  MessageRole,
  RequestParams,
  SkippedSpan,
  TokenUsage,
  ToolCall,
  ToolDefinition
} from './model.js'
export { PRECEDENCE } from './precedence.js'

/** Every LLM call of the trace in span start order, and the LLM spans without content. */
export function extractLlmCalls(trace: Trace): ExtractionResult {
  const calls: LlmCall[] = []
  const skipped: SkippedSpan[] = []
  for (const { span, convention, wrappers } of findCallSpans(trace.spans)) {
    const call = buildCall(span, [span, ...wrappers].map(readSpan))
    if (call.hasContent) calls.push(call)
    else {
      skipped.push({
        traceId: span.traceId,
        spanId: span.spanId,
        spanName: span.name,
        reason: 'no-content',
        convention
      })
    }
  }
  return { calls, skipped }
}

/** What each convention present on the span records; a convention absent from it says nothing. */
function readSpan(span: Span): CallReading[] {
  return CONVENTION_READERS.filter(reader => reader.classify(span) !== undefined).map(reader =>
    reader.read(span)
  )
}

function buildCall(span: Span, readingsBySpan: CallReading[][]): LlmCall {
  const merged = mergeReadings(readingsBySpan)
  const error = callError(merged.error, spanError(span))
  return compact({
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
  })
}

function hasContent(fields: MergedFields): boolean {
  return (
    fields.system !== undefined ||
    fields.messages.length > 0 ||
    fields.promptText !== undefined ||
    fields.output !== undefined ||
    (fields.outputToolCalls?.length ?? 0) > 0
  )
}

type CallError = NonNullable<LlmCall['error']>

/**
 * The span failed: its status is an error, or it carries `error.type` (set by the GenAI
 * semconv only on failure). Details from the `exception` event when there is one.
 */
function spanError(span: Span): CallError | undefined {
  const type = textAttribute(span, 'error.type')
  if (span.status.code !== 'error' && type === undefined) return undefined
  const exception = span.events.find(event => event.name === 'exception')?.attributes ?? {}
  return compact({
    type: type ?? asNonEmptyText(field(exception, 'exception.type')),
    message:
      asNonEmptyText(span.status.message) ?? asNonEmptyText(field(exception, 'exception.message'))
  })
}

/** What the conventions said, completed by the span's own status. */
function callError(
  fromConventions: CallError | undefined,
  fromSpan: CallError | undefined
): CallError | undefined {
  if (fromConventions === undefined && fromSpan === undefined) return undefined
  return compact({
    type: fromConventions?.type ?? fromSpan?.type,
    message: fromConventions?.message ?? fromSpan?.message
  })
}

function isoStartTime(span: Span): string {
  const date = spanStartDate(span)
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString()
}

function latencyMs(span: Span): number {
  const micros = span.durationMicros
  return Number.isFinite(micros) && micros > 0 ? micros / 1000 : 0
}
