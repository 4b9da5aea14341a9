/**
 * The statistics behind verdicts with repeats: a one-sided Fisher exact test on pass counts,
 * and nearest-rank percentiles for latency.
 */

/** Pass and fail counts of base and head: the 2x2 table [[basePass, baseFail], [headPass, headFail]]. */
export interface PassTable {
  basePass: number
  baseFail: number
  headPass: number
  headFail: number
}

/**
 * One-sided Fisher exact test: the probability, with the table's margins fixed, that head
 * passes `headPass` times or fewer if base and head passed equally often. Small values mean
 * head is worse than base beyond chance. Equals R's
 * `fisher.test(matrix(c(basePass, headPass, baseFail, headFail), 2), alternative = 'greater')$p.value`.
 */
export function fisherHeadWorse(table: PassTable): number {
  const { basePass, baseFail, headPass, headFail } = table
  for (const count of [basePass, baseFail, headPass, headFail]) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Fisher test counts must be whole numbers >= 0, got ${count}`)
    }
  }
  const passes = basePass + headPass
  const headSamples = headPass + headFail
  const total = basePass + baseFail + headSamples
  // Head's pass count follows a hypergeometric distribution given the margins; the lowest
  // possible count is what is left when every fail that base did not use lands on head.
  const lowest = Math.max(0, headSamples - (total - passes))
  let p = 0
  for (let k = lowest; k <= headPass; k++) {
    p += Math.exp(logHypergeometric(k, passes, total - passes, headSamples))
  }
  // Summing floating-point terms can overshoot 1 by a few ulps.
  return Math.min(1, p)
}

/** The other tail: the probability that head passes `headPass` times or more by chance. */
export function fisherHeadBetter(table: PassTable): number {
  // Swapping the rows turns "head this high or higher" into "base this low or lower".
  return fisherHeadWorse({
    basePass: table.headPass,
    baseFail: table.headFail,
    headPass: table.basePass,
    headFail: table.baseFail
  })
}

/** log P(X = k) where X counts successes in `draws` draws from `successes` + `failures` items. */
function logHypergeometric(k: number, successes: number, failures: number, draws: number): number {
  return (
    logChoose(successes, k) +
    logChoose(failures, draws - k) -
    logChoose(successes + failures, draws)
  )
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k)
}

// Sample counts are small (repeats x 2), so an exact running sum of logs is both precise
// and cheap; the table grows on demand and is shared across calls.
const logFactorials: number[] = [0]

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) {
    logFactorials.push((logFactorials[i - 1] ?? 0) + Math.log(i))
  }
  return logFactorials[n] ?? 0
}

/**
 * Nearest-rank percentile: the smallest observed value with at least `percent`% of the values
 * at or below it. It always returns a measured value (no interpolation between two requests
 * that really happened), which reads honestly with the handful of samples a suite has.
 * Undefined for no values.
 */
export function percentile(values: readonly number[], percent: number): number | undefined {
  if (values.length === 0) return undefined
  if (!(percent > 0 && percent <= 100)) {
    throw new RangeError(`percentile must be in (0, 100], got ${percent}`)
  }
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((percent / 100) * sorted.length)
  return sorted[rank - 1]
}
