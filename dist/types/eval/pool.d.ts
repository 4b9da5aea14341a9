/**
 * Maps with at most `limit` calls in flight, keeping the input order in the result. The
 * scheduler limits requests; this limits how many cases hold their prompts, answers and
 * pending promises in memory at once.
 */
export declare function mapWithLimit<T, R>(items: readonly T[], limit: number, map: (item: T, index: number) => Promise<R>): Promise<R[]>;
