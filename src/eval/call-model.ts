/**
 * Asks a model once for one sample: from the response cache when the same question was
 * answered before, else through the scheduler (limits, retries) to the provider. Provider
 * failures become an error result; only a cancelled run or a bug rejects.
 */
import { cacheKey, type ResponseCache } from './cache.js'
import { ProviderError, type ChatRequest, type ModelCallResult, type Provider } from './model.js'
import { costOf, type PriceTable } from './pricing.js'
import type { Scheduler } from './scheduler.js'

export interface CallModelDependencies {
  provider: Provider
  scheduler: Scheduler
  cache: ResponseCache
  /** 0-based among the case's repeats; part of the cache key. */
  sample: number
  prices: PriceTable
  /** Milliseconds from a monotonic clock, for latency. */
  now?: () => number
}

export async function callModel(
  request: ChatRequest,
  dependencies: CallModelDependencies
): Promise<ModelCallResult> {
  const { provider, scheduler, cache, sample, prices } = dependencies
  const now = dependencies.now ?? (() => performance.now())
  const key = cacheKey({
    provider: provider.kind,
    baseUrl: provider.baseUrl,
    model: request.model,
    params: request.params,
    messages: request.messages,
    tools: request.tools,
    sample
  })

  const cached = await cache.get(key)
  if (cached) {
    // The cost of the answer itself, so base and head compare alike; `cached` says it was not spent now.
    return withCost({ ok: true, response: cached, cached: true }, request, prices)
  }

  let attempts = 0
  let latencyMs = 0
  try {
    const response = await scheduler.run(async signal => {
      attempts++
      const started = now()
      const answer = await provider.chat(request, signal)
      latencyMs = Math.round(now() - started)
      return answer
    })
    await cache.set(key, response)
    return withCost({ ok: true, response, cached: false, latencyMs }, request, prices)
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error
    return { ok: false, error: error.message, failure: error.failure, attempts }
  }
}

type Answer = Extract<ModelCallResult, { ok: true }>

/**
 * Priced by the model that answered (`gpt-4o-2024-08-06`; Azure reports the model behind a
 * deployment name), else by the one asked.
 */
function withCost(answer: Answer, request: ChatRequest, prices: PriceTable): Answer {
  const { usage, model } = answer.response
  const costUsd =
    (model === undefined ? undefined : costOf(model, usage, prices)) ??
    costOf(request.model, usage, prices)
  return costUsd === undefined ? answer : { ...answer, costUsd }
}
