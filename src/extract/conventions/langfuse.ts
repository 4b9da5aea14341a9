/**
 * Langfuse SDK v3+ (OpenTelemetry based): an observation per span, typed by
 * `langfuse.observation.type`; `generation` is a model call, every other type (span, event,
 * agent, tool, chain, retriever, embedding, evaluator, guardrail) is not. Input and output
 * are whatever the caller passed, as JSON: usually chat messages, a request body, or text.
 */
import type { Span } from '../../traces/model.js'
import { jsonAttribute, textAttribute, type JsonAttribute } from '../attributes.js'
import { readCompletion } from '../completion.js'
import {
  paramsFromRecord,
  readRequestPayload,
  usageFromRecord,
  type RequestPayload
} from '../payloads.js'
import {
  completionFields,
  conversationFields,
  promptTextFields,
  reading,
  type CallReading,
  type ConventionReader
} from '../reading.js'
import { asNumber, field, isRecord, type JsonRecord } from '../values.js'

const TYPE = 'langfuse.observation.type'
const INPUT = 'langfuse.observation.input'
const OUTPUT = 'langfuse.observation.output'

export const langfuse: ConventionReader = {
  convention: 'langfuse',

  classify(span) {
    const type = textAttribute(span, TYPE)?.toLowerCase()
    if (type === undefined) return undefined
    return type === 'generation' ? 'call' : 'other'
  },

  read(span) {
    const input = jsonAttribute(span, INPUT)
    const output = jsonAttribute(span, OUTPUT)
    const request = readRequestPayload(input?.value) ?? unknownShapeInput(input)
    const level = textAttribute(span, 'langfuse.observation.level')
    return reading('langfuse', {
      ...conversationFields(request),
      ...promptTextFields(request?.promptText),
      ...outputFields(output),
      model: textAttribute(span, 'langfuse.observation.model.name') ?? request?.model,
      params: {
        ...request?.params,
        ...paramsFromRecord(jsonRecord(span, 'langfuse.observation.model.parameters'))
      },
      tools: request?.tools,
      usage: usageFromRecord(jsonRecord(span, 'langfuse.observation.usage_details')),
      cost: totalCost(jsonRecord(span, 'langfuse.observation.cost_details')),
      error:
        level === 'ERROR'
          ? withMessage(textAttribute(span, 'langfuse.observation.status_message'))
          : undefined,
      truncated: input?.truncated === true || output?.truncated === true
    })
  }
}

function jsonRecord(span: Span, key: string): JsonRecord | undefined {
  const value = jsonAttribute(span, key)?.value
  return isRecord(value) ? value : undefined
}

/** An input in no known shape (the arguments of a decorated function) is kept whole as text. */
function unknownShapeInput(input: JsonAttribute | undefined): RequestPayload | undefined {
  return input === undefined || input.value === null
    ? undefined
    : { promptText: input.text, params: {} }
}

/** An answer in a known shape; any other output is kept whole as its text. */
function outputFields(output: JsonAttribute | undefined): Omit<CallReading, 'convention'> {
  if (output === undefined || output.value === null) return {}
  return completionFields(readCompletion(output.value) ?? { text: output.text })
}

/** `cost_details.total`, else the sum of the parts (`input`, `output`, …). */
function totalCost(details: JsonRecord | undefined): number | undefined {
  if (details === undefined) return undefined
  const total = asNumber(field(details, 'total'))
  if (total !== undefined) return total
  const parts = Object.values(details)
    .map(asNumber)
    .filter(cost => cost !== undefined)
  return parts.length > 0 ? parts.reduce((sum, cost) => sum + cost, 0) : undefined
}

function withMessage(message: string | undefined): CallReading['error'] {
  return message === undefined ? {} : { message }
}
