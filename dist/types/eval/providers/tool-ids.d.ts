/**
 * Both APIs link each tool result to the call it answers by id, but recorded conversations
 * do not always carry ids. This fills them in: calls without an id get a stable one, and a
 * result without an id answers the earliest unanswered call before it.
 */
import type { ChatMessage } from '../model.js';
export declare function withToolCallIds(messages: readonly ChatMessage[]): ChatMessage[];
/** Tool arguments as a JSON object string, however they were recorded. */
export declare function argumentsText(args: unknown): string;
/** Tool arguments as an object (Anthropic's `input`); text that is not a JSON object gives `{}`. */
export declare function argumentsObject(args: unknown): Record<string, unknown>;
/** Parsed JSON when the text is JSON, else the text itself (the `ToolCall.arguments` rule). */
export declare function parsedArguments(text: string): unknown;
