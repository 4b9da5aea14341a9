import { createHash } from 'node:crypto'
import type { LlmCall, Message, ToolCall } from '../extract/model.js'
import { baselineAssertions } from './assertions.js'
import type { CaseMessage, CaseSource, CaseToolCall, EvalCase } from './format.js'
import { redactDeep, type Redactor } from './redact.js'
import { foldToAscii } from './slug.js'

export interface BuildCaseOptions {
  /** When absent, text is written as recorded (`--no-redact`). */
  redactor?: Redactor
}

/**
 * One eval case from one production call. The case input is the last user message (the whole
 * prompt where the convention records only one string); assertions come from the real answer.
 */
export function buildCase(call: LlmCall, options: BuildCaseOptions = {}): EvalCase {
  const text = (value: string): string => options.redactor?.redact(value) ?? value
  const input = text(caseInput(call))
  const evalCase: EvalCase = {
    id: caseId(input, call.spanId),
    variables: { input },
    assertions: baselineAssertions(call)
  }
  if (call.system) evalCase.system = text(call.system)
  if (call.messages.length > 1)
    evalCase.messages = call.messages.map(message => caseMessage(message, options))
  if (call.output !== undefined) evalCase.output = text(call.output)
  if (call.outputToolCalls?.length) {
    evalCase.tool_calls = call.outputToolCalls.map(toolCall => caseToolCall(toolCall, options))
  }
  if (call.tools?.length) evalCase.tools = call.tools.map(tool => ({ ...tool }))
  evalCase.source = caseSource(call)
  return evalCase
}

function caseInput(call: LlmCall): string {
  const lastUser = [...call.messages].reverse().find(message => message.role === 'user')
  return lastUser?.content ?? call.promptText ?? ''
}

function caseMessage(message: Message, options: BuildCaseOptions): CaseMessage {
  const redact = (value: string): string => options.redactor?.redact(value) ?? value
  const result: CaseMessage = { role: message.role, content: redact(message.content) }
  if (message.toolCalls?.length)
    result.tool_calls = message.toolCalls.map(call => caseToolCall(call, options))
  if (message.toolCallId) result.tool_call_id = message.toolCallId
  if (message.name) result.name = message.name
  return result
}

function caseToolCall(toolCall: ToolCall, options: BuildCaseOptions): CaseToolCall {
  const result: CaseToolCall = { name: toolCall.name }
  if (toolCall.arguments !== undefined) {
    result.arguments = options.redactor
      ? redactDeep(toolCall.arguments, options.redactor)
      : toolCall.arguments
  }
  if (toolCall.id) result.id = toolCall.id
  return result
}

function caseSource(call: LlmCall): CaseSource {
  const source: CaseSource = { trace_id: call.traceId, span_id: call.spanId }
  if (call.service) source.service = call.service
  source.operation = call.spanName
  source.time = call.startTime
  if (call.model ?? call.responseModel) source.model = call.model ?? call.responseModel
  if (call.provider) source.provider = call.provider
  const tokens = {
    ...(call.usage.input !== undefined ? { input: call.usage.input } : {}),
    ...(call.usage.output !== undefined ? { output: call.usage.output } : {}),
    ...(call.usage.total !== undefined ? { total: call.usage.total } : {}),
    ...(call.usage.cachedInput !== undefined ? { cached_input: call.usage.cachedInput } : {}),
    ...(call.usage.reasoning !== undefined ? { reasoning: call.usage.reasoning } : {})
  }
  if (Object.keys(tokens).length > 0) source.tokens = tokens
  if (call.cost !== undefined) source.cost = call.cost
  source.latency_ms = Math.round(call.latencyMs)
  if (call.truncated) source.truncated = true
  return source
}

/**
 * A readable, stable id: a slug of the (already redacted) input and the start of the span
 * id, e.g. `reset-my-password-01e1a2b3`. Span ids are unique per call, so re-exporting the
 * same call gives the same id. The slug comes from the input's last line: where a prompt
 * was recorded whole (system text, then the question), that line is the question.
 */
export function caseId(input: string, spanId: string): string {
  const lastLine = input.trimEnd().split('\n').at(-1) ?? ''
  const slug = foldToAscii(lastLine)
    .replace(/\[redacted:[a-z_]+\]/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return `${slug || 'case'}-${spanId.slice(0, 8)}`
}

/**
 * Two inputs that differ only in letter case or spacing are the same test;
 * the hash also identifies a call across traces when merging into existing files.
 */
export function contentHash(evalCase: Pick<EvalCase, 'variables' | 'system' | 'messages'>): string {
  const normalized = [
    evalCase.system ?? '',
    ...(evalCase.messages ?? []).map(m => `${m.role}:${m.content}`),
    String(evalCase.variables.input)
  ]
    .map(part => part.toLowerCase().replace(/\s+/g, ' ').trim())
    .join('\u0000')
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16)
}
