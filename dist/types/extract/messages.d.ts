import type { Message, MessageRole } from './model.js';
/** A role name as any convention spells it; `undefined` when it names no known role. */
export declare function roleOf(name: unknown): MessageRole | undefined;
/** Messages from a list, or from a request body that holds one under `messages`. */
export declare function readMessages(value: unknown): Message[];
/**
 * One recorded message. It may become several: tool results that a provider nests inside
 * a user message (Anthropic `tool_result` blocks) become `tool` messages of their own.
 * `fallbackRole` is used when the message names no role (event records name it instead).
 */
export declare function readMessage(raw: unknown, fallbackRole?: MessageRole): Message[];
export interface Conversation {
    /** The system messages' text, joined with newlines. */
    system?: string;
    /** Everything else, in order. */
    messages: Message[];
}
/** Separates the system prompt from the conversation, as `LlmCall` keeps them. */
export declare function splitSystem(messages: Message[]): Conversation;
/** System texts recorded in several places, in order, joined with newlines. */
export declare function joinSystem(...texts: (string | undefined)[]): string | undefined;
