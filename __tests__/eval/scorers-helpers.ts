import type { Assertion } from '../../src/dataset/format.js'
import type { AssertionResult, ToolCall } from '../../src/eval/model.js'
import { scoreAnswer, type Answer, type ScoringContext } from '../../src/eval/scorers/index.js'

/** A fresh (uncached) answer with the given text. */
export function answerOf(output: string, extra: Partial<Answer> = {}): Answer {
  return { output, toolCalls: [], cached: false, ...extra }
}

export function toolAnswer(toolCalls: ToolCall[], output = ''): Answer {
  return answerOf(output, { toolCalls })
}

/** The result of one assertion on one answer, without the echoed assertion. */
export async function scoreOne(
  assertion: Assertion,
  answer: Answer | string,
  context: Partial<ScoringContext> = {}
): Promise<AssertionResult> {
  const given = typeof answer === 'string' ? answerOf(answer) : answer
  const [scored] = await scoreAnswer([assertion], given, { input: 'the question', ...context })
  if (!scored) throw new Error('no result')
  const { assertion: _echo, ...result } = scored
  return result
}
