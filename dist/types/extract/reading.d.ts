/**
 * The contract between the convention modules and the merge: each convention says what a
 * span is (`classify`) and what it records about the call (`read`), as a `CallReading`.
 */
import type { Span } from '../traces/model.js';
import type { Completion } from './completion.js';
import type { Conversation } from './messages.js';
import type { Convention, LlmCall, Message, RequestParams, TokenUsage, ToolCall, ToolDefinition } from './model.js';
/**
 * What a span is, in the eyes of one convention:
 * - `call`: a request to a model. A call span that contains another call span is only a
 *   wrapper of it (Vercel's `ai.generateText` around `doGenerate`).
 * - `wrapper`: never a call itself, but describes the calls inside it (OpenLLMetry
 *   workflows and tasks); when it holds exactly one, it fills that call's gaps.
 * - `other`: not a call and says nothing about one (tool execution, agents, chains,
 *   retrieval, embeddings).
 */
export type SpanRole = 'call' | 'wrapper' | 'other';
/** Everything one convention records about a call on one span; absent fields are unknown. */
export interface CallReading {
    convention: Convention;
    operation?: string;
    provider?: string;
    model?: string;
    responseModel?: string;
    system?: string;
    messages?: Message[];
    promptText?: string;
    output?: string;
    outputToolCalls?: ToolCall[];
    tools?: ToolDefinition[];
    finishReason?: string;
    usage?: TokenUsage;
    cost?: number;
    params?: RequestParams;
    error?: LlmCall['error'];
    /** Some content this reading holds was cut short. */
    truncated?: boolean;
}
export interface ConventionReader {
    convention: Convention;
    /** The span's role under this convention; `undefined` when the span carries none of its marks. */
    classify(span: Span): SpanRole | undefined;
    read(span: Span): CallReading;
}
/** Builds a reading, leaving out every field that is absent or empty. */
export declare function reading(convention: Convention, fields: Omit<CallReading, 'convention'>): CallReading;
/** The reading fields of an input conversation. */
export declare function conversationFields(conversation: Partial<Conversation> | undefined): Pick<CallReading, 'system' | 'messages'>;
/** The reading fields of an answer. */
export declare function completionFields(completion: Partial<Completion> | undefined): Pick<CallReading, 'output' | 'outputToolCalls' | 'finishReason'>;
/**
 * A prompt recorded as one string, with no roles: kept whole as `promptText`, and as the
 * single user turn of the conversation.
 */
export declare function promptTextFields(text: string | undefined): Pick<CallReading, 'promptText' | 'messages'>;
