import type { CaseMessage, EvalCase } from '../dataset/format.js'
import type { ChatMessage, ChatRequest, ModelCallResult, ToolDefinition } from './model.js'
import type { PromptTemplate } from './prompts/template.js'
import { renderPrompt, stripRecordedSystem } from './prompts/template.js'
import type {
  CaseRun,
  SampleResult,
  SuiteRun,
  VariantCaseResult,
  VariantName,
  VariantSpec
} from './run-model.js'
import { scoreAnswer, type Embed, type Judge } from './scorers/index.js'
import { mapWithLimit } from './pool.js'
import type { LoadedCase, PreparedSuite } from './suite.js'

export interface RunDependencies {
  /** Asks the suite's model once; scheduling, retries and caching happen behind it. */
  callModel(request: ChatRequest, sample: number): Promise<ModelCallResult>
  judge?: Judge
  embed?: Embed
  /** Cases whose samples may be pending at once; enough to keep the scheduler busy. */
  casesInFlight?: number
  /** Called as each sample finishes, for progress display. */
  onSample?(event: { variant: VariantName; result: SampleResult }): void
  /** Ask only this side (warming the cache for today's prompts); the other stays empty. */
  only?: VariantName
}

const DEFAULT_CASES_IN_FLIGHT = 16

export interface SuiteEndpoints {
  provider: VariantSpec['provider']
  baseUrl: string
}

/**
 * Runs every case of a prepared suite on both sides, `repeat` times each, and scores every
 * answer. A model call that fails after the scheduler's retries is an error sample, never a
 * pass; nothing here throws for a provider failure.
 */
export async function runSuite(
  prepared: PreparedSuite,
  endpoints: SuiteEndpoints,
  dependencies: RunDependencies
): Promise<SuiteRun> {
  const { settings, prompt } = prepared
  const base: VariantSpec = {
    name: 'base',
    ...endpoints,
    ...((settings.baseModel ?? settings.model)
      ? { model: settings.baseModel ?? settings.model }
      : {}),
    ...(prompt
      ? {
          prompt: settings.basePrompt
            ? { path: settings.basePrompt, ref: 'working tree' }
            : { path: prompt.path, ref: prompt.baseRef }
        }
      : {})
  }
  const head: VariantSpec = {
    name: 'head',
    ...endpoints,
    ...(settings.model ? { model: settings.model } : {}),
    ...(prompt ? { prompt: { path: prompt.path, ref: 'working tree' } } : {})
  }
  const skipped = skipReason(prepared)
  const common = { name: settings.name, base, head, repeat: settings.repeat, gate: settings.gate }
  if (skipped) return { ...common, skipped, cases: [] }

  const cases = await mapWithLimit(
    prepared.cases,
    dependencies.casesInFlight ?? DEFAULT_CASES_IN_FLIGHT,
    loaded => runCase(loaded, prepared, dependencies)
  )
  return { ...common, cases }
}

/** With nothing different between the sides, running would only spend money. */
export function skipReason({ settings, prompt }: PreparedSuite): string | undefined {
  if (settings.runUnchanged) return undefined
  const sameModel = settings.baseModel === undefined || settings.baseModel === settings.model
  if (prompt?.unchanged && sameModel) {
    return settings.basePrompt
      ? `${prompt.path} and ${settings.basePrompt} are the same`
      : `${prompt.path} is unchanged since ${prompt.baseRef.slice(0, 12)}`
  }
  if (!prompt && settings.model !== undefined && settings.model === settings.baseModel) {
    return `base and head both replay with ${settings.model}`
  }
  return undefined
}

async function runCase(
  loaded: LoadedCase,
  prepared: PreparedSuite,
  dependencies: RunDependencies
): Promise<CaseRun> {
  const { evalCase } = loaded
  const productionModel = stringOf(evalCase.source?.model) ?? loaded.datasetModel
  const headTemplate = prepared.prompt?.head
  // A prompt new in this PR has no base version: base then replays production.
  const baseTemplate = prepared.prompt?.base
  const headModel = prepared.settings.model ?? headTemplate?.model?.name ?? productionModel
  const baseModel =
    prepared.settings.baseModel ?? (prepared.prompt ? headModel : productionModel) ?? headModel
  const input = stripRecordedSystem(
    String(evalCase.variables.input ?? ''),
    systemText(baseTemplate)
  )
  const context: CaseContext = { evalCase, input, prepared, dependencies }
  const side = (
    name: VariantName,
    template: PromptTemplate | undefined,
    model: string | undefined
  ) =>
    dependencies.only && dependencies.only !== name
      ? Promise.resolve<VariantCaseResult>({ messages: [], model: model ?? '', samples: [] })
      : runVariant({ name, template, model }, context)
  const [base, head] = await Promise.all([
    side('base', baseTemplate, baseModel),
    side('head', headTemplate, headModel)
  ])
  const productionOutput = stringOf(evalCase.output)
  return {
    caseId: evalCase.id,
    dataset: loaded.dataset,
    input,
    ...(productionOutput !== undefined ? { productionOutput } : {}),
    base,
    head
  }
}

