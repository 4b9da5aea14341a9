/**
 * LLM-call extraction: from a normalized trace, every LLM call as one `LlmCall`, whatever
 * convention recorded it, and every LLM span that recorded no content as a `SkippedSpan`.
 *
 * 1. `findCallSpans` decides which spans are calls (innermost LLM spans only) and which
 *    outer spans describe each of them.
 * 2. Every convention present on those spans reads what it records (`conventions/`).
 * 3. `mergeReadings` combines the readings by the precedence table in `precedence.ts`.
 */
import type { Trace } from '../traces/model.js';
import type { ExtractionResult } from './model.js';
export type { Convention, ExtractionResult, LlmCall, Message, MessageRole, RequestParams, SkippedSpan, TokenUsage, ToolCall, ToolDefinition } from './model.js';
export { PRECEDENCE } from './precedence.js';
/** Every LLM call of the trace in span start order, and the LLM spans without content. */
export declare function extractLlmCalls(trace: Trace): ExtractionResult;
