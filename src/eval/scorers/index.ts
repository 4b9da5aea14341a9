/**
 * Scoring model answers against a case's assertions.
 *
 * The runner calls `validateAssertions` on every case before any model call (an unknown type or
 * a bad value is a config error that names the file, the case and the assertion), then
 * `scoreAnswer` on every answer. Scoring never throws: a scorer that cannot decide (judge down,
 * regex timeout) gives `passed: false, error: true` and a reason starting with `error:`.
 */
import type { Assertion } from '../../dataset/format.js'
import type { AssertionResult, ScoredAssertion } from '../model.js'
import { isPlainObject } from './options.js'
import { clampReason, describeValue, quote } from './reasons.js'
import { ASSERTION_TYPES, scorerFor, suggestType } from './registry.js'
import type { Answer, ScoringContext } from './types.js'

export { ASSERTION_TYPES } from './registry.js'
export { createLlmJudge, judgeMessages, parseJudgeReply } from './judge.js'
export { REGEX_TIMEOUT_MS } from './sandboxed-regex.js'
export type { Answer, Embed, Judge, JudgeRequest, JudgeVerdict, ScoringContext } from './types.js'

/**
 * Every problem with a case's assertions, each naming `where` and the assertion
 * (`evals/bot.eval.yaml: case reset-01: assertions[2] (max_length): value must be ...`).
 */
export function validateAssertions(assertions: unknown[], where: string): string[] {
  return assertions.flatMap((assertion, index) => {
    const at = `${where}: assertions[${index}]`
    const type = isPlainObject(assertion) ? assertion.type : undefined
    return assertionProblems(assertion).map(problem =>
      typeof type === 'string' && scorerFor(type)
        ? `${at} (${type}): ${problem}`
        : `${at}: ${problem}`
    )
  })
}

function assertionProblems(assertion: unknown): string[] {
  if (!isPlainObject(assertion)) {
    return [`an assertion must be a mapping with a type, got ${describeValue(assertion)}`]
  }
  const type = assertion.type
  if (typeof type !== 'string' || type === '') {
    return [`type must be one of ${ASSERTION_TYPES.join(', ')}; got ${describeValue(type)}`]
  }
  const scorer = scorerFor(type)
  if (!scorer) {
    const suggestion = suggestType(type)
    const hint = suggestion ? ` (did you mean ${suggestion}?)` : ''
    return [`unknown type ${quote(type)}${hint}; known types: ${ASSERTION_TYPES.join(', ')}`]
  }
  return scorer.validate(assertion as Assertion)
}

/** Scores one answer against every assertion, in order; all scorers run, none throws. */
export async function scoreAnswer(
  assertions: Assertion[],
  answer: Answer,
  context: ScoringContext
): Promise<ScoredAssertion[]> {
  return Promise.all(
    assertions.map(async assertion => ({
      ...(await scoreOne(assertion, answer, context)),
      assertion
    }))
  )
}

async function scoreOne(
  assertion: Assertion,
  answer: Answer,
  context: ScoringContext
): Promise<AssertionResult> {
  const type = typeof assertion.type === 'string' ? assertion.type : String(assertion.type)
  try {
    const scorer = scorerFor(type)
    if (!scorer) return errorResult(type, `unknown assertion type ${quote(type)}`)
    const outcome = await scorer.score(assertion, answer, context)
    return { type, ...outcome, reason: clampReason(outcome.reason) }
  } catch (error) {
    return errorResult(type, error instanceof Error ? error.message : String(error))
  }
}

function errorResult(type: string, message: string): AssertionResult {
  return { type, passed: false, error: true, reason: clampReason(`error: ${message}`) }
}

/** The scorer could not decide, as opposed to the answer failing the assertion. */
export function isScorerError(result: AssertionResult): boolean {
  return result.error === true
}
