/**
 * Regular expressions from datasets, run against model answers under a time limit.
 *
 * A pattern such as `(a+)+$` backtracks exponentially on some answers, and JavaScript's engine
 * has no match timeout: one bad pattern would hang the whole eval job until GitHub kills it.
 * Matching therefore runs in a `node:vm` context with `timeout`, which V8 enforces inside the
 * regex engine too. The cost is about 0.1 ms per match, nothing beside a model call. A timeout
 * is a scorer error (the pattern needs fixing), not a failed answer.
 */
import { Script, createContext, type Context } from 'node:vm'
import { ScorerError } from './types.js'

/** Far above any sane match on an LLM answer (microseconds), far below a CI job's patience. */
export const REGEX_TIMEOUT_MS = 500

export interface RegexMatch {
  index: number
  text: string
}

/** The compile error of a pattern, or undefined when it compiles. */
export function regexProblem(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

// Inputs and outputs cross the context boundary as primitives only, so no object of the
// sandbox's realm leaks into ours.
const MATCH_SCRIPT = new Script(`
  matchIndex = -1
  matchText = ''
  {
    const found = new RegExp(pattern, flags).exec(subject)
    if (found !== null) {
      matchIndex = found.index
      matchText = found[0]
    }
  }
`)

let sandbox: Context | undefined

/** The first match of `pattern` in `subject`, or null; throws ScorerError on a timeout. */
export function matchWithTimeout(
  pattern: string,
  flags: string,
  subject: string
): RegexMatch | null {
  sandbox ??= createContext({})
  Object.assign(sandbox, { pattern, flags, subject })
  try {
    MATCH_SCRIPT.runInContext(sandbox, { timeout: REGEX_TIMEOUT_MS })
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new ScorerError(
        `regex /${shorten(pattern)}/ timed out after ${REGEX_TIMEOUT_MS} ms on ${subject.length} chars (catastrophic backtracking?)`
      )
    }
    throw new ScorerError(`regex /${shorten(pattern)}/ failed: ${String(error)}`)
  } finally {
    // Do not keep a large answer alive between calls.
    sandbox.subject = ''
  }
  const index = sandbox.matchIndex as number
  return index < 0 ? null : { index, text: sandbox.matchText as string }
}

function shorten(pattern: string): string {
  return pattern.length > 30 ? `${pattern.slice(0, 30)}…` : pattern
}
