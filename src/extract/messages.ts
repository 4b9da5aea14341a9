/**
 * Messages in every shape the conventions record them, normalized to `Message`:
 * OTel GenAI (`{role, parts}`), OpenAI chat (`{role, content, tool_calls, tool_call_id}`),
 * Anthropic content blocks, Vercel AI SDK parts, LangChain (serialized `{lc, id, kwargs}`
 * or plain `{type:'human', content}`), Gemini (`{role:'model', parts:[{text}]}`) and the
 * legacy GenAI event bodies.
 */
import {
  contentText,
  partKind,
  toolCallOf,
  toolCallsOf,
  toolResultOf,
  unwrapPartsText
} from './content.js'
import type { Message, MessageRole, ToolCall } from './model.js'
import {
  asList,
  asNonEmptyText,
  asText,
  field,
  firstField,
  isRecord,
  recordField,
  type JsonRecord
} from './values.js'

const ROLE_NAMES: Readonly<Record<string, MessageRole>> = {
  system: 'system',
  developer: 'developer',
  user: 'user',
  human: 'user',
  assistant: 'assistant',
  ai: 'assistant',
  model: 'assistant',
  bot: 'assistant',
  chatbot: 'assistant',
  tool: 'tool',
  function: 'tool',
  ipython: 'tool'
}

/** A role name as any convention spells it; `undefined` when it names no known role. */
export function roleOf(name: unknown): MessageRole | undefined {
  const text = asText(name)?.trim().toLowerCase()
  return text !== undefined && Object.hasOwn(ROLE_NAMES, text) ? ROLE_NAMES[text] : undefined
}

/** Messages from a list, or from a request body that holds one under `messages`. */
export function readMessages(value: unknown): Message[] {
  if (isRecord(value) && Array.isArray(field(value, 'messages'))) {
    return readMessages(field(value, 'messages'))
  }
  return asList(value).flatMap(item => readMessage(item))
}

/**
 * One recorded message. It may become several: tool results that a provider nests inside
 * a user message (Anthropic `tool_result` blocks) become `tool` messages of their own.
 * `fallbackRole` is used when the message names no role (event records name it instead).
 */
export function readMessage(raw: unknown, fallbackRole: MessageRole = 'user'): Message[] {
  if (typeof raw === 'string') return [{ role: fallbackRole, content: raw }]
  if (!isRecord(raw)) return []
  const { body, role } = langChainMessage(raw) ?? { body: raw, role: messageRole(raw) }
  const parts = messageParts(body)
  const toolResults = parts.filter(part => partKind(part) === 'tool-result').filter(isRecord)
  const toolCalls = [
    ...parts.filter(part => partKind(part) === 'tool-call').map(toolCallOf),
    ...legacyToolCalls(body)
  ].filter((call): call is ToolCall => call !== undefined)

  const results: Message[] = toolResults.map(part => ({ role: 'tool', ...toolResultOf(part) }))
  const textParts = parts.filter(part => partKind(part) === 'text')
  // A message with nothing readable in it (content not captured, or a shape we do not know)
  // is left out rather than kept as an empty turn.
  if (textParts.length === 0 && toolCalls.length === 0) return results

  const toolCallId = asNonEmptyText(firstField(body, ['tool_call_id', 'toolCallId']))
  const name = asNonEmptyText(field(body, 'name'))
  const message: Message = {
    role: role ?? fallbackRole,
    content: contentText(textParts),
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    ...(toolCallId === undefined ? {} : { toolCallId }),
    ...(name === undefined ? {} : { name })
  }
  if (message.role === 'tool' && message.toolCallId === undefined) {
    // The legacy `gen_ai.tool.message` event names the call it answers `id`.
    const id = asNonEmptyText(field(body, 'id'))
    if (id !== undefined) message.toolCallId = id
  }
  return [...results, message]
}

function messageRole(raw: JsonRecord): MessageRole | undefined {
  return roleOf(field(raw, 'role')) ?? roleOf(field(raw, 'type'))
}

/** The parts a message's content is made of, whatever the content's shape. */
function messageParts(body: JsonRecord): unknown[] {
  const parts = field(body, 'parts')
  if (Array.isArray(parts)) return parts
  const content = unwrapPartsText(field(body, 'content'))
  if (Array.isArray(content)) return content
  if (content === undefined || content === null) return []
  return [isRecord(content) ? content : contentText(content)]
}

/** OpenAI `tool_calls` / `function_call` next to the content; LangChain `additional_kwargs`. */
function legacyToolCalls(body: JsonRecord): (ToolCall | undefined)[] {
  const direct = toolCallsOf(field(body, 'tool_calls'))
  if (direct.length > 0) return direct
  const extra = recordField(body, 'additional_kwargs')
  const fromExtra = extra === undefined ? [] : toolCallsOf(field(extra, 'tool_calls'))
  if (fromExtra.length > 0) return fromExtra
  return [toolCallOf(field(body, 'function_call'))]
}

const LANGCHAIN_CLASS_ROLES: Readonly<Record<string, MessageRole>> = {
  HumanMessage: 'user',
  AIMessage: 'assistant',
  SystemMessage: 'system',
  ToolMessage: 'tool',
  FunctionMessage: 'tool'
}

/**
 * LangChain's serialized form: `{lc: 1, type: 'constructor', id: [..., 'HumanMessage'],
 * kwargs: {content, …}}`. The class name gives the role; `ChatMessage` carries its own.
 */
function langChainMessage(raw: JsonRecord): { body: JsonRecord; role?: MessageRole } | undefined {
  const kwargs = recordField(raw, 'kwargs')
  if (field(raw, 'lc') === undefined || kwargs === undefined) return undefined
  const path = asList(field(raw, 'id'))
  const className = asText(path[path.length - 1])?.replace(/Chunk$/, '')
  const role =
    (className !== undefined && Object.hasOwn(LANGCHAIN_CLASS_ROLES, className)
      ? LANGCHAIN_CLASS_ROLES[className]
      : undefined) ?? messageRole(kwargs)
  return role === undefined ? { body: kwargs } : { body: kwargs, role }
}

export interface Conversation {
  /** The system messages' text, joined with newlines. */
  system?: string
  /** Everything else, in order. */
  messages: Message[]
}

/** Separates the system prompt from the conversation, as `LlmCall` keeps them. */
export function splitSystem(messages: Message[]): Conversation {
  const system = messages
    .filter(message => message.role === 'system')
    .map(message => message.content)
    .filter(text => text !== '')
  const rest = messages.filter(message => message.role !== 'system')
  return system.length > 0 ? { system: system.join('\n'), messages: rest } : { messages: rest }
}

/** System texts recorded in several places, in order, joined with newlines. */
export function joinSystem(...texts: (string | undefined)[]): string | undefined {
  const present = texts.filter(text => text !== undefined && text !== '')
  return present.length > 0 ? present.join('\n') : undefined
}
