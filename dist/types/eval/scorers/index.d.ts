/**
 * Scoring model answers against a case's assertions.
 *
 * The runner calls `validateAssertions` on every case before any model call (an unknown type or
 * a bad value is a config error that names the file, the case and the assertion), then
 * `scoreAnswer` on every answer. Scoring never throws: a scorer that cannot decide (judge down,
 * regex timeout) gives `passed: false, error: true` and a reason starting with `error:`.
 */
import type { Assertion } from '../../dataset/format.js';
import type { AssertionResult, ScoredAssertion } from '../model.js';
import type { Answer, ScoringContext } from './types.js';
export { ASSERTION_TYPES } from './registry.js';
export { createLlmJudge, judgeMessages, parseJudgeReply } from './judge.js';
export { REGEX_TIMEOUT_MS } from './sandboxed-regex.js';
export type { Answer, Embed, Judge, JudgeRequest, JudgeVerdict, ScoringContext } from './types.js';
/**
 * Every problem with a case's assertions, each naming `where` and the assertion
 * (`evals/bot.eval.yaml: case reset-01: assertions[2] (max_length): value must be ...`).
 */
export declare function validateAssertions(assertions: unknown[], where: string): string[];
/** Scores one answer against every assertion, in order; all scorers run, none throws. */
export declare function scoreAnswer(assertions: Assertion[], answer: Answer, context: ScoringContext): Promise<ScoredAssertion[]>;
/** The scorer could not decide, as opposed to the answer failing the assertion. */
export declare function isScorerError(result: AssertionResult): boolean;
