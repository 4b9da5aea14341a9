/**
 * The pieces messages are made of, in every shape the conventions write them: content as
 * text or as a list of typed parts, tool calls, tool results and tool definitions.
 */
import type { ToolCall, ToolDefinition } from './model.js'
import { parseEmbeddedJson } from './json.js'
import {
  asList,
  asNonEmptyText,
  asText,
  field,
  firstField,
  isRecord,
  jsonText,
  recordField,
  type JsonRecord
} from './values.js'

/** What a content part contributes to a message. */
export type PartKind = 'text' | 'tool-call' | 'tool-result' | 'skip'

const TOOL_CALL_PARTS = new Set(['tool_call', 'tool-call', 'tool_use', 'function_call'])
const TOOL_RESULT_PARTS = new Set([
  'tool_call_response',
  'tool-result',
  'tool_result',
  'function_call_output'
])
/** Parts that are not the message's text: the model's reasoning, and media. */
const NON_TEXT_PARTS = new Set([
  'reasoning',
  'thinking',
  'redacted_thinking',
  'image',
  'image_url',
  'input_image',
  'audio',
  'input_audio',
  'file',
  'blob',
  'uri'
])

/**
 * OTel GenAI `parts`, OpenAI/Anthropic content blocks, Vercel AI SDK parts. A part of an
 * unknown type still counts as text when it carries text, so new part types lose nothing.
 */
export function partKind(part: unknown): PartKind {
  if (typeof part === 'string') return 'text'
  if (!isRecord(part)) return 'skip'
  const type = asText(field(part, 'type'))
  if (type !== undefined && TOOL_CALL_PARTS.has(type)) return 'tool-call'
  if (type !== undefined && TOOL_RESULT_PARTS.has(type)) return 'tool-result'
  if (type !== undefined && NON_TEXT_PARTS.has(type)) return 'skip'
  return partText(part) === undefined ? 'skip' : 'text'
}

function partText(part: JsonRecord): string | undefined {
  return asText(field(part, 'text')) ?? asText(field(part, 'content'))
}

const MAX_CONTENT_DEPTH = 8

/**
 * The text of a message's content: a string, a list of parts (text parts joined with
 * newlines, other parts left out), or one part. Structured content that is not text
 * (a tool result object) becomes its JSON text.
 */
export function contentText(content: unknown, depth = 0): string {
  if (content === undefined || content === null) return ''
  const text = asText(content)
  if (text !== undefined) return text
  if (depth >= MAX_CONTENT_DEPTH) return jsonText(content)
  if (Array.isArray(content)) {
    return content
      .filter(part => partKind(part) === 'text')
      .map(part => contentText(part, depth + 1))
      .join('\n')
  }
  if (isRecord(content)) {
    const inner = firstField(content, ['text', 'content'])
    if (inner !== undefined) return contentText(inner, depth + 1)
  }
  return jsonText(content)
}

/**
 * Content that some instrumentations store as JSON text of a parts list (OpenLLMetry writes
 * list content that way). Only a list of typed parts is unwrapped: a user who typed JSON
 * keeps their text.
 */
export function unwrapPartsText(content: unknown): unknown {
  if (typeof content !== 'string' || !content.trimStart().startsWith('[')) return content
  const { value } = parseEmbeddedJson(content)
  const isPartsList =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(part => isRecord(part) && 'type' in part)
  return isPartsList ? value : content
}

/** Tool-call arguments: parsed when they are JSON text, else the text; structured as they are. */
export function toolArguments(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined
  return parseEmbeddedJson(raw).value
}

/**
 * A tool call in any of the shapes: OTel part `{type:'tool_call', id, name, arguments}`,
 * OpenAI `{id, function:{name, arguments}}`, Anthropic `{type:'tool_use', id, name, input}`,
 * Vercel `{toolCallId, toolName, args|input}`, LangChain `{id, name, args}`.
 */
export function toolCallOf(raw: unknown): ToolCall | undefined {
  const call = parseEmbeddedJson(raw).value
  if (!isRecord(call)) return undefined
  const fn = recordField(call, 'function') ?? call
  const name = asNonEmptyText(firstField(fn, ['name', 'toolName']))
  if (name === undefined) return undefined
  const id = asNonEmptyText(firstField(call, ['id', 'toolCallId', 'tool_call_id', 'call_id']))
  const args = toolArguments(firstField(fn, ['arguments', 'args', 'input']))
  return {
    ...(id === undefined ? {} : { id }),
    name,
    ...(args === undefined ? {} : { arguments: args })
  }
}

export function toolCallsOf(raw: unknown): ToolCall[] {
  return asList(parseEmbeddedJson(raw).value)
    .map(toolCallOf)
    .filter(call => call !== undefined)
}

/** What a tool returned, from a tool-result part (`response`, `result`, `output` or `content`). */
export function toolResultOf(part: JsonRecord): {
  toolCallId?: string
  name?: string
  content: string
} {
  const toolCallId = asNonEmptyText(
    firstField(part, ['id', 'toolCallId', 'tool_use_id', 'tool_call_id', 'call_id'])
  )
  const name = asNonEmptyText(firstField(part, ['name', 'toolName']))
  const result = firstField(part, ['response', 'result', 'output', 'content'])
  return {
    ...(toolCallId === undefined ? {} : { toolCallId }),
    ...(name === undefined ? {} : { name }),
    content: contentText(vercelToolOutput(result))
  }
}

/** Vercel AI SDK 5 wraps tool output as `{type:'json'|'text', value}`. */
function vercelToolOutput(result: unknown): unknown {
  if (!isRecord(result) || !Object.hasOwn(result, 'value')) return result
  const type = asText(field(result, 'type'))
  return type === 'json' || type === 'text' ? field(result, 'value') : result
}

/**
 * A tool the model was offered: `{name, description, parameters}` with the schema under any
 * of the names in use (`parameters`, `input_schema`, `inputSchema`, `parameters_json_schema`),
 * or the OpenAI wrapper `{type:'function', function:{…}}`; JSON text of either.
 */
export function toolDefinitionOf(raw: unknown): ToolDefinition | undefined {
  const definition = parseEmbeddedJson(raw).value
  if (!isRecord(definition)) return undefined
  const fn = recordField(definition, 'function') ?? definition
  const name = asNonEmptyText(field(fn, 'name'))
  if (name === undefined) return undefined
  const description = asNonEmptyText(field(fn, 'description'))
  const schema = firstField(fn, [
    'parameters',
    'input_schema',
    'inputSchema',
    'parameters_json_schema',
    'json_schema'
  ])
  const parameters = schema === undefined ? undefined : parseEmbeddedJson(schema).value
  return {
    name,
    ...(description === undefined ? {} : { description }),
    ...(parameters === undefined ? {} : { parameters })
  }
}

export function toolDefinitionsOf(raw: unknown): ToolDefinition[] {
  return asList(parseEmbeddedJson(raw).value)
    .map(toolDefinitionOf)
    .filter(definition => definition !== undefined)
}
