/**
 * OTel GenAI semantic conventions, deprecated forms still written by many instrumentations:
 * - `gen_ai.prompt` / `gen_ai.completion` attributes holding a JSON blob of messages;
 * - span events `gen_ai.content.prompt` / `gen_ai.content.completion` whose attributes of the
 *   same names hold text (OpenLIT writes `user: …` lines, one per message);
 * - one event per message (`gen_ai.user.message`, …, `gen_ai.choice`), semconv 1.28–1.36;
 * - `gen_ai.system` for the provider, `gen_ai.usage.prompt_tokens` / `completion_tokens`.
 */
import type { Span, SpanEvent } from '../../traces/model.js'
import {
  countAttribute,
  hasAttribute,
  isFlaggedTruncated,
  jsonAttribute,
  jsonValue,
  textAttribute,
  type JsonAttribute
} from '../attributes.js'
import { readCompletion } from '../completion.js'
import { conversationFromEvents, eventFields, isGenAiEventName } from '../genai-events.js'
import { readMessages, roleOf, splitSystem } from '../messages.js'
import type { Message } from '../model.js'
import { normalizeProvider } from '../provider.js'
import {
  completionFields,
  conversationFields,
  promptTextFields,
  reading,
  type CallReading,
  type ConventionReader
} from '../reading.js'
import { field } from '../values.js'

const PROMPT = 'gen_ai.prompt'
const COMPLETION = 'gen_ai.completion'
const PROMPT_EVENT = 'gen_ai.content.prompt'
const COMPLETION_EVENT = 'gen_ai.content.completion'

export const otelGenAiDeprecated: ConventionReader = {
  convention: 'otel-genai-deprecated',

  classify(span) {
    const recordsContent =
      hasAttribute(span, PROMPT) ||
      hasAttribute(span, COMPLETION) ||
      span.events.some(event => event.name === PROMPT_EVENT || isGenAiEventName(event.name))
    const namesModel =
      hasAttribute(span, 'gen_ai.system') && hasAttribute(span, 'gen_ai.request.model')
    return recordsContent || namesModel ? 'call' : undefined
  },

  read(span) {
    const content = readBlobs(span) ?? readContentEvents(span) ?? readMessageEvents(span) ?? {}
    return reading('otel-genai-deprecated', {
      provider: normalizeProvider(textAttribute(span, 'gen_ai.system')),
      usage: {
        input: countAttribute(span, 'gen_ai.usage.prompt_tokens'),
        output: countAttribute(span, 'gen_ai.usage.completion_tokens')
      },
      ...content
    })
  }
}

type ContentFields = Omit<CallReading, 'convention'>

function readBlobs(span: Span): ContentFields | undefined {
  const prompt = jsonAttribute(span, PROMPT)
  const completion = jsonAttribute(span, COMPLETION)
  if (prompt === undefined && completion === undefined) return undefined
  return {
    ...promptFields(prompt),
    ...completionFieldsOf(completion),
    truncated: prompt?.truncated === true || completion?.truncated === true
  }
}

/** OpenLIT: the content lives in the attributes of two span events. */
function readContentEvents(span: Span): ContentFields | undefined {
  const prompt = eventAttribute(span, PROMPT_EVENT, PROMPT)
  const completion = eventAttribute(span, COMPLETION_EVENT, COMPLETION)
  if (prompt === undefined && completion === undefined) return undefined
  return {
    ...promptFields(prompt),
    ...completionFieldsOf(completion),
    truncated: prompt?.truncated === true || completion?.truncated === true
  }
}

/**
 * An attribute of the first event named `eventName`. Decoders flag a possibly cut event
 * attribute as `events[<index>].<key>`.
 */
function eventAttribute(span: Span, eventName: string, key: string): JsonAttribute | undefined {
  const index = span.events.findIndex(candidate => candidate.name === eventName)
  const raw = field(span.events[index]?.attributes, key)
  if (raw === undefined || raw === null) return undefined
  return jsonValue(raw, isFlaggedTruncated(span, `events[${index}].${key}`))
}

function readMessageEvents(span: Span): ContentFields | undefined {
  const events = span.events.filter(event => isGenAiEventName(event.name)).map(toGenAiEvent)
  const conversation = conversationFromEvents(events)
  if (conversation === undefined) return undefined
  return { ...conversationFields(conversation), ...completionFields(conversation.completion) }
}

function toGenAiEvent(event: SpanEvent): { name: string; fields: Record<string, unknown> } {
  return { name: event.name, fields: eventFields(event.attributes) }
}

/**
 * A JSON list of messages (or a body holding one), or text: a `role: content` transcript or
 * a bare prompt. A prompt in any other shape is kept whole as text.
 */
function promptFields(prompt: JsonAttribute | undefined): ContentFields {
  if (prompt === undefined) return {}
  const messages =
    typeof prompt.value === 'string'
      ? prompt.truncated
        ? undefined
        : parseTranscript(prompt.value)
      : readMessages(prompt.value)
  return messages !== undefined && messages.length > 0
    ? conversationFields(splitSystem(messages))
    : promptTextFields(prompt.text)
}

/** The answer; one in a shape no convention uses (an answer that is JSON) is kept as its text. */
function completionFieldsOf(completion: JsonAttribute | undefined): ContentFields {
  if (completion === undefined) return {}
  return completionFields(readCompletion(completion.value) ?? { text: completion.text })
}

const TRANSCRIPT_LINE = /^(system|developer|user|assistant|tool|function): ?(.*)$/

/**
 * OpenLIT's prompt text: each message as `role: content`, joined with newlines; a message's
 * content may span several lines. Text whose first line names no role is not a transcript.
 */
export function parseTranscript(text: string): Message[] | undefined {
  const messages: Message[] = []
  for (const line of text.split('\n')) {
    const match = TRANSCRIPT_LINE.exec(line)
    const role = match === null ? undefined : roleOf(match[1])
    const last = messages[messages.length - 1]
    if (role !== undefined) messages.push({ role, content: match?.[2] ?? '' })
    else if (last === undefined) return undefined
    else last.content += `\n${line}`
  }
  return messages.length > 0 ? messages : undefined
}
