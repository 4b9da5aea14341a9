/**
 * Tool-call scorers.
 *
 * - `calls_tool` (what the export writes for every tool production called): the answer called
 *   the tool named in `value`. With `arguments` (a mapping), at least one call of that tool must
 *   have arguments containing it: listed keys must match, unlisted keys are free.
 * - `not_calls_tool`: the answer did not call the tool named in `value`, or no tool at all when
 *   `value` is absent (an answer that should come straight from the model).
 */
import type { ToolCall } from '../model.js'
import { firstSubsetMismatch, type SubsetMismatch } from './json-values.js'
import { OptionReader } from './options.js'
import { describeValue } from './reasons.js'
import { defineScorer, type Outcome } from './types.js'

/** Providers hand over arguments parsed; recorded ones may still be raw JSON text. */
function argumentsOf(call: ToolCall): unknown {
  if (typeof call.arguments !== 'string') return call.arguments ?? {}
  try {
    return JSON.parse(call.arguments) as unknown
  } catch {
    return call.arguments
  }
}

/** `search, lookup` — the tools called, each once, cut after a few. */
function listNames(calls: ToolCall[]): string {
  const names = [...new Set(calls.map(call => call.name))]
  const shown = names.slice(0, 4).join(', ')
  return names.length > 4 ? `${shown}, +${names.length - 4} more` : shown
}

function describeMismatch({ path, actual, expected }: SubsetMismatch): string {
  const got = actual === undefined ? 'missing' : describeValue(actual)
  return `arguments differ at ${path}: expected ${describeValue(expected)}, got ${got}`
}

export const callsTool = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result({
      tool: reader.text('value', { required: true }),
      expectedArguments: reader.object('arguments')
    })
  },
  score({ tool, expectedArguments }, answer): Outcome {
    const calls = answer.toolCalls.filter(call => call.name === tool)
    if (calls.length === 0) {
      const others =
        answer.toolCalls.length === 0 ? 'no tool calls' : `called: ${listNames(answer.toolCalls)}`
      return { passed: false, reason: `${tool} not called (${others})` }
    }
    if (expectedArguments === undefined) return { passed: true, reason: `called ${tool}` }
    const mismatches = calls.map(call => firstSubsetMismatch(argumentsOf(call), expectedArguments))
    if (mismatches.some(mismatch => mismatch === null)) {
      return { passed: true, reason: `called ${tool} with matching arguments` }
    }
    const first = mismatches[0] as SubsetMismatch
    const times = calls.length > 1 ? ` (${calls.length} calls, first shown)` : ''
    return { passed: false, reason: `${tool}: ${describeMismatch(first)}${times}` }
  }
})

export const notCallsTool = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result({ tool: reader.text('value') })
  },
  score({ tool }, answer): Outcome {
    if (tool === undefined) {
      return answer.toolCalls.length === 0
        ? { passed: true, reason: 'no tool called' }
        : { passed: false, reason: `called ${listNames(answer.toolCalls)}` }
    }
    const count = answer.toolCalls.filter(call => call.name === tool).length
    return count === 0
      ? { passed: true, reason: `${tool} not called` }
      : { passed: false, reason: `called ${tool}${count > 1 ? ` ${count}×` : ''}` }
  }
})
