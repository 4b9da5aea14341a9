/**
 * The legacy OTel GenAI events (semconv 1.28–1.36): one event per input message
 * (`gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.assistant.message`,
 * `gen_ai.tool.message`) and one per answer (`gen_ai.choice`). They reach us as span events
 * (fields in the attributes, or JSON in a `body` attribute) and, from Logfire/pydantic-ai,
 * as a JSON list in the `events` attribute (the event name under `event.name`).
 */
import { type Completion } from './completion.js';
import { type Conversation } from './messages.js';
import { type JsonRecord } from './values.js';
export interface GenAiEvent {
    name: string;
    /** The event's fields: its attributes, with those of a JSON `body` on top. */
    fields: JsonRecord;
}
export declare function isGenAiEventName(name: string): boolean;
/** An event's fields with its `body` (a map, or JSON text of one) merged over the attributes. */
export declare function eventFields(attributes: JsonRecord): JsonRecord;
export interface EventConversation extends Conversation {
    completion?: Completion;
}
/** The conversation and the first answer that a run of GenAI events describes. */
export declare function conversationFromEvents(events: readonly GenAiEvent[]): EventConversation | undefined;
