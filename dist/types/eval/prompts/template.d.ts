import type { ChatMessage, ChatRole } from '../model.js';
/**
 * A prompt file, as a team keeps it in git:
 * - plain text or markdown: the system prompt; the case supplies the conversation;
 * - YAML/JSON with `messages: [{role, content}]`: a chat template;
 * - YAML with `system:` (like plain text) or toad-eye's `template:` (one user message).
 * `{{name}}` placeholders are filled from the case's variables.
 */
export type PromptTemplate = {
    kind: 'system';
    system: string;
    model?: PromptModel;
} | {
    kind: 'chat';
    messages: Array<{
        role: ChatRole;
        content: string;
    }>;
    model?: PromptModel;
};
/** A model named in the prompt file (toad-eye's `model: {provider, name}`): the suite's default. */
export interface PromptModel {
    name?: string;
    provider?: string;
}
export declare class PromptError extends Error {
    name: string;
}
export declare function parsePromptFile(text: string, path: string): PromptTemplate;
/** Fills `{{name}}` from variables; a placeholder without a value is an error, never empty text. */
export declare function fillPlaceholders(text: string, variables: Record<string, unknown>): string;
/** The conversation a case brings: its recorded messages, else its input as one user turn. */
export interface CaseConversation {
    input: string;
    variables: Record<string, unknown>;
    /** Recorded input conversation (more than one turn), system messages excluded. */
    messages?: ChatMessage[];
    /** The production system prompt, used when replaying without a prompt file. */
    system?: string;
}
/**
 * The messages to send for one case. Without a template, the recorded conversation is
 * replayed as is (how a model change is tested).
 */
export declare function renderPrompt(template: PromptTemplate | undefined, conversation: CaseConversation): ChatMessage[];
/**
 * toad-eye records the whole prompt as one text (system prompt, then the question). When
 * that text contains the base prompt's system text, what remains is the user's input, so
 * the base and head prompts are not sent the old system prompt twice.
 */
export declare function stripRecordedSystem(input: string, baseSystem: string | undefined): string;
