/**
 * Vercel AI SDK telemetry (`experimental_telemetry`, scope `ai`), v4 and v5. Each call is an
 * outer span for the SDK function (`ai.generateText`, `ai.streamText`, `ai.generateObject`,
 * `ai.streamObject`) around one inner span per model request (`….doGenerate`,
 * `….doStream`): the inner span is the call; the outer one is only a call when no inner span
 * was recorded. `ai.toolCall` and the embedding spans are not calls.
 */
import type { Span } from '../../traces/model.js'
import {
  attribute,
  countAttribute,
  jsonAttribute,
  numberAttribute,
  textAttribute,
  textListAttribute,
  verbatimText
} from '../attributes.js'
import { toolCallsOf, toolDefinitionOf } from '../content.js'
import { parseEmbeddedJson } from '../json.js'
import { joinSystem, readMessages, splitSystem, type Conversation } from '../messages.js'
import { normalizeProvider } from '../provider.js'
import {
  conversationFields,
  reading,
  type CallReading,
  type ConventionReader,
  type SpanRole
} from '../reading.js'
import {
  asCount,
  asList,
  asText,
  field,
  isRecord,
  recordField,
  nonEmptyList,
  positiveCount
} from '../values.js'

const OPERATION_ROLES: Readonly<Record<string, SpanRole>> = {
  'ai.generateText': 'call',
  'ai.streamText': 'call',
  'ai.generateObject': 'call',
  'ai.streamObject': 'call',
  'ai.generateText.doGenerate': 'call',
  'ai.streamText.doStream': 'call',
  'ai.generateObject.doGenerate': 'call',
  'ai.streamObject.doStream': 'call',
  'ai.toolCall': 'other',
  'ai.embed': 'other',
  'ai.embedMany': 'other',
  'ai.embed.doEmbed': 'other',
  'ai.embedMany.doEmbed': 'other'
}

/** `ai.operationId`; spans are also named after it. */
function operationId(span: Span): string | undefined {
  return (
    textAttribute(span, 'ai.operationId') ??
    (span.name.startsWith('ai.') ? span.name.split(' ')[0] : undefined)
  )
}

export const vercelAi: ConventionReader = {
  convention: 'vercel-ai',

  classify(span) {
    const operation = operationId(span)
    return operation !== undefined && Object.hasOwn(OPERATION_ROLES, operation)
      ? OPERATION_ROLES[operation]
      : undefined
  },

  read(span) {
    const messages = jsonAttribute(span, 'ai.prompt.messages')
    const prompt = jsonAttribute(span, 'ai.prompt')
    const conversation =
      messages === undefined
        ? promptConversation(prompt?.value)
        : splitSystem(readMessages(messages.value))
    const toolCalls =
      jsonAttribute(span, 'ai.response.toolCalls') ?? jsonAttribute(span, 'ai.result.toolCalls')
    return reading('vercel-ai', {
      operation: operationId(span),
      provider: vercelProvider(textAttribute(span, 'ai.model.provider')),
      model: textAttribute(span, 'ai.model.id'),
      responseModel: textAttribute(span, 'ai.response.model'),
      ...conversationFields(conversation),
      output: responseText(span),
      outputToolCalls: toolCallsOf(toolCalls?.value),
      finishReason: textAttribute(span, 'ai.response.finishReason', 'ai.finishReason'),
      tools: readTools(span),
      usage: readUsage(span),
      params: {
        temperature: numberAttribute(span, 'ai.settings.temperature'),
        maxTokens: positiveCount(
          attribute(span, 'ai.settings.maxOutputTokens') ?? attribute(span, 'ai.settings.maxTokens')
        ),
        topP: numberAttribute(span, 'ai.settings.topP'),
        stop: nonEmptyList(textListAttribute(span, 'ai.settings.stopSequences')),
        seed: asCount(attribute(span, 'ai.settings.seed'))
      },
      truncated:
        messages?.truncated === true || prompt?.truncated === true || toolCalls?.truncated === true
    })
  }
}

