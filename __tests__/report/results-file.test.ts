import { describe, expect, it } from '@jest/globals'
import {
  InvalidFileError,
  mergeResults,
  parseResults,
  type ResultsFile,
  ResultsMergeError,
  serializeResults
} from '../../src/report/results-file.js'
import { reportFromResults } from '../../src/report/eval-report.js'
import { caseRun, dropUndefined, sample, suiteRun } from '../compare/run-builders.js'

function results(overrides: Partial<ResultsFile> = {}): ResultsFile {
  return dropUndefined({
    schema: 'toad-eval/results',
    version: 1,
    createdAt: '2026-03-15T14:22:00.000Z',
    tool: { name: 'toad-eval', version: '0.1.0' },
    commit: { head: 'a'.repeat(40), base: 'b'.repeat(40) },
    gate: { maxRegressions: 0, minPassRate: 0.8, alpha: 0.05 },
    suites: [
      suiteRun('support', [
        caseRun('case-1', 'P', 'F'),
        caseRun(
          'case-2',
          [sample({ cached: true, latencyMs: undefined })],
          [
            sample({
              toolCalls: [{ id: 'call_1', name: 'lookup', arguments: { sku: 'A-1' } }],
              model: 'gpt-4o-2024-08-06'
            })
          ],
          { productionOutput: 'Ibuprofen can upset the stomach.' }
        )
      ]),
      suiteRun('billing', [], { skipped: 'prompt, datasets and config unchanged' })
    ],
    ...overrides
  })
}

function shard(index: number, total: number, suites: ResultsFile['suites']): ResultsFile {
  return results({ shard: { index, total }, suites })
}

