/**
 * OpenLLMetry (Traceloop) before its move to the current OTel GenAI attributes: content in
 * indexed attributes (`gen_ai.prompt.{i}.role/content`, `gen_ai.completion.{i}.…` with
 * `tool_calls.{j}.name/arguments/id`), tools in `llm.request.functions.{i}.*`, the request
 * kind in `llm.request.type`, and `llm.usage.total_tokens`. LiteLLM writes the functions too.
 *
 * Its workflow, task and agent spans (`traceloop.span.kind`) are application functions,
 * never calls: `traceloop.entity.input/output` hold the function's arguments and result
 * (JSON, sometimes JSON inside a JSON string). When that is a chat request or response, it
 * can fill the gaps of the one call made inside.
 */
import type { Attributes, Span } from '../../traces/model.js'
import {
  countAttribute,
  hasAttributePrefix,
  indexedGroups,
  jsonAttribute,
  textAttribute,
  textListAttribute
} from '../attributes.js'
import { readCompletion } from '../completion.js'
import { toolDefinitionOf, unwrapPartsText } from '../content.js'
import { genAiOperationRole } from '../genai.js'
import { readMessages, splitSystem } from '../messages.js'
import { readRequestPayload, readResponsePayload } from '../payloads.js'
import {
  completionFields,
  conversationFields,
  reading,
  type CallReading,
  type ConventionReader
} from '../reading.js'
import { field, isRecord, nonEmptyList } from '../values.js'

const SPAN_KIND = 'traceloop.span.kind'
const REQUEST_TYPE = 'llm.request.type'
const PROMPT_PREFIX = 'gen_ai.prompt'
const COMPLETION_PREFIX = 'gen_ai.completion'
const FUNCTIONS_PREFIX = 'llm.request.functions'

const WRAPPER_KINDS = new Set(['workflow', 'task', 'agent'])
const NON_CALL_REQUEST_TYPES = new Set(['embedding', 'embeddings', 'rerank', 'unknown'])

export const openLlmetry: ConventionReader = {
  convention: 'openllmetry',

  classify(span) {
    const kind = textAttribute(span, SPAN_KIND)
    if (kind !== undefined) return WRAPPER_KINDS.has(kind) ? 'wrapper' : 'other'
    const requestType = textAttribute(span, REQUEST_TYPE)?.toLowerCase()
    if (requestType !== undefined) return NON_CALL_REQUEST_TYPES.has(requestType) ? 'other' : 'call'
    if (hasIndexedContent(span)) return 'call'
    return isTraceloopSpan(span) ? genAiOperationRole(span) : undefined
  },

  read(span) {
    const entity = textAttribute(span, SPAN_KIND) === undefined ? {} : readEntity(span)
    const prompts = indexedGroups(span.attributes, PROMPT_PREFIX).map(indexedMessage)
    const [firstCompletion] = indexedGroups(span.attributes, COMPLETION_PREFIX)
    const tools = indexedGroups(span.attributes, FUNCTIONS_PREFIX)
      .map(toolDefinitionOf)
      .filter(tool => tool !== undefined)
    return reading('openllmetry', {
      ...entity,
      ...conversationFields(prompts.length > 0 ? splitSystem(readMessages(prompts)) : undefined),
      ...completionFields(
        firstCompletion === undefined ? undefined : readCompletion(indexedMessage(firstCompletion))
      ),
      tools,
      operation: textAttribute(span, REQUEST_TYPE),
      usage: {
        total: countAttribute(span, 'llm.usage.total_tokens'),
        cachedInput: countAttribute(span, 'gen_ai.usage.cache_read_input_tokens')
      },
      params: { stop: nonEmptyList(textListAttribute(span, 'llm.chat.stop_sequences')) }
    })
  }
}

function hasIndexedContent(span: Span): boolean {
  return (
    hasAttributePrefix(span, `${PROMPT_PREFIX}.`) ||
    hasAttributePrefix(span, `${COMPLETION_PREFIX}.`)
  )
}

/** The Traceloop SDK tags every span it sees with the workflow or association it belongs to. */
function isTraceloopSpan(span: Span): boolean {
  return hasAttributePrefix(span, 'traceloop.')
}

/**
 * One indexed message as a chat-message record, so the shared reader normalizes it:
 * `content` (sometimes JSON text of a parts list), `tool_calls.{j}.*`, `tool_call_id`.
 */
function indexedMessage(group: Attributes): Record<string, unknown> {
  const toolCalls = indexedGroups(group, 'tool_calls')
  const message: Record<string, unknown> = {
    role: field(group, 'role'),
    content: unwrapPartsText(field(group, 'content')),
    tool_call_id: field(group, 'tool_call_id'),
    finish_reason: field(group, 'finish_reason')
  }
  if (toolCalls.length > 0) message['tool_calls'] = toolCalls
  return message
}

/** A workflow's input/output, when it is a chat request/response (`messages` / `choices`). */
function readEntity(span: Span): Omit<CallReading, 'convention'> {
  const input = jsonAttribute(span, 'traceloop.entity.input')?.value
  const output = jsonAttribute(span, 'traceloop.entity.output')?.value
  const request = holdsList(input, 'messages') ? readRequestPayload(input) : undefined
  const response = holdsList(output, 'choices') ? readResponsePayload(output) : undefined
  return {
    ...conversationFields(request),
    ...completionFields(response),
    model: request?.model,
    responseModel: response?.model,
    params: request?.params,
    usage: response?.usage
  }
}

function holdsList(value: unknown, key: string): boolean {
  return isRecord(value) && Array.isArray(field(value, key))
}
