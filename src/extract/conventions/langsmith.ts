/**
 * The LangSmith OpenTelemetry exporter (`langsmith` SDK, `LANGSMITH_OTEL_ENABLED`). Every
 * LangChain run becomes a span typed by `langsmith.span.kind`: `llm` is a model call;
 * chains, prompts, parsers, tools and retrievers are not, even though they carry
 * `gen_ai.prompt`/`gen_ai.completion` and sometimes `gen_ai.operation.name: chat`. On `llm`
 * spans those two attributes hold LangChain's serialized input (`{messages: [[…]]}` or
 * `{prompts: […]}`) and `LLMResult` (`{generations: [[…]], llm_output}`).
 */
import { attribute, jsonAttribute, numberAttribute, textAttribute } from '../attributes.js'
import { finishReasonOf, readCompletion, type Completion } from '../completion.js'
import { readMessages, splitSystem } from '../messages.js'
import { usageFromRecord } from '../payloads.js'
import { normalizeProvider } from '../provider.js'
import {
  completionFields,
  conversationFields,
  promptTextFields,
  reading,
  type CallReading,
  type ConventionReader
} from '../reading.js'
import {
  asList,
  asNonEmptyText,
  asTextList,
  compact,
  field,
  isRecord,
  recordField,
  nonEmptyList,
  positiveCount
} from '../values.js'

const SPAN_KIND = 'langsmith.span.kind'
const METADATA = 'langsmith.metadata.'

/** `ls_model_type` in the operation names `LlmCall` uses. */
const MODEL_TYPE_OPERATIONS: Readonly<Record<string, string>> = {
  chat: 'chat',
  llm: 'text_completion'
}

export const langSmith: ConventionReader = {
  convention: 'langsmith',

  classify(span) {
    const kind = textAttribute(span, SPAN_KIND)
    if (kind === undefined) return undefined
    return kind.toLowerCase() === 'llm' ? 'call' : 'other'
  },

  read(span) {
    const prompt = jsonAttribute(span, 'gen_ai.prompt')
    const completion = jsonAttribute(span, 'gen_ai.completion')
    const result = llmResult(completion?.value)
    const modelType = textAttribute(span, `${METADATA}ls_model_type`)
    return reading('langsmith', {
      ...inputFields(prompt?.value),
      ...completionFields(result.completion),
      operation:
        modelType !== undefined && Object.hasOwn(MODEL_TYPE_OPERATIONS, modelType)
          ? MODEL_TYPE_OPERATIONS[modelType]
          : undefined,
      provider: normalizeProvider(textAttribute(span, `${METADATA}ls_provider`)),
      model: textAttribute(span, `${METADATA}ls_model_name`),
      responseModel: result.model,
      usage: result.usage,
      params: {
        temperature: numberAttribute(span, `${METADATA}ls_temperature`),
        maxTokens: positiveCount(attribute(span, `${METADATA}ls_max_tokens`)),
        stop: nonEmptyList(asTextList(attribute(span, `${METADATA}ls_stop`)))
      },
      truncated: prompt?.truncated === true || completion?.truncated === true
    })
  }
}

/** `{messages: [[…]]}` (one list per prompt of a batch: the first is this call's) or `{prompts: [text]}`. */
function inputFields(value: unknown): Omit<CallReading, 'convention'> {
  if (!isRecord(value)) return {}
  const batches = asList(field(value, 'messages'))
  const first = Array.isArray(batches[0]) ? batches[0] : batches
  if (first.length > 0) return conversationFields(splitSystem(readMessages(first)))
  return promptTextFields(asNonEmptyText(asList(field(value, 'prompts'))[0]))
}

interface LlmResult {
  completion?: Completion
  model?: string
  usage?: CallReading['usage']
}

/**
 * The first generation of LangChain's `LLMResult`. A chat generation holds the AI message
 * (with `usage_metadata` and `response_metadata`); a text generation only `text`.
 */
function llmResult(value: unknown): LlmResult {
  if (!isRecord(value)) return {}
  const batches = asList(field(value, 'generations'))
  const generations = Array.isArray(batches[0]) ? batches[0] : batches
  const generation = generations.find(isRecord)
  if (generation === undefined) return {}
  const message = recordField(generation, 'message')
  // A serialized message keeps its fields under `kwargs`.
  const messageFields = recordField(message, 'kwargs') ?? message
  const responseMetadata = recordField(messageFields, 'response_metadata')
  const llmOutput = recordField(value, 'llm_output')
  const answer = readCompletion(message ?? field(generation, 'text'))
  const finishReason =
    finishReasonOf(recordField(generation, 'generation_info')) ?? finishReasonOf(responseMetadata)
  return compact({
    completion: answer === undefined ? undefined : compact({ ...answer, finishReason }),
    model:
      asNonEmptyText(field(llmOutput, 'model_name')) ??
      asNonEmptyText(field(responseMetadata, 'model_name')),
    usage: usageFromRecord(
      recordField(messageFields, 'usage_metadata') ?? recordField(llmOutput, 'token_usage')
    )
  })
}
