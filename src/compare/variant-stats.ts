/** What one side (base or head) of a suite cost and how it did, summed over its cases. */
import type { VariantCaseResult } from '../eval/run-model.js'
import type { VariantStats } from './model.js'
import { percentile } from './statistics.js'

export function variantStats(results: readonly VariantCaseResult[]): VariantStats {
  const samples = results.flatMap(result => result.samples)
  const passes = samples.filter(sample => sample.passed && sample.error === undefined).length
  // Cache hits were not measured, and a failed call's time says nothing about the model's
  // speed: latency is taken from answered requests only.
  const latencies = samples
    .filter(sample => !sample.cached && sample.error === undefined)
    .flatMap(sample => (sample.latencyMs === undefined ? [] : [sample.latencyMs]))
  const p50 = percentile(latencies, 50)
  const p95 = percentile(latencies, 95)
  return {
    passRate: samples.length === 0 ? 0 : passes / samples.length,
    samples: samples.length,
    errors: samples.filter(sample => sample.error !== undefined).length,
    requests: samples.filter(sample => !sample.cached).length,
    cacheHits: samples.filter(sample => sample.cached).length,
    // Tokens and cost are what the answers cost, cached or not, so a mostly cached base and a
    // freshly asked head compare like for like.
    inputTokens: sum(samples.map(sample => sample.usage.input ?? 0)),
    outputTokens: sum(samples.map(sample => sample.usage.output ?? 0)),
    costUsd: sum(samples.map(sample => sample.costUsd ?? 0)),
    ...(p50 !== undefined && p95 !== undefined && { latencyMs: { p50, p95 } })
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
