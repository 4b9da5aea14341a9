/**
 * Raw provider payloads that some conventions record whole: OpenInference's `input.value`
 * and `output.value`, Langfuse's observation input and output, OpenLLMetry's
 * `traceloop.entity.*`. Also the usage and parameter records they and LangChain carry,
 * under the key names of each provider and SDK.
 */
import { readCompletion, type Completion } from './completion.js'
import { contentText, toolDefinitionsOf } from './content.js'
import { joinSystem, readMessages, splitSystem, type Conversation } from './messages.js'
import type { RequestParams, TokenUsage, ToolDefinition } from './model.js'
import {
  asCount,
  asNonEmptyText,
  asNumber,
  asTextList,
  compact,
  field,
  firstField,
  isRecord,
  nonEmptyList,
  positiveCount,
  recordField,
  type JsonRecord
} from './values.js'

export interface RequestPayload extends Partial<Conversation> {
  /** A prompt recorded as one string (completion APIs, plain-text inputs). */
  promptText?: string
  model?: string
  params: RequestParams
  tools?: ToolDefinition[]
}

/**
 * A request: a chat body (`{model, messages, tools, temperature, …}`, Anthropic's separate
 * `system`), a bare list of messages, a completion body (`{prompt}`), or plain text.
 */
export function readRequestPayload(value: unknown): RequestPayload | undefined {
  if (typeof value === 'string') return value === '' ? undefined : { promptText: value, params: {} }
  if (Array.isArray(value)) return { ...conversationOf(value, undefined), params: {} }
  if (!isRecord(value)) return undefined
  const input = requestInput(value)
  if (input === undefined) return undefined
  const tools = toolDefinitionsOf(field(value, 'tools'))
  return compact({
    ...input,
    model: asNonEmptyText(field(value, 'model')),
    params: paramsFromRecord(value),
    tools: tools.length > 0 ? tools : undefined
  })
}

/** Chat `messages`, the Responses API's `input` list, Gemini's `contents`. */
const MESSAGE_LIST_KEYS = ['messages', 'input', 'contents']
/** System prompts kept beside the messages (Anthropic, Gemini, the Responses API). */
const SEPARATE_SYSTEM_KEYS = ['system', 'system_instruction', 'systemInstruction', 'instructions']

/** The prompt of a request body: its messages, else its prompt text. */
function requestInput(
  body: JsonRecord
): (Partial<Conversation> & { promptText?: string }) | undefined {
  const messages = firstField(body, MESSAGE_LIST_KEYS)
  if (Array.isArray(messages))
    return conversationOf(messages, firstField(body, SEPARATE_SYSTEM_KEYS))
  const text = asNonEmptyText(firstField(body, ['prompt', 'input']))
  return text === undefined ? undefined : { promptText: text }
}

function conversationOf(messages: readonly unknown[], separateSystem: unknown): Conversation {
  const conversation = splitSystem(readMessages(messages))
  const system = joinSystem(asNonEmptyText(contentText(separateSystem)), conversation.system)
  return system === undefined ? conversation : { ...conversation, system }
}

export interface ResponsePayload extends Partial<Completion> {
  model?: string
  usage: TokenUsage
}

/** A response: an OpenAI/Anthropic response body, or anything `readCompletion` reads. */
export function readResponsePayload(value: unknown): ResponsePayload | undefined {
  const completion = readCompletion(value)
  const usage = isRecord(value) ? usageFromRecord(recordField(value, 'usage')) : {}
  const model = isRecord(value) ? asNonEmptyText(field(value, 'model')) : undefined
  if (completion === undefined && model === undefined && Object.keys(usage).length === 0) {
    return undefined
  }
  return compact({ ...completion, model, usage })
}

const INPUT_TOKEN_KEYS = ['input_tokens', 'prompt_tokens', 'inputTokens', 'promptTokens', 'input']
const OUTPUT_TOKEN_KEYS = [
  'output_tokens',
  'completion_tokens',
  'outputTokens',
  'completionTokens',
  'output'
]
const TOTAL_TOKEN_KEYS = ['total_tokens', 'totalTokens', 'total']
const CACHED_TOKEN_KEYS = [
  'cache_read_input_tokens',
  'cached_tokens',
  'cachedInputTokens',
  'input_cached_tokens',
  'input_cache_read',
  'cache_read'
]
const REASONING_TOKEN_KEYS = [
  'reasoning_tokens',
  'reasoningTokens',
  'output_reasoning_tokens',
  'reasoning'
]
/** Where providers nest the cached and reasoning counts (OpenAI, LangChain). */
const INPUT_DETAIL_KEYS = ['prompt_tokens_details', 'input_tokens_details', 'input_token_details']
const OUTPUT_DETAIL_KEYS = [
  'completion_tokens_details',
  'output_tokens_details',
  'output_token_details'
]

/**
 * Token counts from a usage record: OpenAI (`prompt_tokens`, `…_details`), Anthropic
 * (`input_tokens`, `cache_read_input_tokens`), LangChain `usage_metadata`, Langfuse
 * `usage_details` (`input`, `output`, `total`), Vercel (`promptTokens`).
 */
export function usageFromRecord(record: JsonRecord | undefined): TokenUsage {
  if (record === undefined) return {}
  const inputDetails = firstRecord(record, INPUT_DETAIL_KEYS)
  const outputDetails = firstRecord(record, OUTPUT_DETAIL_KEYS)
  return compact({
    input: countOf(record, INPUT_TOKEN_KEYS),
    output: countOf(record, OUTPUT_TOKEN_KEYS),
    total: countOf(record, TOTAL_TOKEN_KEYS),
    cachedInput: countOf(record, CACHED_TOKEN_KEYS) ?? countOf(inputDetails, CACHED_TOKEN_KEYS),
    reasoning: countOf(record, REASONING_TOKEN_KEYS) ?? countOf(outputDetails, REASONING_TOKEN_KEYS)
  })
}

function countOf(record: JsonRecord | undefined, keys: readonly string[]): number | undefined {
  return record === undefined ? undefined : asCount(firstField(record, keys))
}

function firstRecord(record: JsonRecord, keys: readonly string[]): JsonRecord | undefined {
  const value = firstField(record, keys)
  return isRecord(value) ? value : undefined
}

/**
 * Request parameters from a request body or an invocation-parameters record, under the
 * names of OpenAI, Anthropic, Gemini and the Vercel AI SDK.
 */
export function paramsFromRecord(record: JsonRecord | undefined): RequestParams {
  if (record === undefined) return {}
  return compact({
    temperature: asNumber(field(record, 'temperature')),
    maxTokens: positiveCount(
      firstField(record, [
        'max_tokens',
        'max_completion_tokens',
        'max_output_tokens',
        'maxTokens',
        'maxOutputTokens'
      ])
    ),
    topP: asNumber(firstField(record, ['top_p', 'topP'])),
    stop: nonEmptyList(asTextList(firstField(record, ['stop', 'stop_sequences', 'stopSequences']))),
    seed: asCount(field(record, 'seed'))
  })
}
