import { createHash } from 'node:crypto'
import type { LlmCall } from '../extract/model.js'

/** Which production calls are worth a test. Every field is optional; all given must hold. */
export interface CallFilters {
  service?: string
  /** Span name or recorded operation (`chat`, `text_completion`, …). */
  operation?: string
  model?: string
  provider?: string
  minInputTokens?: number
  minOutputTokens?: number
  minTotalTokens?: number
  /** true: only calls that answered with tool calls; false: only calls that did not. */
  withToolCalls?: boolean
  /** true: only failed calls; false: only successful ones. */
  errored?: boolean
  minLatencyMs?: number
  minCost?: number
  /**
   * Fraction of calls to keep, from 0 to 1. The choice hashes the span id, so the same
   * call is kept or dropped on every run: nightly exports do not churn.
   */
  sample?: number
}

export function matchesFilters(call: LlmCall, filters: CallFilters): boolean {
  const totalTokens = call.usage.total ?? (call.usage.input ?? 0) + (call.usage.output ?? 0)
  const checks: boolean[] = [
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
  ]
  return checks.every(Boolean)
}

function sampled(spanId: string, rate: number): boolean {
  if (rate >= 1) return true
  if (rate <= 0) return false
  const bucket = createHash('sha256').update(spanId).digest().readUInt32BE(0) / 0x1_0000_0000
  return bucket < rate
}
