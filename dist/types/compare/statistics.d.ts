/**
 * The statistics behind verdicts with repeats: a one-sided Fisher exact test on pass counts,
 * and nearest-rank percentiles for latency.
 */
/** Pass and fail counts of base and head: the 2x2 table [[basePass, baseFail], [headPass, headFail]]. */
export interface PassTable {
    basePass: number;
    baseFail: number;
    headPass: number;
    headFail: number;
}
/**
 * One-sided Fisher exact test: the probability, with the table's margins fixed, that head
 * passes `headPass` times or fewer if base and head passed equally often. Small values mean
 * head is worse than base beyond chance. Equals R's
 * `fisher.test(matrix(c(basePass, headPass, baseFail, headFail), 2), alternative = 'greater')$p.value`.
 */
export declare function fisherHeadWorse(table: PassTable): number;
/** The other tail: the probability that head passes `headPass` times or more by chance. */
export declare function fisherHeadBetter(table: PassTable): number;
/**
 * Nearest-rank percentile: the smallest observed value with at least `percent`% of the values
 * at or below it. It always returns a measured value (no interpolation between two requests
 * that really happened), which reads honestly with the handful of samples a suite has.
 * Undefined for no values.
 */
export declare function percentile(values: readonly number[], percent: number): number | undefined;
