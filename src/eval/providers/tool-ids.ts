/**
 * Both APIs link each tool result to the call it answers by id, but recorded conversations
 * do not always carry ids. This fills them in: calls without an id get a stable one, and a
 * result without an id answers the earliest unanswered call before it.
 */
import type { ChatMessage } from '../model.js'

export function withToolCallIds(messages: readonly ChatMessage[]): ChatMessage[] {
  let unanswered: string[] = []
  return messages.map((message, messageIndex) => {
    if (message.role === 'assistant' && message.toolCalls?.length) {
      const toolCalls = message.toolCalls.map((call, callIndex) => ({
        ...call,
        id: call.id ?? `call_${messageIndex}_${callIndex}`
      }))
      unanswered = toolCalls.map(call => call.id)
      return { ...message, toolCalls }
    }
    if (message.role === 'tool') {
      const toolCallId = message.toolCallId ?? unanswered[0]
      unanswered = unanswered.filter(id => id !== toolCallId)
      return toolCallId === undefined ? message : { ...message, toolCallId }
    }
    return message
  })
}

/** Tool arguments as a JSON object string, however they were recorded. */
export function argumentsText(args: unknown): string {
  if (typeof args === 'string') return args
  return JSON.stringify(args ?? {})
}

/** Tool arguments as an object (Anthropic's `input`); text that is not a JSON object gives `{}`. */
export function argumentsObject(args: unknown): Record<string, unknown> {
  const value = typeof args === 'string' ? parseJson(args) : args
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** Parsed JSON when the text is JSON, else the text itself (the `ToolCall.arguments` rule). */
export function parsedArguments(text: string): unknown {
  const value = parseJson(text)
  return value === undefined ? text : value
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
