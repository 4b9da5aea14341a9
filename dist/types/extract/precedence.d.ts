/**
 * How the readings of one call are merged into one `LlmCall` when several conventions
 * describe it: two attribute families on one span (LiteLLM's `gen_ai.*` beside OpenLLMetry's
 * `llm.request.functions.*`), or an outer span around the call span (Vercel's
 * `ai.generateText` around `doGenerate`, an OpenLLMetry workflow around `openai.chat`).
 *
 * Rule: a value is taken from the first reading that has it, visiting
 *   1. spans from the call span outwards (the span of the request itself knows best), and
 *   2. within a span, conventions in the order of the `PRECEDENCE` row for that field.
 * The prompt (system, messages, prompt text) and the answer (text, tool calls) are each taken
 * whole from one reading, so two renderings of a prompt never mix. Everything else is merged
 * field by field: token counts counter by counter, request parameters one by one.
 */
import type { Convention, LlmCall } from './model.js';
import type { CallReading } from './reading.js';
/** The precedence table: for each group of fields, the conventions in the order they win. */
export declare const PRECEDENCE: {
    /** the prompt: system, messages, promptText (whole, from one reading) */
    readonly prompt: readonly Convention[];
    /** the answer: output, outputToolCalls (whole, from one reading) */
    readonly answer: readonly Convention[];
    /** tools offered */
    readonly tools: readonly Convention[];
    /** operation, provider, model, responseModel, finishReason: each on its own */
    readonly description: readonly Convention[];
    /** each token counter on its own */
    readonly usage: readonly Convention[];
    readonly cost: readonly Convention[];
    /** each request parameter on its own */
    readonly params: readonly Convention[];
    /** error type and message, each on its own (from the call span only) */
    readonly error: readonly Convention[];
};
export type MergedFields = Omit<LlmCall, 'traceId' | 'spanId' | 'service' | 'spanName' | 'startTime' | 'latencyMs' | 'hasContent'>;
/**
 * Merges the readings of a call: `readingsBySpan[0]` are the call span's, the rest its
 * wrappers', nearest first. Only the call span's readings say whether the call failed.
 */
export declare function mergeReadings(readingsBySpan: readonly (readonly CallReading[])[]): MergedFields;
