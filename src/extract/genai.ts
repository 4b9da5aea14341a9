/**
 * The standard OTel GenAI span attributes that describe a call without its content
 * (operation, provider, models, usage, request parameters, finish reasons). toad-eye,
 * OpenLLMetry, LiteLLM, OpenLIT, pydantic-ai and the Vercel AI SDK all write them, so the
 * readers of those conventions share this one.
 */
import type { Span } from '../traces/model.js'
import {
  attribute,
  countAttribute,
  hasAttribute,
  numberAttribute,
  textAttribute,
  textListAttribute
} from './attributes.js'
import { normalizeProvider } from './provider.js'
import type { CallReading, SpanRole } from './reading.js'
import { asCount, nonEmptyList, positiveCount } from './values.js'

/**
 * Operations that are not a model answering a prompt. Besides the semconv values, the
 * names frameworks write into `gen_ai.operation.name` for their own steps (OpenLIT's
 * `vectordb`, LangSmith's `chain` and `parser`).
 */
const NON_CALL_OPERATIONS = new Set([
  'embeddings',
  'embedding',
  'execute_tool',
  'invoke_agent',
  'create_agent',
  'invoke_workflow',
  'retrieval',
  'vectordb',
  'chain',
  'parser'
])

/**
 * The role `gen_ai.operation.name` gives the span: `other` for the operations above, `call`
 * for any other operation (`chat`, `text_completion`, `generate_content`, LiteLLM's
 * `acompletion`, …), and for a span that names the model it requested.
 */
export function genAiOperationRole(span: Span): SpanRole | undefined {
  const operation = textAttribute(span, 'gen_ai.operation.name')?.toLowerCase()
  if (operation !== undefined) return NON_CALL_OPERATIONS.has(operation) ? 'other' : 'call'
  return hasAttribute(span, 'gen_ai.request.model') ? 'call' : undefined
}

export type GenAiMetadata = Pick<
  CallReading,
  'operation' | 'provider' | 'model' | 'responseModel' | 'finishReason' | 'usage' | 'params'
>

/** Everything the standard attributes say about the call besides its content. */
export function readGenAiMetadata(span: Span): GenAiMetadata {
  return {
    operation: textAttribute(span, 'gen_ai.operation.name'),
    provider: normalizeProvider(textAttribute(span, 'gen_ai.provider.name')),
    model: textAttribute(span, 'gen_ai.request.model'),
    responseModel: textAttribute(span, 'gen_ai.response.model'),
    finishReason: textListAttribute(span, 'gen_ai.response.finish_reasons')?.[0],
    usage: {
      input: countAttribute(span, 'gen_ai.usage.input_tokens'),
      output: countAttribute(span, 'gen_ai.usage.output_tokens'),
      total: countAttribute(span, 'gen_ai.usage.total_tokens'),
      cachedInput: countAttribute(span, 'gen_ai.usage.cache_read.input_tokens'),
      reasoning: countAttribute(
        span,
        'gen_ai.usage.reasoning.output_tokens',
        'gen_ai.usage.reasoning_tokens'
      )
    },
    params: {
      temperature: numberAttribute(span, 'gen_ai.request.temperature'),
      maxTokens: positiveCount(attribute(span, 'gen_ai.request.max_tokens')),
      topP: numberAttribute(span, 'gen_ai.request.top_p'),
      stop: nonEmptyList(textListAttribute(span, 'gen_ai.request.stop_sequences')),
      seed: asCount(attribute(span, 'gen_ai.request.seed'))
    }
  }
}
