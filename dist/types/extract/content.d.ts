/**
 * The pieces messages are made of, in every shape the conventions write them: content as
 * text or as a list of typed parts, tool calls, tool results and tool definitions.
 */
import type { ToolCall, ToolDefinition } from './model.js';
import { type JsonRecord } from './values.js';
/** What a content part contributes to a message. */
export type PartKind = 'text' | 'tool-call' | 'tool-result' | 'skip';
/**
 * OTel GenAI `parts`, OpenAI/Anthropic content blocks, Vercel AI SDK parts. A part of an
 * unknown type still counts as text when it carries text, so new part types lose nothing.
 */
export declare function partKind(part: unknown): PartKind;
/**
 * The text of a message's content: a string, a list of parts (text parts joined with
 * newlines, other parts left out), or one part. Structured content that is not text
 * (a tool result object) becomes its JSON text.
 */
export declare function contentText(content: unknown, depth?: number): string;
/**
 * Content that some instrumentations store as JSON text of a parts list (OpenLLMetry writes
 * list content that way). Only a list of typed parts is unwrapped: a user who typed JSON
 * keeps their text.
 */
export declare function unwrapPartsText(content: unknown): unknown;
/** Tool-call arguments: parsed when they are JSON text, else the text; structured as they are. */
export declare function toolArguments(raw: unknown): unknown;
/**
 * A tool call in any of the shapes: OTel part `{type:'tool_call', id, name, arguments}`,
 * OpenAI `{id, function:{name, arguments}}`, Anthropic `{type:'tool_use', id, name, input}`,
 * Vercel `{toolCallId, toolName, args|input}`, LangChain `{id, name, args}`.
 */
export declare function toolCallOf(raw: unknown): ToolCall | undefined;
export declare function toolCallsOf(raw: unknown): ToolCall[];
/** What a tool returned, from a tool-result part (`response`, `result`, `output` or `content`). */
export declare function toolResultOf(part: JsonRecord): {
    toolCallId?: string;
    name?: string;
    content: string;
};
/**
 * A tool the model was offered: `{name, description, parameters}` with the schema under any
 * of the names in use (`parameters`, `input_schema`, `inputSchema`, `parameters_json_schema`),
 * or the OpenAI wrapper `{type:'function', function:{…}}`; JSON text of either.
 */
export declare function toolDefinitionOf(raw: unknown): ToolDefinition | undefined;
export declare function toolDefinitionsOf(raw: unknown): ToolDefinition[];
