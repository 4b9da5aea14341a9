/**
 * `regex` (toad-eye's `matches_regex` is an alias): the answer matches a JavaScript regular
 * expression. `value` is the pattern as `new RegExp` takes it (no surrounding slashes), `flags`
 * are optional (`i`, `m`, `s`, `u`, ...). toad-eye compiles the pattern as is, so no flag is
 * added by default. Matching runs under a time limit (see sandboxed-regex.ts).
 */
import { OptionReader } from './options.js'
import { quote } from './reasons.js'
import { matchWithTimeout, regexProblem } from './sandboxed-regex.js'
import { defineScorer } from './types.js'

export const regex = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    const pattern = reader.text('value', { required: true })
    const flags = reader.text('flags') ?? ''
    const problem = pattern === '' ? undefined : regexProblem(pattern, flags)
    if (problem !== undefined)
      reader.problem(`value must be a valid regular expression: ${problem}`)
    return reader.result({ pattern, flags })
  },
  score({ pattern, flags }, answer) {
    const shown = `/${pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern}/${flags}`
    const match = matchWithTimeout(pattern, flags, answer.output)
    return match
      ? { passed: true, reason: `matched ${shown} at ${quote(match.text, 40)}` }
      : { passed: false, reason: `no match for ${shown}` }
  }
})
