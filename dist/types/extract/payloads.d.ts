/**
 * Raw provider payloads that some conventions record whole: OpenInference's `input.value`
 * and `output.value`, Langfuse's observation input and output, OpenLLMetry's
 * `traceloop.entity.*`. Also the usage and parameter records they and LangChain carry,
 * under the key names of each provider and SDK.
 */
import { type Completion } from './completion.js';
import { type Conversation } from './messages.js';
import type { RequestParams, TokenUsage, ToolDefinition } from './model.js';
import { type JsonRecord } from './values.js';
export interface RequestPayload extends Partial<Conversation> {
    /** A prompt recorded as one string (completion APIs, plain-text inputs). */
    promptText?: string;
    model?: string;
    params: RequestParams;
    tools?: ToolDefinition[];
}
/**
 * A request: a chat body (`{model, messages, tools, temperature, …}`, Anthropic's separate
 * `system`), a bare list of messages, a completion body (`{prompt}`), or plain text.
 */
export declare function readRequestPayload(value: unknown): RequestPayload | undefined;
export interface ResponsePayload extends Partial<Completion> {
    model?: string;
    usage: TokenUsage;
}
/** A response: an OpenAI/Anthropic response body, or anything `readCompletion` reads. */
export declare function readResponsePayload(value: unknown): ResponsePayload | undefined;
/**
 * Token counts from a usage record: OpenAI (`prompt_tokens`, `…_details`), Anthropic
 * (`input_tokens`, `cache_read_input_tokens`), LangChain `usage_metadata`, Langfuse
 * `usage_details` (`input`, `output`, `total`), Vercel (`promptTokens`).
 */
export declare function usageFromRecord(record: JsonRecord | undefined): TokenUsage;
/**
 * Request parameters from a request body or an invocation-parameters record, under the
 * names of OpenAI, Anthropic, Gemini and the Vercel AI SDK.
 */
export declare function paramsFromRecord(record: JsonRecord | undefined): RequestParams;
