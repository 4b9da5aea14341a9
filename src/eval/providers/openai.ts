/**
 * OpenAI-compatible Chat Completions: OpenAI itself, Azure OpenAI, and the servers that speak
 * its protocol (OpenRouter, Groq, Together, vLLM, Ollama, LM Studio, LiteLLM).
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
import { argumentsText, parsedArguments, withToolCallIds } from './tool-ids.js'
import {
  createEndpoint,
  errorInBody,
  invalidResponse,
  joinUrl,
  parseBaseUrl,
  postJson,
  printableBaseUrl,
  type ConnectionOptions,
  type Endpoint
} from './transport.js'

export const OPENAI_BASE_URL = 'https://api.openai.com/v1'
/** The latest GA data-plane version when this was written; override with `azureApiVersion`. */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21'

export interface OpenAIOptions extends ConnectionOptions {
  /** Azure OpenAI's `api-version`; setting it also selects Azure's `api-key` auth. */
  azureApiVersion?: string
}

/**
 * Azure OpenAI is recognised by its host (`<resource>.openai.azure.com`, or
 * `<resource>.cognitiveservices.azure.com` for newer resources) or by `azureApiVersion`.
 * Its base URL is the deployment (`https://res.openai.azure.com/openai/deployments/gpt-4o`);
 * the key goes in an `api-key` header, and every request carries `?api-version=` (the
 * option, else one already in the base URL, else a default). The newer `/openai/v1` API
 * takes no version, so none is added there unless asked for.
 */
function azureSettings(base: URL, options: OpenAIOptions): { apiVersion?: string } | undefined {
  if (options.azureApiVersion) return { apiVersion: options.azureApiVersion }
  if (!/\.(openai|cognitiveservices)\.azure\.com$/i.test(base.hostname)) return undefined
  const given = base.searchParams.get('api-version')
  if (given) return { apiVersion: given }
  return /\/openai\/v1$/.test(base.pathname) ? {} : { apiVersion: AZURE_DEFAULT_API_VERSION }
}

export function createOpenAIProvider(options: OpenAIOptions = {}): Provider {
  const base = parseBaseUrl(options.baseUrl ?? OPENAI_BASE_URL, 'OpenAI')
  const azure = azureSettings(base, options)
  const isAzure = azure !== undefined
  if (azure?.apiVersion) base.searchParams.set('api-version', azure.apiVersion)
  const apiKeyVariable = isAzure ? 'AZURE_OPENAI_API_KEY' : 'OPENAI_API_KEY'
  const authHeaders: Record<string, string> = {}
  if (options.apiKey) {
    if (isAzure) authHeaders['api-key'] = options.apiKey
    else authHeaders.authorization = `Bearer ${options.apiKey}`
  }
  const endpoint = createEndpoint(isAzure ? 'Azure OpenAI' : 'OpenAI', options, {
    headers: authHeaders,
    apiKeyVariable
  })
  const chatUrl = joinUrl(base, '/chat/completions')
  const embeddingsUrl = joinUrl(base, '/embeddings')

  return {
    kind: 'openai',
    baseUrl: printableBaseUrl(base),
    async chat(request, signal) {
      const body = await postJson(endpoint, chatUrl, chatCompletionBody(request), signal)
      return parseChatCompletion(body, endpoint, chatUrl)
    },
    async embed(texts, model, signal) {
      const body = await postJson(endpoint, embeddingsUrl, { model, input: texts }, signal)
      return parseEmbeddings(body, texts.length, endpoint, embeddingsUrl)
    }
  }
}

/**
 * OpenAI's reasoning models (o1, o3, o4-mini, gpt-5) reject `max_tokens` and want
 * `max_completion_tokens`; every other compatible server knows only `max_tokens`.
 */
function maxTokensField(model: string): 'max_tokens' | 'max_completion_tokens' {
  return /^(o\d|gpt-5)/i.test(model) ? 'max_completion_tokens' : 'max_tokens'
}

