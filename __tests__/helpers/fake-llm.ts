/**
 * Fake OpenAI- and Anthropic-compatible servers on 127.0.0.1 whose answers depend on the
 * prompt, deterministically, so that changing a prompt produces real regressions.
 *
 * The rules (`fakeAnswer`), first match wins:
 * 1. The last message is a tool result → `Tool said: <result>`.
 * 2. The system prompt mentions "refuse" → `I cannot help with that.`
 * 3. A tool named `lookup_order` is offered and the last user message mentions an order id
 *    (`order 12345`, `order #A-17`) → no text, one call `lookup_order {"order_id":"<id>"}`.
 * 4. The system prompt mentions "JSON" → `{"answer":"<user text>"}` (compact JSON).
 * 5. Otherwise → `Answer: <user text>`.
 * Then, if the system prompt mentions "shout", the text is upper-cased.
 * Keywords match case-insensitively. Token counts are word counts: input over every message,
 * output over the answer.
 *
 * Failures are scripted: each request takes the next entry of `script` (an error status,
 * an HTML page, a malformed body, or a hang for timeouts); once it is used up, the rules answer.
 */
import type { ServerResponse } from 'node:http'
import type { ChatMessage, ToolCall, ToolDefinition } from '../../src/eval/model.js'
import {
  sendHtml,
  sendJson,
  sendText,
  startTestServer,
  type RecordedRequest
} from './http-server.js'

export interface FakeAnswer {
  text: string
  toolCalls: ToolCall[]
}

export function fakeAnswer(
  messages: readonly ChatMessage[],
  tools: readonly ToolDefinition[] = []
): FakeAnswer {
  const system = messages
    .filter(message => message.role === 'system')
    .map(message => message.content)
    .join('\n')
  const userText = messages.filter(message => message.role === 'user').at(-1)?.content ?? ''
  const mentions = (word: string) => system.toLowerCase().includes(word.toLowerCase())
  const orderId = /\border\s+#?([a-z0-9][a-z0-9-]*\d[a-z0-9-]*)/i.exec(userText)?.[1]

  let answer: FakeAnswer
  const last = messages.at(-1)
  if (last?.role === 'tool') answer = { text: `Tool said: ${last.content}`, toolCalls: [] }
  else if (mentions('refuse')) answer = { text: 'I cannot help with that.', toolCalls: [] }
  else if (orderId && tools.some(tool => tool.name === 'lookup_order')) {
    const call = { id: 'call_fake_1', name: 'lookup_order', arguments: { order_id: orderId } }
    answer = { text: '', toolCalls: [call] }
  } else if (mentions('json'))
    answer = { text: JSON.stringify({ answer: userText }), toolCalls: [] }
  else answer = { text: `Answer: ${userText}`, toolCalls: [] }

  return mentions('shout') ? { ...answer, text: answer.text.toUpperCase() } : answer
}

/** A scripted reply: an error status (body in the API's own error shape unless given) or a broken answer. */
export type ScriptedReply =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** 200 with an HTML page, as a proxy or login page answers. */
  | 'html'
  /** 200 with JSON cut off mid-way. */
  | 'malformed'
  /** Never answers: for timeouts. */
  | 'hang'
  /** Answers by the rules (to place a success between failures). */
  | 'answer'

export interface FakeLlmOptions {
  script?: ScriptedReply[]
  /** When set, requests must carry this key; others get a 401 that echoes the key they sent. */
  apiKey?: string
  /** The model the answer names; default the one asked for. */
  model?: string
}

export interface FakeLlm {
  /** The base URL to configure the provider with. */
  baseUrl: string
  requests: RecordedRequest[]
  /** The JSON bodies of the requests, in order. */
  bodies(): unknown[]
  close(): Promise<void>
}

type Wire = Record<string, unknown>

interface Dialect {
  path: string
  apiKeyOf(request: RecordedRequest): string
  decode(body: Wire): { messages: ChatMessage[]; tools: ToolDefinition[] }
  encode(
    answer: FakeAnswer,
    model: string,
    usage: { input: number; output: number },
    id: number
  ): Wire
  errorBody(status: number, message: string): Wire
}

export function startFakeOpenAI(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  return startFake(openAIDialect, '/v1', options)
}

export function startFakeAnthropic(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  return startFake(anthropicDialect, '', options)
}

async function startFake(
  dialect: Dialect,
  basePath: string,
  options: FakeLlmOptions
): Promise<FakeLlm> {
  const script = [...(options.script ?? [])]
  let answered = 0
  const server = await startTestServer((request, response) => {
    const reply = script.shift() ?? 'answer'
    if (reply === 'hang') return
    if (reply === 'html')
      return sendHtml(response, 200, '<html><body><h1>Sign in</h1></body></html>')
    if (reply === 'malformed')
      return sendText(response, 200, '{"choices":[{"mess', { 'content-type': 'application/json' })
    if (reply !== 'answer') {
      const body = reply.body ?? dialect.errorBody(reply.status, defaultMessage(reply.status))
      return sendJson(response, reply.status, body, reply.headers)
    }
    const sentKey = dialect.apiKeyOf(request)
    if (options.apiKey !== undefined && sentKey !== options.apiKey) {
      return sendJson(
        response,
        401,
        dialect.errorBody(401, `Incorrect API key provided: ${sentKey}.`)
      )
    }
    answerByRules(request, response)
  })

  function answerByRules(request: RecordedRequest, response: ServerResponse): void {
    const body = JSON.parse(request.body) as Wire
    if (request.path === `${basePath}/embeddings`) {
      return sendJson(response, 200, embeddingsAnswer(body))
    }
    if (request.path !== `${basePath}${dialect.path}`) {
      return sendJson(response, 404, dialect.errorBody(404, `no route for ${request.path}`))
    }
    const { messages, tools } = dialect.decode(body)
    const answer = fakeAnswer(messages, tools)
    const usage = {
      input: messages.reduce((sum, message) => sum + wordCount(message.content), 0),
      output: wordCount(answer.text) + answer.toolCalls.length
    }
    const model = options.model ?? String(body.model)
    sendJson(response, 200, dialect.encode(answer, model, usage, ++answered))
  }

  return {
    baseUrl: `${server.url}${basePath}`,
    requests: server.requests,
    bodies: () => server.requests.map(request => JSON.parse(request.body) as unknown),
    close: () => server.close()
  }
}

