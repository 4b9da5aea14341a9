import { resolve } from 'node:path'
import type { RunSettings, SuiteSettings } from '../settings/eval.js'
import { apiKeyVariable } from '../settings/eval.js'
import { SettingsError } from '../settings/raw.js'
import { createResponseCache, disabledCache, type ResponseCache } from './cache.js'
import { callModel } from './call-model.js'
import type { ChatMessage, ChatRequest, ModelCallResult, Provider } from './model.js'
import { priceTable, type PriceTable } from './pricing.js'
import type { GitReader } from './prompts/git.js'
import { createProvider, type ProviderSettings } from './providers/index.js'
import type { SampleResult, SuiteRun } from './run-model.js'
import { runSuite, skipReason, type RunDependencies } from './runner.js'
import { createScheduler, type Scheduler } from './scheduler.js'
import { createLlmJudge, type Embed, type Judge } from './scorers/index.js'
import { prepareSuite, type PreparedSuite } from './suite.js'

export interface EvalProgress {
  /** Samples finished, of all suites. */
  done: number
  total: number
  errors: number
  cacheHits: number
  /** Spent so far (cache hits cost nothing now). */
  costUsd: number
}

export interface EvaluateDependencies {
  cwd: string
  git: GitReader
  /** Injected in tests; default the real providers. */
  createProvider?: (settings: ProviderSettings) => Provider
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  onProgress?: (progress: EvalProgress) => void
  /** Ask only this side of every case: `head` on the default branch warms the cache for PRs. */
  only?: 'base' | 'head'
}

/** Embeddings model asked for `similar` when the suite names none (OpenAI-compatible APIs). */
export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small'

/**
 * Runs every suite: prepares them all first (so a broken dataset or prompt fails before any
 * money is spent), then asks the models through one shared scheduler and cache.
 */
export async function evaluate(
  settings: RunSettings,
  dependencies: EvaluateDependencies
): Promise<SuiteRun[]> {
  const { git } = dependencies
  let baseRef: Promise<string> | undefined
  const resolveBaseRef = () =>
    (baseRef ??= settings.baseRef ? git.resolveRef(settings.baseRef) : git.defaultBaseRef())
  const prepared: PreparedSuite[] = []
  for (const suite of settings.suites) {
    prepared.push(
      await prepareSuite(suite, {
        cwd: dependencies.cwd,
        git,
        baseRef: resolveBaseRef,
        ...(settings.shard ? { shard: settings.shard } : {})
      })
    )
  }
  for (const suite of prepared) requireApiKey(suite.settings)

  const scheduler = createScheduler({
    concurrency: settings.concurrency,
    ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
    ...(dependencies.sleep ? { sleep: dependencies.sleep } : {}),
    ...(dependencies.random ? { random: dependencies.random } : {})
  })
  const cache = settings.cacheDir
    ? createResponseCache(resolve(dependencies.cwd, settings.cacheDir))
    : disabledCache()
  const prices = priceTable(settings.prices)
  const progress = progressTracker(prepared, dependencies.onProgress, dependencies.only ? 1 : 2)
  const makeProvider = dependencies.createProvider ?? createProvider

  return Promise.all(
    prepared.map(suite => {
      const provider = makeProvider({
        kind: suite.settings.provider.kind,
        ...(suite.settings.provider.baseUrl ? { baseUrl: suite.settings.provider.baseUrl } : {}),
        ...(suite.settings.provider.apiKey ? { apiKey: suite.settings.provider.apiKey } : {}),
        ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
        apiKeyVariable: apiKeyVariable(suite.settings.provider.kind)
      })
      const ask = (request: ChatRequest, sample: number): Promise<ModelCallResult> =>
        callModel(request, { provider, scheduler, cache, sample, prices })
      const runDependencies: RunDependencies = {
        callModel: ask,
        ...(dependencies.only ? { only: dependencies.only } : {}),
        // Each case asks 2 x repeat times: this many cases keep every request slot filled.
        casesInFlight: Math.max(4, settings.concurrency),
        onSample: ({ result }) => progress.sampleDone(result),
        ...judgeAndEmbed(suite.settings, provider, { scheduler, cache, prices })
      }
      return runSuite(
        suite,
        { provider: provider.kind, baseUrl: provider.baseUrl },
        runDependencies
      )
    })
  )
}

/** Without a key only a custom base URL (a local or proxy endpoint) can answer. */
function requireApiKey(suite: SuiteSettings): void {
  const { provider } = suite
  if (provider.apiKey || provider.baseUrl) return
  throw new SettingsError(
    `suite ${suite.name}: set ${apiKeyVariable(provider.kind)} (or a base URL for a local model) to call ${provider.kind}`
  )
}

function judgeAndEmbed(
  suite: SuiteSettings,
  provider: Provider,
  shared: { scheduler: Scheduler; cache: ResponseCache; prices: PriceTable }
): { judge?: Judge; embed?: Embed } {
  const result: { judge?: Judge; embed?: Embed } = {}
  const judgeModel = suite.judgeModel
  if (judgeModel) {
    // The judge answers deterministically and is cached like any call, sample 0.
    result.judge = createLlmJudge(async (messages: ChatMessage[]) => {
      const answer = await callModel(
        { model: judgeModel, messages, params: { temperature: 0 } },
        { provider, ...shared, sample: 0 }
      )
      if (!answer.ok) throw new Error(`judge ${judgeModel} failed: ${answer.error}`)
      return answer.response.text
    })
  }
  const embed = provider.embed?.bind(provider)
  if (embed) {
    const model = suite.embeddingModel ?? DEFAULT_EMBEDDING_MODEL
    result.embed = texts => shared.scheduler.run(signal => embed(texts, model, signal))
  }
  return result
}

function progressTracker(
  prepared: PreparedSuite[],
  onProgress: EvaluateDependencies['onProgress'],
  sides: number
) {
  const state: EvalProgress = {
    done: 0,
    total: prepared
      .filter(suite => !skipReason(suite))
      .reduce((sum, suite) => sum + suite.cases.length * suite.settings.repeat * sides, 0),
    errors: 0,
    cacheHits: 0,
    costUsd: 0
  }
  return {
    sampleDone(result: SampleResult) {
      state.done++
      if (result.error) state.errors++
      if (result.cached) state.cacheHits++
      else state.costUsd += result.costUsd ?? 0
      onProgress?.({ ...state })
    }
  }
}