/** What every sample of one case shares. */
interface CaseContext {
  evalCase: EvalCase
  /** The case input, with a recorded copy of the base system prompt taken out. */
  input: string
  prepared: PreparedSuite
  dependencies: RunDependencies
}

interface Side {
  name: VariantName
  template: PromptTemplate | undefined
  model: string | undefined
}

async function runVariant(side: Side, context: CaseContext): Promise<VariantCaseResult> {
  const { evalCase, input, prepared, dependencies } = context
  const { name: variant, template, model } = side
  const samples = Array.from({ length: prepared.settings.repeat }, (_, sample) => sample)
  let messages: ChatMessage[]
  try {
    if (!model) throw new Error('no model: set model in the suite or record one in the dataset')
    messages = renderPrompt(template, {
      input,
      variables: evalCase.variables,
      ...(evalCase.messages?.length ? { messages: conversation(evalCase.messages) } : {}),
      ...(typeof evalCase.system === 'string' ? { system: evalCase.system } : {})
    })
  } catch (error) {
    const reason = (error as Error).message
    const results = samples.map(sample => ({ ...failedSample(sample, reason), failure: 'config' }))
    for (const result of results) dependencies.onSample?.({ variant, result })
    return { messages: [], model: model ?? '', samples: results }
  }
  const request: ChatRequest = {
    model,
    messages,
    ...(evalCase.tools?.length ? { tools: evalCase.tools as ToolDefinition[] } : {}),
    params: prepared.settings.params
  }
  const results = await Promise.all(
    samples.map(async sample => {
      const result = await runSample(request, sample, context)
      dependencies.onSample?.({ variant, result })
      return result
    })
  )
  return { messages, model, samples: results }
}

async function runSample(
  request: ChatRequest,
  sample: number,
  context: CaseContext
): Promise<SampleResult> {
  const { evalCase, input, dependencies } = context
  const call = await dependencies.callModel(request, sample)
  if (!call.ok) return { ...failedSample(sample, call.error), failure: call.failure }
  const { response } = call
  const productionOutput = stringOf(evalCase.output)
  const assertions = await scoreAnswer(
    evalCase.assertions ?? [],
    {
      output: response.text,
      toolCalls: response.toolCalls,
      cached: call.cached,
      ...(call.latencyMs !== undefined ? { latencyMs: call.latencyMs } : {}),
      ...(call.costUsd !== undefined ? { costUsd: call.costUsd } : {})
    },
    {
      input,
      ...(productionOutput !== undefined ? { productionOutput } : {}),
      ...(dependencies.judge ? { judge: dependencies.judge } : {}),
      ...(dependencies.embed ? { embed: dependencies.embed } : {})
    }
  )
  const scorerError = assertions.find(result => result.error)
  return {
    sample,
    output: response.text,
    ...(response.toolCalls.length > 0 ? { toolCalls: response.toolCalls } : {}),
    ...(scorerError ? { error: `${scorerError.type}: ${scorerError.reason}` } : {}),
    cached: call.cached,
    ...(call.latencyMs !== undefined ? { latencyMs: call.latencyMs } : {}),
    usage: response.usage,
    ...(call.costUsd !== undefined ? { costUsd: call.costUsd } : {}),
    ...(response.model ? { model: response.model } : {}),
    assertions,
    passed: !scorerError && assertions.every(result => result.passed)
  }
}

function failedSample(sample: number, error: string): SampleResult {
  return { sample, error, cached: false, usage: {}, assertions: [], passed: false }
}

/** The recorded conversation as chat messages; system turns are the prompt's business. */
function conversation(messages: CaseMessage[]): ChatMessage[] {
  return messages
    .filter(
      message => message.role === 'user' || message.role === 'assistant' || message.role === 'tool'
    )
    .map(message => ({
      role: message.role as ChatMessage['role'],
      content: String(message.content ?? ''),
      ...(message.tool_calls?.length ? { toolCalls: message.tool_calls } : {}),
      ...(message.tool_call_id ? { toolCallId: message.tool_call_id } : {}),
      ...(message.name ? { name: message.name } : {})
    }))
}

function systemText(template: PromptTemplate | undefined): string | undefined {
  if (!template) return undefined
  if (template.kind === 'system') return template.system
  return template.messages.find(message => message.role === 'system')?.content
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
