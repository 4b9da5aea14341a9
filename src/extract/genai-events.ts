/**
 * The legacy OTel GenAI events (semconv 1.28–1.36): one event per input message
 * (`gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.assistant.message`,
 * `gen_ai.tool.message`) and one per answer (`gen_ai.choice`). They reach us as span events
 * (fields in the attributes, or JSON in a `body` attribute) and, from Logfire/pydantic-ai,
 * as a JSON list in the `events` attribute (the event name under `event.name`).
 */
import { readCompletion, type Completion } from './completion.js'
import { parseEmbeddedJson } from './json.js'
import { readMessage, splitSystem, type Conversation } from './messages.js'
import type { MessageRole } from './model.js'
import { asText, field, isRecord, type JsonRecord } from './values.js'

export interface GenAiEvent {
  name: string
  /** The event's fields: its attributes, with those of a JSON `body` on top. */
  fields: JsonRecord
}

const MESSAGE_EVENT_ROLES: Readonly<Record<string, MessageRole>> = {
  'gen_ai.system.message': 'system',
  'gen_ai.user.message': 'user',
  'gen_ai.assistant.message': 'assistant',
  'gen_ai.tool.message': 'tool'
}
const CHOICE_EVENT = 'gen_ai.choice'

export function isGenAiEventName(name: string): boolean {
  return name === CHOICE_EVENT || Object.hasOwn(MESSAGE_EVENT_ROLES, name)
}

/** An event's fields with its `body` (a map, or JSON text of one) merged over the attributes. */
export function eventFields(attributes: JsonRecord): JsonRecord {
  const body = parseEmbeddedJson(field(attributes, 'body')).value
  if (!isRecord(body)) return attributes
  return Object.assign(Object.create(null) as Record<string, unknown>, attributes, body)
}

export interface EventConversation extends Conversation {
  completion?: Completion
}

/** The conversation and the first answer that a run of GenAI events describes. */
export function conversationFromEvents(
  events: readonly GenAiEvent[]
): EventConversation | undefined {
  const messageEvents = events.filter(event => Object.hasOwn(MESSAGE_EVENT_ROLES, event.name))
  const choice = events.find(event => event.name === CHOICE_EVENT && isFirstChoice(event.fields))
  if (messageEvents.length === 0 && choice === undefined) return undefined
  const messages = messageEvents.flatMap(event =>
    readMessage(event.fields, MESSAGE_EVENT_ROLES[event.name] ?? 'user')
  )
  const completion = choice === undefined ? undefined : readCompletion(choice.fields)
  return { ...splitSystem(messages), ...(completion === undefined ? {} : { completion }) }
}

function isFirstChoice(fields: JsonRecord): boolean {
  const index = field(fields, 'index')
  return index === undefined || index === null || asText(index) === '0'
}
