import type { ToolCall } from './model.js';
import { type JsonRecord } from './values.js';
export interface Completion {
    /** The answer text; '' when the model only called tools. */
    text: string;
    toolCalls?: ToolCall[];
    finishReason?: string;
}
/** The first choice's answer; `undefined` when the value holds no recognizable answer. */
export declare function readCompletion(value: unknown, depth?: number): Completion | undefined;
/** `finish_reason` (OpenAI, OTel), `stop_reason` (Anthropic), `finishReason` (Vercel, Gemini). */
export declare function finishReasonOf(record: JsonRecord | undefined): string | undefined;