describe('serializeResults and parseResults', () => {
  it('round-trips a results file exactly', () => {
    const original = results({ shard: { index: 1, total: 2 } })
    expect(parseResults(serializeResults(original), 'results.json')).toStrictEqual(original)
  })

  it('writes the verdicts and the gate decision beside the runs', () => {
    const written = JSON.parse(serializeResults(results())) as {
      outcome: { decision: unknown; suites: { cases: { caseId: string; verdict: string }[] }[] }
    }
    expect(written.outcome.decision).toEqual({
      passed: false,
      reasons: [
        'support: 1 regression (max 0)',
        'support: head pass rate 50% below the minimum 80%'
      ]
    })
    expect(written.outcome.suites[0]?.cases.map(c => [c.caseId, c.verdict])).toEqual([
      ['case-1', 'regression'],
      ['case-2', 'pass']
    ])
  })

  it('ends with a newline and is indented for people reading diffs', () => {
    const text = serializeResults(results())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{\n  "schema": "toad-eval/results",\n  "version": 1,')).toBe(true)
  })

  it.each([
    ['not json', 'results.json: not valid JSON'],
    ['[]', 'results.json: not a toad-eval results file (expected a JSON object, got an array)'],
    [
      '{}',
      'results.json: not a toad-eval results file (schema missing, expected "toad-eval/results")'
    ],
    ['{"schema":"promptfoo"}', 'results.json: not a toad-eval results file (schema "promptfoo"'],
    [
      '{"schema":"toad-eval/results","version":2}',
      'results.json: results version 2 is not supported (this toad-eval reads version 1); read it with the toad-eval version that wrote it, or a newer one'
    ],
    [
      '{"schema":"toad-eval/results"}',
      'results.json: results version missing is not supported (this toad-eval reads version 1)'
    ]
  ])('rejects %p', (text, message) => {
    expect(() => parseResults(text, 'results.json')).toThrow(InvalidFileError)
    expect(() => parseResults(text, 'results.json')).toThrow(message)
  })

  it.each<[string, (json: Record<string, unknown>) => void, string]>([
    [
      'a sample without passed',
      json => {
        const suites = json.suites as {
          cases: { head: { samples: Record<string, unknown>[] } }[]
        }[]
        delete suites[0]?.cases[0]?.head.samples[0]?.passed
      },
      'shard-2.json: suites[0].cases[0].head.samples[0].passed: expected true or false, got nothing'
    ],
    [
      'an unknown provider',
      json => {
        const suites = json.suites as { base: Record<string, unknown> }[]
        if (suites[0]) suites[0].base.provider = 'gemini'
      },
      'shard-2.json: suites[0].base.provider: expected one of "openai", "anthropic", got "gemini"'
    ],
    [
      'an alpha out of range',
      json => {
        json.gate = { maxRegressions: 0, alpha: 5 }
      },
      'shard-2.json: gate.alpha: expected a number above 0 and at most 1, got 5'
    ],
    [
      'a shard index past the total',
      json => {
        json.shard = { index: 3, total: 2 }
      },
      'shard-2.json: shard.index: expected a shard number from 1 to 2, got 3'
    ],
    [
      'a negative token count',
      json => {
        const suites = json.suites as { cases: { base: { samples: { usage: object }[] } }[] }[]
        const first = suites[0]?.cases[0]?.base.samples[0]
        if (first) first.usage = { input: -3 }
      },
      'shard-2.json: suites[0].cases[0].base.samples[0].usage.input: expected a whole number >= 0, got -3'
    ]
  ])('names the file and path of %s', (_, spoil, message) => {
    const json = JSON.parse(serializeResults(results())) as Record<string, unknown>
    spoil(json)
    expect(() => parseResults(JSON.stringify(json), 'shard-2.json')).toThrow(message)
  })

  it('ignores the written outcome and reads null as absent', () => {
    const json = JSON.parse(serializeResults(results({ commit: undefined }))) as Record<
      string,
      unknown
    >
    json.outcome = 'anything'
    json.commit = null
    expect(parseResults(JSON.stringify(json), 'r.json')).toStrictEqual(
      results({ commit: undefined })
    )
  })
})

describe('mergeResults', () => {
  const [support, billing] = results().suites
  if (support === undefined || billing === undefined) throw new Error('fixture')
  const firstHalf = { ...support, cases: support.cases.slice(0, 1) }
  const secondHalf = { ...support, cases: support.cases.slice(1) }

  it('concatenates the cases of each suite in shard order', () => {
    const merged = mergeResults([
      { origin: 'shard-2.json', results: shard(2, 2, [secondHalf, billing]) },
      {
        origin: 'shard-1.json',
        results: { ...shard(1, 2, [firstHalf, billing]), createdAt: '2026-03-15T14:25:00.000Z' }
      }
    ])
    expect(merged).toStrictEqual({
      ...results({ suites: [support, billing] }),
      createdAt: '2026-03-15T14:25:00.000Z'
    })
  })

  it('merges files of different suites', () => {
    const merged = mergeResults([
      { origin: 'a.json', results: results({ suites: [support] }) },
      { origin: 'b.json', results: results({ suites: [billing] }) }
    ])
    expect(merged.suites.map(suite => suite.name)).toEqual(['support', 'billing'])
  })

  it.each<[string, { origin: string; results: ResultsFile }[], string]>([
    ['no files', [], 'no results files to merge'],
    [
      'a case in two shards',
      [
        { origin: 'shard-1.json', results: shard(1, 2, [support]) },
        { origin: 'shard-2.json', results: shard(2, 2, [secondHalf]) }
      ],
      'case "case-2" of datasets/support.eval.yaml in suite "support" is in both shard-1.json and shard-2.json'
    ],
    [
      'a case twice in one file',
      [{ origin: 'r.json', results: results({ suites: [support, support] }) }],
      'case "case-1" of datasets/support.eval.yaml in suite "support" is twice in r.json'
    ],
    [
      'different gate settings',
      [
        { origin: 'shard-1.json', results: shard(1, 2, [firstHalf]) },
        {
          origin: 'shard-2.json',
          results: { ...shard(2, 2, [secondHalf]), gate: { maxRegressions: 3, alpha: 0.05 } }
        }
      ],
      'shard-1.json and shard-2.json were run with different gate settings (maxRegressions 0 vs 3)'
    ],
    [
      'different commits',
      [
        { origin: 'shard-1.json', results: shard(1, 2, [firstHalf]) },
        {
          origin: 'shard-2.json',
          results: {
            ...shard(2, 2, [secondHalf]),
            commit: { head: 'c'.repeat(40), base: 'b'.repeat(40) }
          }
        }
      ],
      `shard-1.json and shard-2.json are results of different commits (head "${'a'.repeat(40)}" vs "${'c'.repeat(40)}")`
    ],
    [
      'a suite set up differently',
      [
        { origin: 'shard-1.json', results: shard(1, 2, [firstHalf]) },
        { origin: 'shard-2.json', results: shard(2, 2, [{ ...secondHalf, repeat: 3 }]) }
      ],
      'suite "support" was set up differently in shard-1.json and shard-2.json (repeat 1 vs 3)'
    ],
    [
      'a missing shard',
      [
        { origin: 'shard-1.json', results: shard(1, 3, [firstHalf]) },
        { origin: 'shard-3.json', results: shard(3, 3, [secondHalf]) }
      ],
      'missing shard 2/3: the report would cover part of the cases'
    ],
    [
      'the same shard twice',
      [
        { origin: 'a.json', results: shard(1, 2, [firstHalf]) },
        { origin: 'b.json', results: shard(1, 2, [secondHalf]) }
      ],
      'a.json and b.json are both shard 1/2'
    ],
    [
      'shards of different splits',
      [
        { origin: 'a.json', results: shard(1, 2, [firstHalf]) },
        { origin: 'b.json', results: shard(2, 3, [secondHalf]) }
      ],
      'a.json is a shard of 2 but b.json of 3'
    ],
    [
      'a whole run with a shard',
      [
        { origin: 'whole.json', results: results({ suites: [firstHalf] }) },
        { origin: 'shard-2.json', results: shard(2, 2, [secondHalf]) }
      ],
      'whole.json holds a whole run but shard-2.json holds a shard; merge the shards of one run'
    ]
  ])('rejects %s', (_, files, message) => {
    expect(() => mergeResults(files)).toThrow(ResultsMergeError)
    expect(() => mergeResults(files)).toThrow(message)
  })
})

describe('reportFromResults', () => {
  it('compares merged shards as one run, with the gate they were run with', () => {
    const [support, billing] = results().suites
    if (support === undefined || billing === undefined) throw new Error('fixture')
    const merged = mergeResults([
      {
        origin: 'shard-1.json',
        results: shard(1, 2, [{ ...support, cases: support.cases.slice(0, 1) }])
      },
      {
        origin: 'shard-2.json',
        results: shard(2, 2, [{ ...support, cases: support.cases.slice(1) }, billing])
      }
    ])
    const report = reportFromResults(merged)
    expect(
      report.suites.map(suite => [suite.suite, suite.counts.total, suite.counts.regression])
    ).toEqual([
      ['support', 2, 1],
      ['billing', 0, 0]
    ])
    expect(report.decision).toEqual({
      passed: false,
      reasons: [
        'support: 1 regression (max 0)',
        'support: head pass rate 50% below the minimum 80%'
      ]
    })
    expect(report.commit).toEqual({ head: 'a'.repeat(40), base: 'b'.repeat(40) })
    expect(report.runs).toBe(merged.suites)
  })
})
