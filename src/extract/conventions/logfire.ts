/**
 * Logfire / pydantic-ai (up to instrumentation version 1): the model request span carries
 * the whole exchange in one `events` attribute, a JSON list of the legacy GenAI events
 * (`gen_ai.system.message`, `gen_ai.user.message`, …, `gen_ai.choice`) named by their
 * `event.name` field, plus the standard `gen_ai.*` attributes, and the tools offered in
 * `model_request_parameters`. The agent run span (`agent_name`, `all_messages_events`)
 * spans every request of the run and is not a call.
 */
import type { Span } from '../../traces/model.js'
import { hasAttribute, jsonAttribute } from '../attributes.js'
import { toolDefinitionOf } from '../content.js'
import { conversationFromEvents, isGenAiEventName, type GenAiEvent } from '../genai-events.js'
import {
  completionFields,
  conversationFields,
  promptTextFields,
  reading,
  type ConventionReader
} from '../reading.js'
import { asList, asText, field, isRecord, recordsIn } from '../values.js'

const EVENTS = 'events'
const EVENT_NAME = 'event.name'

export const logfire: ConventionReader = {
  convention: 'logfire',

  classify(span) {
    const { events, truncated } = readEvents(span)
    if (events.length > 0 || truncated) return 'call'
    const isAgentRun = hasAttribute(span, 'agent_name') && hasAttribute(span, 'all_messages_events')
    return isAgentRun ? 'other' : undefined
  },

  read(span) {
    const { events, truncated, text } = readEvents(span)
    const conversation = conversationFromEvents(events)
    return reading('logfire', {
      ...promptTextFields(text),
      ...conversationFields(conversation),
      ...completionFields(conversation?.completion),
      tools: readTools(span),
      truncated
    })
  }
}

interface RecordedEvents {
  events: GenAiEvent[]
  truncated: boolean
  /** The attribute's text when it was cut short: kept whole as the prompt text. */
  text?: string
}

function readEvents(span: Span): RecordedEvents {
  const attribute = jsonAttribute(span, EVENTS)
  if (attribute?.truncated === true && typeof attribute.value === 'string') {
    return { events: [], truncated: true, text: attribute.value }
  }
  const events = recordsIn(attribute?.value)
    .map(fields => ({ name: asText(field(fields, EVENT_NAME)) ?? '', fields }))
    .filter(event => isGenAiEventName(event.name))
  return { events, truncated: false }
}

/** `model_request_parameters.function_tools`: `{name, description, parameters_json_schema}`. */
function readTools(span: Span) {
  const parameters = jsonAttribute(span, 'model_request_parameters')?.value
  if (!isRecord(parameters)) return undefined
  return asList(field(parameters, 'function_tools'))
    .map(toolDefinitionOf)
    .filter(tool => tool !== undefined)
}
