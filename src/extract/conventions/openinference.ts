/**
 * OpenInference (Arize Phoenix instrumentations). A span is an LLM call when
 * `openinference.span.kind` is `LLM`; other kinds (CHAIN, TOOL, AGENT, EMBEDDING, RETRIEVER,
 * …) are not calls. Messages are flattened into `llm.input_messages.{i}.message.*` and
 * `llm.output_messages.{i}.message.*` (text in `content` or in
 * `contents.{k}.message_content.*`, tool calls in `tool_calls.{k}.tool_call.*`); the raw
 * request and response are in `input.value` / `output.value` (JSON when the mime type says so).
 */
import type { Attributes, Span } from '../../traces/model.js'
import {
  countAttribute,
  indexedGroups,
  jsonAttribute,
  numberAttribute,
  textAttribute
} from '../attributes.js'
import { readCompletion } from '../completion.js'
import { toolDefinitionOf } from '../content.js'
import { readMessages, splitSystem } from '../messages.js'
import { normalizeProvider } from '../provider.js'
import {
  paramsFromRecord,
  readRequestPayload,
  readResponsePayload,
  type RequestPayload,
  type ResponsePayload
} from '../payloads.js'
import {
  completionFields,
  conversationFields,
  promptTextFields,
  reading,
  type CallReading,
  type ConventionReader
} from '../reading.js'
import { asNonEmptyText, field, isRecord } from '../values.js'

const SPAN_KIND = 'openinference.span.kind'
const INPUT_MESSAGES = 'llm.input_messages'
const OUTPUT_MESSAGES = 'llm.output_messages'

export const openInference: ConventionReader = {
  convention: 'openinference',

  classify(span) {
    const kind = textAttribute(span, SPAN_KIND)
    if (kind !== undefined) return kind.toUpperCase() === 'LLM' ? 'call' : 'other'
    return indexedGroups(span.attributes, INPUT_MESSAGES).length > 0 ? 'call' : undefined
  },

  read(span) {
    const input = readRawValue(span, 'input')
    const output = readRawValue(span, 'output')
    const request = typeof input.value === 'string' ? undefined : readRequestPayload(input.value)
    const response =
      typeof output.value === 'string' ? undefined : readResponsePayload(output.value)
    const invocation = jsonAttribute(span, 'llm.invocation_parameters')?.value
    const invocationParams = isRecord(invocation) ? invocation : undefined

    return reading('openinference', {
      ...inputFields(span, input, request),
      ...outputFields(span, output, response),
      model:
        asNonEmptyText(field(invocationParams, 'model')) ??
        request?.model ??
        textAttribute(span, 'llm.model_name'),
      responseModel: response?.model ?? textAttribute(span, 'llm.model_name'),
      provider: normalizeProvider(textAttribute(span, 'llm.provider', 'llm.system')),
      usage: {
        input: countAttribute(span, 'llm.token_count.prompt'),
        output: countAttribute(span, 'llm.token_count.completion'),
        total: countAttribute(span, 'llm.token_count.total'),
        cachedInput: countAttribute(span, 'llm.token_count.prompt_details.cache_read'),
        reasoning: countAttribute(span, 'llm.token_count.completion_details.reasoning')
      },
      params: invocationParams === undefined ? request?.params : paramsFromRecord(invocationParams),
      tools: readTools(span) ?? request?.tools,
      cost: numberAttribute(span, 'llm.cost.total'),
      truncated: input.truncated || output.truncated
    })
  }
}

type Fields = Omit<CallReading, 'convention'>

interface RawValue {
  /** Parsed JSON, or the text as recorded when it is not JSON (or the mime type says text). */
  value: unknown
  /** The value as recorded, as text. */
  text?: string
  truncated: boolean
}

/** `input.value` / `output.value`: JSON unless the mime type says text. */
function readRawValue(span: Span, name: 'input' | 'output'): RawValue {
  const json = jsonAttribute(span, `${name}.value`)
  if (json === undefined) return { value: undefined, truncated: false }
  const isText = textAttribute(span, `${name}.mime_type`) === 'text/plain'
  return { value: isText ? json.text : json.value, text: json.text, truncated: json.truncated }
}

/** The flattened messages first; the raw request when they were not recorded; else its text. */
function inputFields(span: Span, input: RawValue, request: RequestPayload | undefined): Fields {
  const messages = indexedGroups(span.attributes, INPUT_MESSAGES).map(flattenedMessage)
  if (messages.length > 0) return conversationFields(splitSystem(readMessages(messages)))
  if (request !== undefined) {
    return { ...conversationFields(request), ...promptTextFields(request.promptText) }
  }
  return promptTextFields(input.text)
}

/** The flattened output messages first; the raw response when they were not recorded; else its text. */
function outputFields(span: Span, output: RawValue, response: ResponsePayload | undefined): Fields {
  const [first] = indexedGroups(span.attributes, OUTPUT_MESSAGES).map(flattenedMessage)
  const answer =
    (first === undefined ? undefined : readCompletion(first)) ??
    (response?.text === undefined ? undefined : response) ??
    (output.text === undefined ? undefined : { text: output.text })
  const finishReason =
    textAttribute(span, 'llm.finish_reason') ?? answer?.finishReason ?? response?.finishReason
  return { ...completionFields(answer), finishReason }
}

/**
 * One `llm.*_messages.{i}` group as a chat-message record for the shared reader:
 * `message.content` or `message.contents.{k}.message_content.{type,text}`, tool calls from
 * `message.tool_calls.{k}.tool_call.{id,function.name,function.arguments}`.
 */
function flattenedMessage(group: Attributes): Record<string, unknown> {
  const contents = indexedGroups(group, 'message.contents').map(part => ({
    type: field(part, 'message_content.type'),
    text: field(part, 'message_content.text')
  }))
  const toolCalls = indexedGroups(group, 'message.tool_calls').map(call => ({
    id: field(call, 'tool_call.id'),
    function: {
      name: field(call, 'tool_call.function.name'),
      arguments: field(call, 'tool_call.function.arguments')
    }
  }))
  return {
    role: field(group, 'message.role'),
    content: contents.length > 0 ? contents : field(group, 'message.content'),
    tool_calls: toolCalls,
    tool_call_id: field(group, 'message.tool_call_id'),
    name: field(group, 'message.name')
  }
}

/** `llm.tools.{i}.tool.json_schema`: each tool as JSON text, usually OpenAI's wrapper shape. */
function readTools(span: Span): CallReading['tools'] {
  const tools = indexedGroups(span.attributes, 'llm.tools')
    .map(group => toolDefinitionOf(field(group, 'tool.json_schema')))
    .filter(tool => tool !== undefined)
  return tools.length > 0 ? tools : undefined
}
