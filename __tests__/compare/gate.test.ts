import { describe, expect, it } from '@jest/globals'
import { decideGate, decideSuiteGates, ExitCode, exitCode } from '../../src/compare/gate.js'
import type { GateSettings } from '../../src/compare/model.js'
import { compareSuite } from '../../src/compare/verdicts.js'
import { caseRun, suiteRun } from './run-builders.js'

const defaults: GateSettings = { maxRegressions: 0, alpha: 0.05 }

// 10 cases: 7 pass, 2 regressions, 1 error; head passes 7 of 10 samples.
const mixed = compareSuite(
  suiteRun('support', [
    ...Array.from({ length: 7 }, (_, index) => caseRun(`pass-${index}`, 'P', 'P')),
    caseRun('regression-1', 'P', 'F'),
    caseRun('regression-2', 'P', 'F'),
    caseRun('error-1', 'P', 'E')
  ]),
  0.05
)
const clean = compareSuite(suiteRun('billing', [caseRun('ok', 'P', 'P')]), 0.05)

describe('decideGate', () => {
  it('passes when nothing is over its limit', () => {
    expect(decideGate([clean], defaults)).toEqual({ passed: true, reasons: [] })
    expect(
      decideGate([mixed], { maxRegressions: 2, minPassRate: 0.7, maxErrors: 1, alpha: 0.05 })
    ).toEqual({ passed: true, reasons: [] })
  })

  it('fails with one line per condition', () => {
    expect(
      decideGate([mixed, clean], { maxRegressions: 1, minPassRate: 0.8, maxErrors: 0, alpha: 0.05 })
    ).toEqual({
      passed: false,
      // head passes 8 of 11 samples over both suites
      reasons: [
        '2 regressions (max 1)',
        'head pass rate 72.7% below the minimum 80%',
        '1 error (max 0)'
      ]
    })
  })

  it('has no error or pass-rate limit unless set', () => {
    expect(decideGate([mixed], { maxRegressions: 5, alpha: 0.05 })).toEqual({
      passed: true,
      reasons: []
    })
  })

  it('rounds a failing pass rate down, so it never reads as the minimum', () => {
    const suite = compareSuite(
      suiteRun('s', [
        ...Array.from({ length: 3999 }, (_, index) => caseRun(`p${index}`, 'P', 'P')),
        caseRun('f', 'F', 'F')
      ]),
      0.05
    )
    expect(decideGate([suite], { ...defaults, minPassRate: 1 }).reasons).toEqual([
      'head pass rate 99.9% below the minimum 100%'
    ])
  })

  it('leaves skipped suites and empty runs out', () => {
    const skipped = { ...mixed, skipped: 'prompt unchanged' }
    expect(decideGate([skipped], { ...defaults, minPassRate: 0.9 })).toEqual({
      passed: true,
      reasons: []
    })
    expect(decideGate([], { ...defaults, minPassRate: 0.9 })).toEqual({ passed: true, reasons: [] })
  })

  it('uses the singular for one regression', () => {
    const one = compareSuite(suiteRun('s', [caseRun('r', 'P', 'F')]), 0.05)
    expect(decideGate([one], defaults).reasons).toEqual(['1 regression (max 0)'])
  })
})

describe('decideSuiteGates', () => {
  it('holds each suite to its own thresholds and names the suite in each reason', () => {
    const lenient: GateSettings = { maxRegressions: 2, alpha: 0.05 }
    expect(decideSuiteGates([mixed, clean], [lenient, defaults])).toEqual({
      passed: true,
      reasons: []
    })
    expect(decideSuiteGates([mixed, clean], [{ ...lenient, maxErrors: 0 }, defaults])).toEqual({
      passed: false,
      reasons: ['support: 1 error (max 0)']
    })
  })

  it('leaves the suite name out when there is one suite', () => {
    expect(decideSuiteGates([mixed], [defaults]).reasons).toEqual(['2 regressions (max 0)'])
  })
})

describe('exitCode', () => {
  it('is 0 when the gate passed, 1 when it failed, 3 on an infrastructure error', () => {
    expect(exitCode({ passed: true, reasons: [] })).toBe(0)
    expect(exitCode({ passed: false, reasons: ['1 regression (max 0)'] })).toBe(1)
    expect(exitCode({ passed: true, reasons: [] }, true)).toBe(3)
    expect(exitCode({ passed: false, reasons: ['x'] }, true)).toBe(ExitCode.infrastructure)
    expect(ExitCode.usage).toBe(2)
  })
})
