import type { LlmCall } from '../extract/model.js';
/** Which production calls are worth a test. Every field is optional; all given must hold. */
export interface CallFilters {
    service?: string;
    /** Span name or recorded operation (`chat`, `text_completion`, …). */
    operation?: string;
    model?: string;
    provider?: string;
    minInputTokens?: number;
    minOutputTokens?: number;
    minTotalTokens?: number;
    /** true: only calls that answered with tool calls; false: only calls that did not. */
    withToolCalls?: boolean;
    /** true: only failed calls; false: only successful ones. */
    errored?: boolean;
    minLatencyMs?: number;
    minCost?: number;
    /**
     * Fraction of calls to keep, from 0 to 1. The choice hashes the span id, so the same
     * call is kept or dropped on every run: nightly exports do not churn.
     */
    sample?: number;
}
export declare function matchesFilters(call: LlmCall, filters: CallFilters): boolean;
