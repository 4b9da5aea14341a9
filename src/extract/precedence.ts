/**
 * How the readings of one call are merged into one `LlmCall` when several conventions
 * describe it: two attribute families on one span (LiteLLM's `gen_ai.*` beside OpenLLMetry's
 * `llm.request.functions.*`), or an outer span around the call span (Vercel's
 * `ai.generateText` around `doGenerate`, an OpenLLMetry workflow around `openai.chat`).
 *
 * Rule: a value is taken from the first reading that has it, visiting
 *   1. spans from the call span outwards (the span of the request itself knows best), and
 *   2. within a span, conventions in the order of the `PRECEDENCE` row for that field.
 * The prompt (system, messages, prompt text) and the answer (text, tool calls) are each taken
 * whole from one reading, so two renderings of a prompt never mix. Everything else is merged
 * field by field: token counts counter by counter, request parameters one by one.
 */
import type { Convention, LlmCall } from './model.js'
import type { CallReading } from './reading.js'
import { compact } from './values.js'

/**
 * Conventions written by one SDK for its own spans come before the generic OTel GenAI
 * attributes that the same SDKs also write; the current semconv before its legacy forms.
 */
const SPECIFIC_FIRST: readonly Convention[] = [
  'toad-eye',
  'vercel-ai',
  'langsmith',
  'langfuse',
  'logfire',
  'openinference',
  'otel-genai',
  'openllmetry',
  'otel-genai-deprecated'
]

/**
 * For content, structure wins: toad-eye records the prompt as one joined string, so its
 * reading comes last when the same span also carries role-by-role messages.
 */
const STRUCTURED_CONTENT_FIRST: readonly Convention[] = [
  'vercel-ai',
  'langsmith',
  'langfuse',
  'logfire',
  'openinference',
  'otel-genai',
  'openllmetry',
  'otel-genai-deprecated',
  'toad-eye'
]

/** The precedence table: for each group of fields, the conventions in the order they win. */
export const PRECEDENCE = {
  /** the prompt: system, messages, promptText (whole, from one reading) */
  prompt: STRUCTURED_CONTENT_FIRST,
  /** the answer: output, outputToolCalls (whole, from one reading) */
  answer: STRUCTURED_CONTENT_FIRST,
  /** tools offered */
  tools: STRUCTURED_CONTENT_FIRST,
  /** operation, provider, model, responseModel, finishReason: each on its own */
  description: SPECIFIC_FIRST,
  /** each token counter on its own */
  usage: SPECIFIC_FIRST,
  cost: SPECIFIC_FIRST,
  /** each request parameter on its own */
  params: SPECIFIC_FIRST,
  /** error type and message, each on its own (from the call span only) */
  error: SPECIFIC_FIRST
} as const satisfies Record<string, readonly Convention[]>

type Prompt = Pick<LlmCall, 'system' | 'messages' | 'promptText'>
type Answer = Pick<LlmCall, 'output' | 'outputToolCalls'>

export type MergedFields = Omit<
  LlmCall,
  'traceId' | 'spanId' | 'service' | 'spanName' | 'startTime' | 'latencyMs' | 'hasContent'
>

/**
 * Merges the readings of a call: `readingsBySpan[0]` are the call span's, the rest its
 * wrappers', nearest first. Only the call span's readings say whether the call failed.
 */
export function mergeReadings(readingsBySpan: readonly (readonly CallReading[])[]): MergedFields {
  const used = new Set<Convention>()
  let truncated = false

  /** The first reading `accepts`, visiting `spans` outwards and conventions in `order`. */
  function firstReading(
    order: readonly Convention[],
    accepts: (reading: CallReading) => boolean,
    spans = readingsBySpan
  ): CallReading | undefined {
    for (const readings of spans) {
      const found = inOrder(readings, order).find(accepts)
      if (found !== undefined) {
        used.add(found.convention)
        return found
      }
    }
    return undefined
  }

  function first<T>(
    order: readonly Convention[],
    pick: (reading: CallReading) => T | undefined,
    spans = readingsBySpan
  ): T | undefined {
    const reading = firstReading(order, candidate => pick(candidate) !== undefined, spans)
    return reading === undefined ? undefined : pick(reading)
  }

  /** A group of content fields, whole from the first reading that records any of them. */
  function content<T extends object>(
    order: readonly Convention[],
    pick: (reading: CallReading) => T
  ): T | undefined {
    const hasAny = (reading: CallReading) =>
      Object.values(pick(reading)).some(value => value !== undefined)
    const reading = firstReading(order, hasAny)
    if (reading === undefined) return undefined
    if (reading.truncated === true) truncated = true
    return compact(pick(reading))
  }

  const prompt: Partial<Prompt> | undefined = content(PRECEDENCE.prompt, reading => ({
    system: reading.system,
    messages: reading.messages,
    promptText: reading.promptText
  }))
  const answer: Partial<Answer> | undefined = content(PRECEDENCE.answer, reading => ({
    output: reading.output,
    outputToolCalls: reading.outputToolCalls
  }))
  const tools = content(PRECEDENCE.tools, reading => ({ tools: reading.tools }))

  const description = (
    key: 'operation' | 'provider' | 'model' | 'responseModel' | 'finishReason'
  ) => first(PRECEDENCE.description, reading => reading[key])
  const usage = (key: keyof LlmCall['usage']) =>
    first(PRECEDENCE.usage, reading => reading.usage?.[key])
  const param = <K extends keyof LlmCall['params']>(key: K) =>
    first(PRECEDENCE.params, reading => reading.params?.[key])
  const callSpan = readingsBySpan.slice(0, 1)
  const failed = callSpan[0]?.some(reading => reading.error !== undefined) ?? false
  const error = (key: 'type' | 'message') =>
    first(PRECEDENCE.error, reading => reading.error?.[key], callSpan)

  const merged = {
    ...prompt,
    messages: prompt?.messages ?? [],
    ...answer,
    ...tools,
    operation: description('operation'),
    provider: description('provider'),
    model: description('model'),
    responseModel: description('responseModel'),
    finishReason: description('finishReason'),
    usage: compact({
      input: usage('input'),
      output: usage('output'),
      total: usage('total'),
      cachedInput: usage('cachedInput'),
      reasoning: usage('reasoning')
    }),
    params: compact({
      temperature: param('temperature'),
      maxTokens: param('maxTokens'),
      topP: param('topP'),
      stop: param('stop'),
      seed: param('seed')
    }),
    cost: first(PRECEDENCE.cost, reading => reading.cost),
    error: failed ? compact({ type: error('type'), message: error('message') }) : undefined
  }
  return compact({
    ...merged,
    conventions: SPECIFIC_FIRST.filter(convention => used.has(convention)),
    truncated: truncated ? true : undefined
  })
}

function inOrder(readings: readonly CallReading[], order: readonly Convention[]): CallReading[] {
  return [...readings].sort((a, b) => order.indexOf(a.convention) - order.indexOf(b.convention))
}
