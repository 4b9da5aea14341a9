/**
 * What the model answered, from the shapes conventions record it in: a list of output
 * messages (one per choice), an OpenAI response (`choices`), a legacy `gen_ai.choice`
 * record (`{message, finish_reason}`), one message, `{text, finish_reason}`, or plain text.
 */
import { readMessage } from './messages.js'
import type { ToolCall } from './model.js'
import {
  asNonEmptyText,
  asText,
  compact,
  field,
  firstField,
  isRecord,
  recordField,
  type JsonRecord
} from './values.js'

export interface Completion {
  /** The answer text; '' when the model only called tools. */
  text: string
  toolCalls?: ToolCall[]
  finishReason?: string
}

const MAX_WRAPPING = 4

/** The first choice's answer; `undefined` when the value holds no recognizable answer. */
export function readCompletion(value: unknown, depth = 0): Completion | undefined {
  if (typeof value === 'string') return { text: value }
  if (depth >= MAX_WRAPPING) return undefined
  if (Array.isArray(value))
    return value.length > 0 ? readCompletion(value[0], depth + 1) : undefined
  if (!isRecord(value)) return undefined

  const choices = field(value, 'choices')
  if (Array.isArray(choices))
    return choices.length > 0 ? readCompletion(choices[0], depth + 1) : undefined

  const message = recordField(value, 'message')
  if (message !== undefined) {
    const answer = messageCompletion(message)
    return withFinishReason(answer, finishReasonOf(value) ?? answer.finishReason)
  }
  if (isMessageLike(value)) return messageCompletion(value)

  const text = asText(field(value, 'text'))
  if (text !== undefined) return withFinishReason({ text }, finishReasonOf(value))
  return undefined
}

function isMessageLike(value: JsonRecord): boolean {
  return ['role', 'parts', 'content', 'tool_calls', 'kwargs'].some(key => Object.hasOwn(value, key))
}

/** A message as an answer; one with nothing readable is an empty answer. */
function messageCompletion(message: JsonRecord): Completion {
  const answer = readMessage(message, 'assistant').find(turn => turn.role !== 'tool')
  return compact({
    text: answer?.content ?? '',
    toolCalls: answer?.toolCalls,
    finishReason: finishReasonOf(message)
  })
}

/** `finish_reason` (OpenAI, OTel), `stop_reason` (Anthropic), `finishReason` (Vercel, Gemini). */
export function finishReasonOf(record: JsonRecord | undefined): string | undefined {
  return asNonEmptyText(firstField(record, ['finish_reason', 'finishReason', 'stop_reason']))
}

function withFinishReason(completion: Completion, finishReason: string | undefined): Completion {
  return finishReason === undefined ? completion : { ...completion, finishReason }
}
