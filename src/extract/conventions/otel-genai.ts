/**
 * OTel GenAI semantic conventions, current form (semconv 1.37+): content as JSON on the span
 * in `gen_ai.input.messages`, `gen_ai.output.messages` (one message per choice) and
 * `gen_ai.system_instructions`, messages made of typed parts (`text`, `tool_call`,
 * `tool_call_response`), tools offered in `gen_ai.tool.definitions`. LiteLLM writes the
 * system instructions as plain text; that is read too.
 */
import type { Span } from '../../traces/model.js'
import { hasAttribute, jsonAttribute, numberAttribute } from '../attributes.js'
import { readCompletion } from '../completion.js'
import { contentText, toolDefinitionsOf } from '../content.js'
import { genAiOperationRole, readGenAiMetadata } from '../genai.js'
import { joinSystem, readMessages, splitSystem } from '../messages.js'
import {
  completionFields,
  conversationFields,
  promptTextFields,
  reading,
  type CallReading,
  type ConventionReader
} from '../reading.js'

const INPUT_MESSAGES = 'gen_ai.input.messages'
const OUTPUT_MESSAGES = 'gen_ai.output.messages'
const SYSTEM_INSTRUCTIONS = 'gen_ai.system_instructions'
const TOOL_DEFINITIONS = 'gen_ai.tool.definitions'

export const otelGenAi: ConventionReader = {
  convention: 'otel-genai',

  classify(span) {
    const role = genAiOperationRole(span)
    if (role !== undefined) return role
    return [INPUT_MESSAGES, OUTPUT_MESSAGES, SYSTEM_INSTRUCTIONS].some(key =>
      hasAttribute(span, key)
    )
      ? 'call'
      : undefined
  },

  read(span) {
    const input = readInput(span)
    const output = readOutput(span)
    const system = readSystemInstructions(span)
    const metadata = readGenAiMetadata(span)
    return reading('otel-genai', {
      ...metadata,
      ...input,
      // Instructions recorded apart come first; system messages inside the input follow.
      system: joinSystem(system.text, input.system),
      ...output,
      finishReason: output.finishReason ?? metadata.finishReason,
      tools: toolDefinitionsOf(jsonAttribute(span, TOOL_DEFINITIONS)?.value),
      // Not semconv: OpenLIT records its cost estimate here.
      cost: numberAttribute(span, 'gen_ai.usage.cost'),
      truncated: input.truncated || output.truncated || system.truncated
    })
  }
}

type ContentFields = Omit<CallReading, 'convention'>

/** The input conversation; text that is not (complete) JSON is kept as the prompt text. */
function readInput(span: Span): ContentFields {
  const input = jsonAttribute(span, INPUT_MESSAGES)
  if (input === undefined) return {}
  if (typeof input.value === 'string') {
    return { ...promptTextFields(input.value), truncated: input.truncated }
  }
  return {
    ...conversationFields(splitSystem(readMessages(input.value))),
    truncated: input.truncated
  }
}

function readOutput(span: Span): ContentFields {
  const output = jsonAttribute(span, OUTPUT_MESSAGES)
  if (output === undefined) return {}
  return { ...completionFields(readCompletion(output.value)), truncated: output.truncated }
}

/** A list of parts (`[{type:'text', content}]`), one part, or plain text (LiteLLM). */
function readSystemInstructions(span: Span): { text?: string; truncated: boolean } {
  const instructions = jsonAttribute(span, SYSTEM_INSTRUCTIONS)
  if (instructions === undefined) return { truncated: false }
  const text = contentText(instructions.value)
  return { ...(text === '' ? {} : { text }), truncated: instructions.truncated }
}
