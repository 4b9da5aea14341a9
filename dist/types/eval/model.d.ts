/**
 * The eval engine's plain data: what goes to a model, what comes back, and how each answer
 * scored. Providers, the scheduler, the cache, scorers and the runner all speak these types.
 */
import type { Assertion } from '../dataset/format.js';
import type { RequestParams, ToolCall, ToolDefinition } from '../extract/model.js';
export type { RequestParams, ToolCall, ToolDefinition };
export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';
export interface ChatMessage {
    role: ChatRole;
    content: string;
    /** On an assistant message: the tools it called. */
    toolCalls?: ToolCall[];
    /** On a tool message: the call it answers. */
    toolCallId?: string;
    name?: string;
}
export interface ChatRequest {
    model: string;
    messages: ChatMessage[];
    tools?: ToolDefinition[];
    params: RequestParams;
}
export interface TokenCounts {
    input?: number;
    output?: number;
}
export interface ChatResponse {
    text: string;
    toolCalls: ToolCall[];
    usage: TokenCounts;
    finishReason?: string;
    /** The model the provider says answered. */
    model?: string;
}
/** What made a call fail, so the scheduler knows whether to retry and the report what to say. */
export type ProviderFailure = 'rate-limit' | 'server' | 'connection' | 'timeout' | 'auth' | 'client' | 'invalid-response';
export declare class ProviderError extends Error {
    readonly failure: ProviderFailure;
    readonly options: {
        status?: number;
        retryAfterMs?: number;
    };
    name: string;
    constructor(message: string, failure: ProviderFailure, options?: {
        status?: number;
        retryAfterMs?: number;
    });
    get retryable(): boolean;
}
export type ProviderKind = 'openai' | 'anthropic';
/** One model API. Implementations do one HTTP request per call: retries live in the scheduler. */
export interface Provider {
    readonly kind: ProviderKind;
    /** Printable (no credentials); part of the cache key. */
    readonly baseUrl: string;
    chat(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse>;
    /** Embeddings, where the API offers them (for `similar`). */
    embed?(texts: string[], model: string, signal: AbortSignal): Promise<number[][]>;
}
/** The outcome of asking a model once, through scheduler and cache. */
export type ModelCallResult = {
    ok: true;
    response: ChatResponse;
    /** Answered from the response cache: no request was made and no latency measured. */
    cached: boolean;
    /** Wall time of the request that produced the answer; absent for cache hits. */
    latencyMs?: number;
    costUsd?: number;
} | {
    ok: false;
    error: string;
    failure: ProviderFailure | 'config';
    attempts: number;
};
export interface AssertionResult {
    type: string;
    passed: boolean;
    /** Short and human-readable: why it passed or failed (`412 chars > max 300`). */
    reason: string;
    /** Numeric outcome where there is one (length, similarity, latency). */
    score?: number;
    /**
     * The scorer could not decide (the judge call failed, no judge configured, a regex timed out):
     * `passed` is false and `reason` starts with `error:`, but the answer was not shown to be bad,
     * so the runner counts an error, not a failure.
     */
    error?: true;
}
/** The assertion as written in the dataset, kept beside its result for the report. */
export interface ScoredAssertion extends AssertionResult {
    assertion: Assertion;
}