const openAIDialect: Dialect = {
  path: '/chat/completions',
  apiKeyOf: request => String(request.headers.authorization ?? '').replace(/^Bearer /, ''),
  decode: body => ({
    messages: list(body.messages).map(message => ({
      role: message.role as ChatMessage['role'],
      content: openAIText(message.content)
    })),
    tools: list(body.tools).map(tool => ({
      name: String((tool.function as Wire | undefined)?.name)
    }))
  }),
  encode: (answer, model, usage, id) => ({
    id: `chatcmpl-fake-${id}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: answer.toolCalls.length > 0 ? null : answer.text,
          ...(answer.toolCalls.length > 0
            ? {
                tool_calls: answer.toolCalls.map(call => ({
                  id: call.id,
                  type: 'function',
                  function: { name: call.name, arguments: JSON.stringify(call.arguments) }
                }))
              }
            : {})
        },
        finish_reason: answer.toolCalls.length > 0 ? 'tool_calls' : 'stop'
      }
    ],
    usage: {
      prompt_tokens: usage.input,
      completion_tokens: usage.output,
      total_tokens: usage.input + usage.output
    }
  }),
  errorBody: (status, message) => ({
    error: { message, type: openAIErrorType(status), param: null, code: null }
  })
}

const anthropicDialect: Dialect = {
  path: '/v1/messages',
  apiKeyOf: request => String(request.headers['x-api-key'] ?? ''),
  decode: body => {
    const system = typeof body.system === 'string' ? body.system : ''
    const messages: ChatMessage[] = system ? [{ role: 'system', content: system }] : []
    for (const message of list(body.messages)) {
      const blocks: Wire[] =
        typeof message.content === 'string'
          ? [{ type: 'text', text: message.content }]
          : list(message.content)
      for (const block of blocks) {
        if (block.type === 'tool_result')
          messages.push({ role: 'tool', content: String(block.content) })
        if (block.type === 'text')
          messages.push({ role: message.role as ChatMessage['role'], content: String(block.text) })
      }
    }
    return { messages, tools: list(body.tools).map(tool => ({ name: String(tool.name) })) }
  },
  encode: (answer, model, usage, id) => ({
    id: `msg_fake_${id}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [
      ...(answer.text === '' ? [] : [{ type: 'text', text: answer.text }]),
      ...answer.toolCalls.map(call => ({
        type: 'tool_use',
        id: call.id,
        name: call.name,
        input: call.arguments
      }))
    ],
    stop_reason: answer.toolCalls.length > 0 ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: usage.input, output_tokens: usage.output }
  }),
  errorBody: (status, message) => ({
    type: 'error',
    error: { type: anthropicErrorType(status), message }
  })
}

/** Letter counts a–z, normalised: texts with similar letters get similar vectors. */
export function fakeEmbedding(text: string): number[] {
  const counts = new Array<number>(26).fill(0)
  for (const char of text.toLowerCase()) {
    const index = char.charCodeAt(0) - 97
    if (index >= 0 && index < 26) counts[index] = (counts[index] ?? 0) + 1
  }
  const norm = Math.hypot(...counts) || 1
  return counts.map(count => count / norm)
}

function embeddingsAnswer(body: Wire): Wire {
  const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)]
  return {
    object: 'list',
    data: inputs.map((text, index) => ({
      object: 'embedding',
      index,
      embedding: fakeEmbedding(text)
    })),
    model: String(body.model),
    usage: { prompt_tokens: inputs.reduce((sum, text) => sum + wordCount(text), 0) }
  }
}

function openAIText(content: unknown): string {
  if (typeof content === 'string') return content
  return list(content)
    .map(part => (typeof part.text === 'string' ? part.text : ''))
    .join('')
}

function list(value: unknown): Wire[] {
  return Array.isArray(value) ? (value as Wire[]) : []
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(word => word !== '').length
}

function defaultMessage(status: number): string {
  if (status === 429) return 'Rate limit reached for requests'
  if (status === 401) return 'Invalid authentication'
  if (status === 529) return 'Overloaded'
  if (status >= 500) return 'The server had an error while processing your request.'
  return 'Invalid request'
}

function openAIErrorType(status: number): string {
  if (status === 429) return 'rate_limit_error'
  if (status === 401) return 'invalid_request_error'
  if (status >= 500) return 'server_error'
  return 'invalid_request_error'
}

function anthropicErrorType(status: number): string {
  if (status === 429) return 'rate_limit_error'
  if (status === 401) return 'authentication_error'
  if (status === 529) return 'overloaded_error'
  if (status >= 500) return 'api_error'
  return 'invalid_request_error'
}
