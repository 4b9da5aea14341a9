/**
 * Validating readers for the runs inside results.json: each returns the typed value or
 * throws `InvalidFileError` naming the path that is wrong.
 */
import type { GateSettings } from '../compare/model.js'
import type { Assertion } from '../dataset/format.js'
import type {
  ChatMessage,
  ChatRole,
  ProviderKind,
  ScoredAssertion,
  ToolCall
} from '../eval/model.js'
import type {
  CaseRun,
  SampleResult,
  SuiteRun,
  VariantCaseResult,
  VariantSpec
} from '../eval/run-model.js'
import { type JsonField, withoutUndefined } from './json-field.js'

// Records over the unions, so adding a provider or role without teaching the reader fails
// to compile instead of rejecting valid files.
const PROVIDER_KINDS = Object.keys({ openai: 0, anthropic: 0 } satisfies Record<
  ProviderKind,
  0
>) as ProviderKind[]
const CHAT_ROLES = Object.keys({ system: 0, user: 0, assistant: 0, tool: 0 } satisfies Record<
  ChatRole,
  0
>) as ChatRole[]

export function readGateSettings(field: JsonField): GateSettings {
  const alpha = field.get('alpha')
  if (!(alpha.number() > 0 && alpha.number() <= 1)) alpha.fail('a number above 0 and at most 1')
  const minPassRate = field.get('minPassRate')
  if (minPassRate.isPresent() && !(minPassRate.number() >= 0 && minPassRate.number() <= 1)) {
    minPassRate.fail('a number from 0 to 1')
  }
  return withoutUndefined({
    maxRegressions: field.get('maxRegressions').wholeNumber(),
    minPassRate: minPassRate.optional(item => item.number()),
    maxErrors: field.get('maxErrors').optional(item => item.wholeNumber()),
    alpha: alpha.number()
  })
}

export function readSuiteRun(field: JsonField): SuiteRun {
  return withoutUndefined({
    name: field.get('name').string(),
    skipped: optionalString(field.get('skipped')),
    base: readVariantSpec(field.get('base')),
    head: readVariantSpec(field.get('head')),
    repeat: field.get('repeat').wholeNumber(),
    gate: field.get('gate').optional(readGateSettings),
    cases: field.get('cases').array(readCaseRun)
  })
}

function readVariantSpec(field: JsonField): VariantSpec {
  return withoutUndefined({
    name: field.get('name').oneOf(['base', 'head'] as const),
    provider: field.get('provider').oneOf(PROVIDER_KINDS),
    baseUrl: field.get('baseUrl').string(),
    model: optionalString(field.get('model')),
    prompt: field.get('prompt').optional(prompt => ({
      path: prompt.get('path').string(),
      ref: prompt.get('ref').string()
    }))
  })
}

function readCaseRun(field: JsonField): CaseRun {
  return withoutUndefined({
    caseId: field.get('caseId').string(),
    dataset: field.get('dataset').string(),
    input: field.get('input').string(),
    productionOutput: optionalString(field.get('productionOutput')),
    base: readVariantCaseResult(field.get('base')),
    head: readVariantCaseResult(field.get('head'))
  })
}

function readVariantCaseResult(field: JsonField): VariantCaseResult {
  return {
    messages: field.get('messages').array(readChatMessage),
    model: field.get('model').string(),
    samples: field.get('samples').array(readSampleResult)
  }
}

function readChatMessage(field: JsonField): ChatMessage {
  return withoutUndefined({
    role: field.get('role').oneOf(CHAT_ROLES),
    content: field.get('content').string(),
    toolCalls: field.get('toolCalls').optional(calls => calls.array(readToolCall)),
    toolCallId: optionalString(field.get('toolCallId')),
    name: optionalString(field.get('name'))
  })
}

function readToolCall(field: JsonField): ToolCall {
  const call = field.object()
  return withoutUndefined({
    id: optionalString(field.get('id')),
    name: field.get('name').string(),
    // Parsed JSON or raw text, kept as written.
    arguments: call.arguments
  })
}

function readSampleResult(field: JsonField): SampleResult {
  const usage = field.get('usage')
  return withoutUndefined({
    sample: field.get('sample').wholeNumber(),
    output: optionalString(field.get('output')),
    toolCalls: field.get('toolCalls').optional(calls => calls.array(readToolCall)),
    error: optionalString(field.get('error')),
    failure: optionalString(field.get('failure')),
    cached: field.get('cached').boolean(),
    latencyMs: field.get('latencyMs').optional(item => item.number()),
    usage: withoutUndefined({
      input: usage.get('input').optional(item => item.wholeNumber()),
      output: usage.get('output').optional(item => item.wholeNumber())
    }),
    costUsd: field.get('costUsd').optional(item => item.number()),
    model: optionalString(field.get('model')),
    assertions: field.get('assertions').array(readScoredAssertion),
    passed: field.get('passed').boolean()
  })
}

function readScoredAssertion(field: JsonField): ScoredAssertion {
  const assertion = field.get('assertion')
  assertion.get('type').string()
  return withoutUndefined({
    type: field.get('type').string(),
    passed: field.get('passed').boolean(),
    reason: field.get('reason').string(),
    score: field.get('score').optional(item => item.number()),
    // As written in the dataset: its other keys are the assertion's own business.
    assertion: assertion.object() as Assertion
  })
}

function optionalString(field: JsonField): string | undefined {
  return field.optional(item => item.string())
}
