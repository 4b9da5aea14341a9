/**
 * Anthropic Messages. The system prompt is a top-level field, tool calls and tool results
 * are content blocks, and `max_tokens` is required.
 */
import {
  asCount,
  asText,
  compact,
  field,
  isRecord,
  recordField,
  recordsIn
} from '../../extract/values.js'
import { redactUrl } from '../../http/secrets.js'
import type {
  ChatMessage,
  ChatRequest,
  ChatResponse,
  Provider,
  ToolCall,
  ToolDefinition
} from '../model.js'
import { argumentsObject, withToolCallIds } from './tool-ids.js'
import {
  createEndpoint,
  invalidResponse,
  joinUrl,
  parseBaseUrl,
  postJson,
  printableBaseUrl,
  type ConnectionOptions,
  type Endpoint
} from './transport.js'

export const ANTHROPIC_BASE_URL = 'https://api.anthropic.com'
export const ANTHROPIC_VERSION = '2023-06-01'
/** Anthropic requires a limit; recorded requests that had none get this one. */
export const DEFAULT_MAX_TOKENS = 1024

export function createAnthropicProvider(options: ConnectionOptions = {}): Provider {
  const base = parseBaseUrl(options.baseUrl ?? ANTHROPIC_BASE_URL, 'Anthropic')
  const endpoint = createEndpoint('Anthropic', options, {
    headers: {
      'anthropic-version': ANTHROPIC_VERSION,
      ...(options.apiKey ? { 'x-api-key': options.apiKey } : {})
    },
    apiKeyVariable: 'ANTHROPIC_API_KEY'
  })
  // Accept a base URL given with the version segment (`https://api.anthropic.com/v1`) too.
  const messagesUrl = joinUrl(base, /\/v1$/.test(base.pathname) ? '/messages' : '/v1/messages')

  return {
    kind: 'anthropic',
    baseUrl: printableBaseUrl(base),
    async chat(request, signal) {
      const body = await postJson(endpoint, messagesUrl, messagesBody(request), signal)
      return parseMessage(body, endpoint, messagesUrl)
    }
  }
}

type Block = Record<string, unknown>
interface WireMessage {
  role: 'user' | 'assistant'
  content: Block[]
}

// `seed` has no Anthropic counterpart and is not sent.
export function messagesBody(request: ChatRequest): Record<string, unknown> {
  const { model, params, tools } = request
  const system = request.messages
    .filter(message => message.role === 'system')
    .map(message => message.content)
    .filter(text => text !== '')
    .join('\n\n')
  return compact({
    model,
    max_tokens: params.maxTokens ?? DEFAULT_MAX_TOKENS,
    system: system === '' ? undefined : system,
    messages: wireMessages(request.messages),
    tools: tools?.length ? tools.map(wireTool) : undefined,
    temperature: params.temperature,
    top_p: params.topP,
    stop_sequences: params.stop?.length ? params.stop : undefined
  })
}

/**
 * User and assistant turns as content blocks. Consecutive messages of one role become one
 * turn, which keeps every result of a parallel tool call in the single user turn that
 * Anthropic requires right after the calls.
 */
function wireMessages(messages: readonly ChatMessage[]): Record<string, unknown>[] {
  const turns: WireMessage[] = []
  for (const message of withToolCallIds(messages)) {
    if (message.role === 'system') continue
    const role = message.role === 'assistant' ? 'assistant' : 'user'
    const blocks = contentBlocks(message)
    const previous = turns.at(-1)
    if (previous?.role === role) previous.content.push(...blocks)
    else turns.push({ role, content: blocks })
  }
  return turns.map(({ role, content }) => ({ role, content: plainWhenText(content) }))
}

function contentBlocks(message: ChatMessage): Block[] {
  if (message.role === 'tool') {
    return [
      compact({ type: 'tool_result', tool_use_id: message.toolCallId, content: message.content })
    ]
  }
  // Anthropic rejects empty text blocks, as in an assistant turn that only calls tools.
  const text: Block[] = message.content === '' ? [] : [{ type: 'text', text: message.content }]
  const calls = (message.role === 'assistant' ? (message.toolCalls ?? []) : []).map(call => ({
    type: 'tool_use',
    id: call.id,
    name: call.name,
    input: argumentsObject(call.arguments)
  }))
  return [...text, ...calls]
}

/** A turn that is one text block is sent as a plain string, as people write it. */
function plainWhenText(content: Block[]): string | Block[] {
  const only = content.length === 1 ? content[0] : undefined
  return only?.type === 'text' && typeof only.text === 'string' ? only.text : content
}

function wireTool(tool: ToolDefinition): Record<string, unknown> {
  return compact({
    name: tool.name,
    description: tool.description,
    input_schema: tool.parameters ?? { type: 'object', properties: {} }
  })
}

function parseMessage(body: unknown, endpoint: Endpoint, url: URL): ChatResponse {
  const content = isRecord(body) ? field(body, 'content') : undefined
  if (!isRecord(body) || !Array.isArray(content)) {
    throw invalidResponse(endpoint, redactUrl(url), 'JSON without a content list')
  }
  const blocks = recordsIn(content)
  const text = blocks
    .filter(block => field(block, 'type') === 'text')
    .map(block => asText(field(block, 'text')) ?? '')
    .join('')
  const toolCalls = blocks
    .filter(block => field(block, 'type') === 'tool_use')
    .flatMap((block): ToolCall[] => {
      const name = asText(field(block, 'name'))
      return name
        ? [compact({ id: asText(field(block, 'id')), name, arguments: field(block, 'input') })]
        : []
    })
  return compact({
    text,
    toolCalls,
    usage: usageOf(recordField(body, 'usage')),
    finishReason: asText(field(body, 'stop_reason')),
    model: asText(field(body, 'model'))
  })
}

/**
 * `input_tokens` excludes tokens written to or read from the prompt cache; they were still
 * part of the prompt, so they count as input.
 */
function usageOf(usage: Readonly<Record<string, unknown>> | undefined): ChatResponse['usage'] {
  const fresh = asCount(field(usage, 'input_tokens'))
  const cacheWrite = asCount(field(usage, 'cache_creation_input_tokens')) ?? 0
  const cacheRead = asCount(field(usage, 'cache_read_input_tokens')) ?? 0
  return compact({
    input: fresh === undefined ? undefined : fresh + cacheWrite + cacheRead,
    output: asCount(field(usage, 'output_tokens'))
  })
}