/** The outer span's `ai.prompt`: `{system?, prompt?, messages?}` as the caller passed it. */
function promptConversation(value: unknown): Conversation | undefined {
  if (typeof value === 'string') return { messages: [{ role: 'user', content: value }] }
  if (!isRecord(value)) return undefined
  const fromMessages = splitSystem(readMessages(field(value, 'messages')))
  const prompt = field(value, 'prompt')
  const promptMessages =
    prompt === undefined ? [] : readMessages(typeof prompt === 'string' ? [prompt] : prompt)
  const system = joinSystem(asText(field(value, 'system')), fromMessages.system)
  const all = [...fromMessages.messages, ...promptMessages]
  return system === undefined ? { messages: all } : { system, messages: all }
}

/** The text answer, or the generated object's JSON (`generateObject`); v4 wrote `ai.result.*`. */
const RESPONSE_TEXT_KEYS = [
  'ai.response.text',
  'ai.response.object',
  'ai.result.text',
  'ai.result.object'
]

function responseText(span: Span): string | undefined {
  for (const key of RESPONSE_TEXT_KEYS) {
    const text = verbatimText(span, key)
    if (text !== undefined) return text
  }
  return undefined
}

/** Google's provider ids name the API in two segments, so a prefix decides. */
const VERCEL_PROVIDER_PREFIXES: ReadonlyArray<[prefix: string, provider: string]> = [
  ['google.vertex', 'gcp.vertex_ai'],
  ['google.generative-ai', 'gcp.gemini']
]

/**
 * The SDK's provider id names the provider, then the API it used (`openai.chat`,
 * `anthropic.messages`, `amazon-bedrock`): the provider is the first segment.
 */
export function vercelProvider(id: string | undefined): string | undefined {
  const lower = id?.trim().toLowerCase()
  if (lower === undefined) return undefined
  const prefixed = VERCEL_PROVIDER_PREFIXES.find(
    ([prefix]) => lower === prefix || lower.startsWith(`${prefix}.`)
  )
  return prefixed?.[1] ?? normalizeProvider(lower.split('.')[0])
}

/** `ai.prompt.tools`: a list of tools as JSON text each (or JSON text of the whole list). */
function readTools(span: Span): CallReading['tools'] {
  return asList(parseEmbeddedJson(attribute(span, 'ai.prompt.tools')).value)
    .map(toolDefinitionOf)
    .filter(tool => tool !== undefined)
}

/** v4 `promptTokens`/`completionTokens`, v5 `inputTokens`/`outputTokens`; cache reads also from the provider metadata. */
function readUsage(span: Span): CallReading['usage'] {
  return {
    input: countAttribute(span, 'ai.usage.inputTokens', 'ai.usage.promptTokens'),
    output: countAttribute(span, 'ai.usage.outputTokens', 'ai.usage.completionTokens'),
    total: countAttribute(span, 'ai.usage.totalTokens'),
    reasoning: countAttribute(span, 'ai.usage.reasoningTokens'),
    cachedInput: countAttribute(span, 'ai.usage.cachedInputTokens') ?? providerCachedTokens(span)
  }
}

/** Where each provider reports cache reads in `ai.response.providerMetadata`. */
const CACHED_TOKENS_IN_PROVIDER_METADATA: ReadonlyArray<[provider: string, key: string]> = [
  ['openai', 'cachedPromptTokens'],
  ['anthropic', 'cacheReadInputTokens']
]

function providerCachedTokens(span: Span): number | undefined {
  const metadata = jsonAttribute(span, 'ai.response.providerMetadata')?.value
  if (!isRecord(metadata)) return undefined
  for (const [provider, key] of CACHED_TOKENS_IN_PROVIDER_METADATA) {
    const count = asCount(field(recordField(metadata, provider), key))
    if (count !== undefined) return count
  }
  return undefined
}
