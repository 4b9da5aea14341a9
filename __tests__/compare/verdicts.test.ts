import { describe, expect, it } from '@jest/globals'
import type { Verdict } from '../../src/compare/model.js'
import { compareCase, compareSuite } from '../../src/compare/verdicts.js'
import { caseRun, sample, suiteRun } from './run-builders.js'

const ALPHA = 0.05

describe('compareCase verdicts', () => {
  // Base samples, head samples (P pass, F fail, E failed call), expected verdict, flaky.
  it.each<[string, string, Verdict, boolean]>([
    // repeat 1 follows the two samples
    ['P', 'P', 'pass', false],
    ['P', 'F', 'regression', false],
    ['F', 'P', 'fixed', false],
    ['F', 'F', 'still-failing', false],
    // a side without an answer cannot be compared
    ['E', 'P', 'error', false],
    ['P', 'E', 'error', false],
    ['E', 'E', 'error', false],
    ['', 'P', 'error', false],
    ['PPP', 'EEE', 'error', false],
    // repeats: a regression must be beyond chance (one-sided Fisher, p <= alpha)
    ['PPP', 'FFF', 'regression', false], // p = 1/20, exactly alpha
    ['PPPPP', 'PFFFF', 'regression', false], // p = 1/42
    ['PPPPPPPPPP', 'PPPPPFFFFF', 'regression', false], // p = 21/1292
    ['PP', 'FF', 'pass', false], // p = 1/6: repeat 2 cannot reach 0.05; half of all samples pass
    ['PPP', 'PFF', 'pass', false], // p = 0.2: 4 of 6 samples pass
    ['FFF', 'PPP', 'fixed', false],
    ['FFF', 'FFP', 'still-failing', false], // 1 of 6 samples pass
    ['FFFF', 'PPFF', 'still-failing', false], // 2 of 8
    // flaky: base itself both passed and failed
    ['PFP', 'PFP', 'pass', true],
    ['FPF', 'FFF', 'still-failing', true],
    ['PPPPPPPPPF', 'FFFFFFFFFF', 'regression', true],
    // errors: the verdict stands only if the missing answers could not change it
    ['PPPPP', 'PPPPE', 'pass', false],
    ['PPPPP', 'FFFFE', 'regression', false],
    ['PPPPP', 'PEEEE', 'error', false], // 1 answer: 1/42 if the rest failed, a pass if they passed
    ['PPPE', 'FFFF', 'error', false], // 4/4 vs 0/4 regresses (p = 1/70), 3/4 vs 0/4 does not
    ['PPPE', 'PPPP', 'pass', false],
    ['PEF', 'PPP', 'pass', true] // errors do not make base flaky; the P and F do
  ])('base %p, head %p: %s', (base, head, verdict, flaky) => {
    const comparison = compareCase(caseRun('case-1', base, head), ALPHA)
    expect(comparison.verdict).toBe(verdict)
    expect(comparison.flaky).toBe(flaky)
  })

  it('counts passes, samples and errors per side, errors as not passing', () => {
    expect(compareCase(caseRun('case-1', 'PPPPP', 'PFFEE'), ALPHA)).toEqual({
      caseId: 'case-1',
      dataset: 'datasets/support.eval.yaml',
      verdict: 'error',
      base: { passes: 5, samples: 5, errors: 0 },
      head: { passes: 1, samples: 5, errors: 2 },
      pValue: expect.closeTo(1 / 42, 12),
      flaky: false
    })
  })

  it('reports the one-sided p-value of the table with errors as fails', () => {
    expect(compareCase(caseRun('c', 'PPPPP', 'PFFEE'), ALPHA).pValue).toBeCloseTo(1 / 42, 12)
    expect(compareCase(caseRun('c', 'P', 'F'), ALPHA).pValue).toBe(0.5)
    expect(compareCase(caseRun('c', 'P', 'P'), ALPHA).pValue).toBe(1)
  })

  it('never passes a sample that has an error, whatever it says', () => {
    const broken = sample({ error: 'timeout after 30000 ms', passed: true })
    const comparison = compareCase(caseRun('c', 'P', [broken]), ALPHA)
    expect(comparison.head).toEqual({ passes: 0, samples: 1, errors: 1 })
    expect(comparison.verdict).toBe('error')
  })

  it('uses alpha', () => {
    expect(compareCase(caseRun('c', 'PPPPP', 'PFFFF'), 0.01).verdict).toBe('pass')
    expect(compareCase(caseRun('c', 'PPPPP', 'PFFFF'), 0.05).verdict).toBe('regression')
  })
})

describe('compareSuite', () => {
  const suite = suiteRun(
    'support',
    [
      caseRun('passes', 'P', 'P'),
      caseRun('regresses', 'P', 'F'),
      caseRun('is-fixed', 'F', 'P'),
      caseRun('still-fails', 'F', 'F'),
      caseRun('errors', 'P', 'E'),
      caseRun(
        'cached',
        [sample({ cached: true, latencyMs: undefined })],
        [sample({ latencyMs: 3000 })]
      )
    ],
    { repeat: 1 }
  )

  it('counts verdicts', () => {
    expect(compareSuite(suite, ALPHA).counts).toEqual({
      pass: 2,
      regression: 1,
      fixed: 1,
      'still-failing': 1,
      error: 1,
      flaky: 0,
      total: 6
    })
  })

  it('sums each side, latency from measured requests only', () => {
    const comparison = compareSuite(suite, ALPHA)
    expect(comparison.base).toEqual({
      passRate: 4 / 6,
      samples: 6,
      errors: 0,
      requests: 5,
      cacheHits: 1,
      inputTokens: 600,
      outputTokens: 120,
      costUsd: expect.closeTo(0.006, 12),
      latencyMs: { p50: 800, p95: 800 }
    })
    expect(comparison.head).toEqual({
      passRate: 3 / 6,
      samples: 6,
      errors: 1,
      requests: 6,
      cacheHits: 0,
      inputTokens: 500,
      outputTokens: 100,
      costUsd: expect.closeTo(0.005, 12),
      latencyMs: { p50: 800, p95: 3000 }
    })
  })

  it('keeps the case order and the skip reason', () => {
    const skipped = compareSuite(suiteRun('billing', [], { skipped: 'prompt unchanged' }), ALPHA)
    expect(skipped).toEqual({
      suite: 'billing',
      skipped: 'prompt unchanged',
      cases: [],
      counts: {
        pass: 0,
        regression: 0,
        fixed: 0,
        'still-failing': 0,
        error: 0,
        flaky: 0,
        total: 0
      },
      base: {
        passRate: 0,
        samples: 0,
        errors: 0,
        requests: 0,
        cacheHits: 0,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0
      },
      head: expect.objectContaining({ samples: 0 })
    })
    expect(compareSuite(suite, ALPHA).cases.map(c => c.caseId)).toEqual([
      'passes',
      'regresses',
      'is-fixed',
      'still-fails',
      'errors',
      'cached'
    ])
  })
})