export function chatCompletionBody(request: ChatRequest): Record<string, unknown> {
  const { model, params, tools } = request
  return compact({
    model,
    messages: withToolCallIds(request.messages).map(wireMessage),
    tools: tools?.length ? tools.map(wireTool) : undefined,
    temperature: params.temperature,
    top_p: params.topP,
    [maxTokensField(model)]: params.maxTokens,
    stop: params.stop?.length ? params.stop : undefined,
    seed: params.seed
  })
}

// Participant names are not sent: they rarely change an answer, and some compatible servers
// reject the field.
function wireMessage(message: ChatMessage): Record<string, unknown> {
  switch (message.role) {
    case 'tool':
      return compact({ role: 'tool', tool_call_id: message.toolCallId, content: message.content })
    case 'assistant':
      if (message.toolCalls?.length) {
        return {
          role: 'assistant',
          // OpenAI wants null rather than '' beside tool calls.
          content: message.content === '' ? null : message.content,
          tool_calls: message.toolCalls.map(wireToolCall)
        }
      }
      return { role: 'assistant', content: message.content }
    default:
      return { role: message.role, content: message.content }
  }
}

function wireToolCall(call: ToolCall): Record<string, unknown> {
  return {
    id: call.id,
    type: 'function',
    function: { name: call.name, arguments: argumentsText(call.arguments) }
  }
}

function wireTool(tool: ToolDefinition): Record<string, unknown> {
  return {
    type: 'function',
    function: compact({
      name: tool.name,
      description: tool.description,
      parameters: tool.parameters ?? { type: 'object', properties: {} }
    })
  }
}

function parseChatCompletion(body: unknown, endpoint: Endpoint, url: URL): ChatResponse {
  const shownUrl = redactUrl(url)
  if (!isRecord(body)) throw invalidResponse(endpoint, shownUrl, 'JSON that is not an object')
  const choices = field(body, 'choices')
  const error = recordField(body, 'error')
  if (error && !Array.isArray(choices)) throw errorInBody(endpoint, shownUrl, error)
  const choice = recordsIn(choices)[0]
  const message = recordField(choice, 'message')
  if (!message) throw invalidResponse(endpoint, shownUrl, 'JSON without choices[0].message')

  const content = contentText(field(message, 'content'))
  const refusal = asText(field(message, 'refusal'))
  const usage = recordField(body, 'usage')
  return compact({
    // A refusal is the answer a user sees, so assertions such as `not_contains` judge it.
    text: content === '' && refusal ? refusal : content,
    toolCalls: recordsIn(field(message, 'tool_calls')).flatMap(parseToolCall),
    usage: compact({
      input: asCount(field(usage, 'prompt_tokens')),
      output: asCount(field(usage, 'completion_tokens'))
    }),
    finishReason: asText(field(choice, 'finish_reason')),
    model: asText(field(body, 'model'))
  })
}

/** A string, or (from some compatible servers) a list of `{type:'text', text}` parts. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content
  return recordsIn(content)
    .map(part => field(part, 'text'))
    .filter((text): text is string => typeof text === 'string')
    .join('')
}

function parseToolCall(call: Readonly<Record<string, unknown>>): ToolCall[] {
  const fn = recordField(call, 'function')
  const name = asText(field(fn, 'name'))
  if (!name) return []
  const args = field(fn, 'arguments')
  return [
    compact({
      id: asText(field(call, 'id')),
      name,
      arguments: typeof args === 'string' ? parsedArguments(args) : args
    })
  ]
}

function parseEmbeddings(body: unknown, count: number, endpoint: Endpoint, url: URL): number[][] {
  const items = recordsIn(isRecord(body) ? field(body, 'data') : undefined)
  const byIndex = new Array<number[] | undefined>(count).fill(undefined)
  for (const [position, item] of items.entries()) {
    const embedding = field(item, 'embedding')
    if (Array.isArray(embedding) && embedding.every(value => typeof value === 'number')) {
      byIndex[asCount(field(item, 'index')) ?? position] = embedding
    }
  }
  const vectors = byIndex.filter(vector => vector !== undefined)
  if (items.length !== count || vectors.length !== count) {
    throw invalidResponse(
      endpoint,
      redactUrl(url),
      `${vectors.length} usable embeddings for ${count} texts`
    )
  }
  return vectors
}
