/**
 * Budget scorers on what the call cost rather than what it said.
 *
 * - `latency_ms` (alias `max_latency_ms`): `value` is the maximum in milliseconds. A cached answer
 *   was never timed, so it passes with `cached: latency not measured` instead of inventing a
 *   latency; the same holds for any answer without a measurement.
 * - `cost` (alias `max_cost`): `value` is the maximum in USD per call. When the cost is unknown
 *   (no price for the model) it passes with a reason saying so: a missing price table entry is
 *   not evidence of a regression, and the report shows the reason.
 */
import { OptionReader } from './options.js'
import { formatNumber } from './reasons.js'
import { defineScorer, type Outcome } from './types.js'

export const maxLatency = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result({ max: reader.number('value', { min: 0, exclusiveMin: true }) })
  },
  score({ max }, answer): Outcome {
    if (answer.latencyMs === undefined) {
      return {
        passed: true,
        reason: answer.cached ? 'cached: latency not measured' : 'latency not measured'
      }
    }
    const latency = Math.round(answer.latencyMs)
    return latency <= max
      ? {
          passed: true,
          reason: `${latency} ms ≤ max ${formatNumber(max)} ms`,
          score: answer.latencyMs
        }
      : {
          passed: false,
          reason: `${latency} ms > max ${formatNumber(max)} ms`,
          score: answer.latencyMs
        }
  }
})

export const maxCost = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result({ max: reader.number('value', { min: 0 }) })
  },
  score({ max }, answer): Outcome {
    if (answer.costUsd === undefined) {
      return { passed: true, reason: 'cost unknown (no price for the model): not checked' }
    }
    const cost = `$${formatNumber(answer.costUsd)}`
    return answer.costUsd <= max
      ? { passed: true, reason: `${cost} ≤ max $${formatNumber(max)}`, score: answer.costUsd }
      : { passed: false, reason: `${cost} > max $${formatNumber(max)}`, score: answer.costUsd }
  }
})
