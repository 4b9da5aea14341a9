/**
 * The runs the report tests render: a clean pass, a run with every verdict, one full of
 * hostile text, and ones too large for a comment.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decideGate } from '../../src/compare/gate.js'
import type { GateSettings } from '../../src/compare/model.js'
import { compareSuite } from '../../src/compare/verdicts.js'
import type { SuiteRun } from '../../src/eval/run-model.js'
import type { MarkdownReport } from '../../src/report/markdown.js'
import { caseRun, sample, suiteRun, tooLong } from '../compare/run-builders.js'

const GATE: GateSettings = { maxRegressions: 0, maxErrors: 0, alpha: 0.05 }
const COMMIT = {
  head: '9fceb02d0ae598e95dc970b74767f19372d61af8',
  base: '3a1c0e5b2f9d8c7a6b5e4d3c2b1a09f8e7d6c5b4'
}

export function reportOf(runs: SuiteRun[], gate: GateSettings = GATE): MarkdownReport {
  const suites = runs.map(run => compareSuite(run, gate.alpha))
  return { suites, runs, decision: decideGate(suites, gate), commit: COMMIT }
}

const unchanged = suiteRun('billing', [], { skipped: 'prompt, datasets and config unchanged' })

export function passingReport(): MarkdownReport {
  return reportOf([
    suiteRun(
      'support',
      Array.from({ length: 5 }, (_, index) =>
        caseRun(`production-case-${index + 1}`, 'P', [sample({ latencyMs: 700 + index * 100 })])
      )
    ),
    unchanged
  ])
}

const longAnswer =
  'Ibuprofen can cause stomach upset, heartburn, nausea and, less often, ulcers or bleeding. '.repeat(
    6
  )

export function mixedReport(): MarkdownReport {
  const support = suiteRun('support', [
    caseRun('production-case-1', 'P', 'P'),
    caseRun('production-case-2', 'P', [
      sample({ output: longAnswer, assertions: [tooLong], passed: false })
    ]),
    caseRun('production-case-3', 'F', 'P'),
    caseRun('production-case-4', 'F', 'F'),
    caseRun('production-case-5', 'P', 'E'),
    caseRun('production-case-6', 'P', [
      sample({
        output: '',
        toolCalls: [{ id: 'call_1', name: 'lookup_order', arguments: { order: 'A-1' } }],
        assertions: [
          {
            type: 'is_json',
            passed: false,
            reason: 'not JSON: Unexpected end of JSON input',
            assertion: { type: 'is_json' }
          },
          {
            type: 'not_contains',
            passed: false,
            reason: 'contains "i cannot"',
            assertion: { type: 'not_contains', value: 'i cannot' }
          }
        ],
        passed: false
      })
    ])
  ])
  const summarize = suiteRun(
    'summarize',
    [
      caseRun('long-thread', 'PPPPP', 'FFFFP', { dataset: 'datasets/summarize.eval.yaml' }),
      caseRun('short-thread', 'PFPPP', 'PPPFP', { dataset: 'datasets/summarize.eval.yaml' }),
      caseRun('no-thread', 'PPPPP', 'PPPPE', { dataset: 'datasets/summarize.eval.yaml' })
    ],
    { repeat: 5 }
  )
  return reportOf([support, summarize, unchanged])
}

export const HOSTILE_STRINGS = (
  JSON.parse(
    readFileSync(join(process.cwd(), '__fixtures__/report/hostile-strings.json'), 'utf8')
  ) as { strings: string[] }
).strings

/** Every hostile string as a case id, dataset, input, answer, check reason and error. */
export function hostileReport(): MarkdownReport {
  const huge = `${'A'.repeat(50_000)}@octocat`
  const cases = [...HOSTILE_STRINGS, huge].flatMap((text, index) => [
    caseRun(
      text,
      [sample({ output: text, model: text })],
      [
        sample({
          output: text,
          model: text,
          assertions: [{ ...tooLong, type: text, reason: text }],
          passed: false
        })
      ],
      { dataset: text, input: text, caseId: text === huge ? huge : `${text} ${index}` }
    ),
    caseRun(
      `error ${index} ${text}`,
      'P',
      [sample({ error: text, output: undefined, passed: false })],
      {
        dataset: text,
        input: text
      }
    )
  ])
  return reportOf([
    suiteRun(HOSTILE_STRINGS[2] ?? 'hostile', cases),
    suiteRun(HOSTILE_STRINGS[0] ?? 'hostile-skipped', [], { skipped: HOSTILE_STRINGS[5] ?? '' })
  ])
}

/** 200 regressions with long answers: too much for a comment even failing rows only. */
export function largeReport(): MarkdownReport {
  const cases = Array.from({ length: 200 }, (_, index) =>
    caseRun(
      `case-${index + 1}`,
      [sample({ output: longAnswer.repeat(3) })],
      [sample({ output: longAnswer.repeat(3), assertions: [tooLong], passed: false })]
    )
  )
  return reportOf([suiteRun('support', cases)])
}

/** Many fixed cases and one regression: the full report is too long, the failing rows fit. */
export function manyFixesReport(): MarkdownReport {
  const fixed = Array.from({ length: 60 }, (_, index) =>
    caseRun(
      `fixed-${index + 1}`,
      [sample({ output: longAnswer, assertions: [tooLong], passed: false })],
      [sample({ output: longAnswer })]
    )
  )
  return reportOf([suiteRun('support', [caseRun('regressed', 'P', 'F'), ...fixed])])
}

/** So many suites that even the summary does not fit. */
export function manySuitesReport(): MarkdownReport {
  return reportOf(
    Array.from({ length: 1_500 }, (_, index) =>
      suiteRun(`suite-${index + 1}`, [caseRun('case-1', 'P', 'F')])
    )
  )
}
