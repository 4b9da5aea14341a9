/**
 * One LLM call as the rest of the pipeline sees it, whatever instrumentation recorded it.
 * Built by `extractLlmCalls` from normalized spans; plain data, safe to serialize.
 */
/** The instrumentation conventions extraction understands. */
export type Convention = 'toad-eye' | 'otel-genai' | 'otel-genai-deprecated' | 'openllmetry' | 'openinference' | 'vercel-ai' | 'langfuse' | 'langsmith' | 'logfire';
export type MessageRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool';
export interface ToolCall {
    id?: string;
    name: string;
    /** Parsed JSON when the arguments were JSON, else the raw text. */
    arguments?: unknown;
}
export interface Message {
    role: MessageRole;
    /** Text parts joined with newlines; '' for a message that only calls tools. */
    content: string;
    toolCalls?: ToolCall[];
    /** On a tool result: the id of the call it answers. */
    toolCallId?: string;
    /** Tool name on a tool result, or a participant name. */
    name?: string;
}
/** A tool the model was offered, as recorded (OpenAI function shape when known). */
export interface ToolDefinition {
    name: string;
    description?: string;
    /** JSON schema of the parameters. */
    parameters?: unknown;
}
export interface TokenUsage {
    input?: number;
    output?: number;
    total?: number;
    cachedInput?: number;
    reasoning?: number;
}
export interface RequestParams {
    temperature?: number;
    maxTokens?: number;
    topP?: number;
    stop?: string[];
    seed?: number;
}
export interface LlmCall {
    traceId: string;
    spanId: string;
    service: string;
    /** The span (operation) name. */
    spanName: string;
    /** ISO 8601 start time of the span. */
    startTime: string;
    latencyMs: number;
    /** Conventions that contributed fields, highest precedence first. */
    conventions: Convention[];
    /** `chat`, `text_completion`, `generate_content`, … as recorded. */
    operation?: string;
    /** Normalized lowercase provider name (`openai`, `anthropic`, `aws.bedrock`, …). */
    provider?: string;
    /** The requested model; `responseModel` is what the provider says answered. */
    model?: string;
    responseModel?: string;
    /** System prompt/instructions, separate from the conversation. */
    system?: string;
    /** The input conversation, system messages excluded. */
    messages: Message[];
    /**
     * The whole prompt when the convention records one string and no roles
     * (toad-eye's `gen_ai.toad_eye.prompt`, `input.value` text); `messages` then holds it as one user turn.
     */
    promptText?: string;
    /** The model's answer text; undefined when content was not recorded. */
    output?: string;
    outputToolCalls?: ToolCall[];
    tools?: ToolDefinition[];
    finishReason?: string;
    usage: TokenUsage;
    /** Cost in USD when the instrumentation recorded one. */
    cost?: number;
    params: RequestParams;
    /** Set when the call failed. */
    error?: {
        type?: string;
        message?: string;
    };
    /** True when any content (input or output) was recorded. */
    hasContent: boolean;
    /** True when some content was cut short by the backend (Tempo) or the instrumentation. */
    truncated?: boolean;
}
/** An LLM span that could not become a call, and why (reported, never silently dropped). */
export interface SkippedSpan {
    traceId: string;
    spanId: string;
    spanName: string;
    reason: 'no-content';
    /** The convention recognized, so the message can name the setting that turns content on. */
    convention?: Convention;
}
export interface ExtractionResult {
    calls: LlmCall[];
    skipped: SkippedSpan[];
}
