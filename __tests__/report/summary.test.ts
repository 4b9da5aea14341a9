import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import { expectOutput } from './outputs.js'
import { caseRun, suiteRun } from '../compare/run-builders.js'
import { hostileReport, mixedReport, passingReport, reportOf } from './report-fixtures.js'

describe('renderSummary', () => {
  it('prints the gate, then a few lines per suite', () => {
    const text = renderSummary(mixedReport())
    expectOutput('summary.txt', text)
    expect(text.split('\n')).toEqual([
      '❌ Gate failed: 3 regressions (max 0); 1 error (max 0)',
      'support: 6 cases · pass rate 66.7% → 33.3% · 2 regressions, 1 fixed, 1 still failing, 1 error, 0 flaky',
      '  cost $0.0060 → $0.0050 · latency p50 / p95 800 ms / 800 ms → 800 ms / 800 ms · 12 requests, 0 cache hits',
      '  regression production-case-2 (datasets/support.eval.yaml): max_length: 412 chars > max 300',
      '  regression production-case-6 (datasets/support.eval.yaml): is_json: not JSON: Unexpected end of JSON input',
      '  error production-case-5 (datasets/support.eval.yaml): head error: connection refused by 127.0.0.1:9',
      'summarize: 3 cases · pass rate 93.3% → 60% · 1 regression, 0 fixed, 0 still failing, 0 errors, 1 flaky',
      '  cost $0.0150 → $0.0140 · latency p50 / p95 800 ms / 800 ms → 800 ms / 800 ms · 30 requests, 0 cache hits',
      '  regression long-thread (datasets/summarize.eval.yaml): max_length: 412 chars > max 300 (4 of 5 samples)',
      'billing: skipped (prompt, datasets and config unchanged)',
      ''
    ])
  })

  it('says the gate passed', () => {
    expect(renderSummary(passingReport()).split('\n')[0]).toBe('✅ Gate passed')
  })

  it('lists ten failing cases per suite and counts the rest', () => {
    const cases = Array.from({ length: 12 }, (_, index) => caseRun(`case-${index + 1}`, 'P', 'F'))
    const lines = renderSummary(reportOf([suiteRun('support', cases)])).split('\n')
    expect(lines.filter(line => line.startsWith('  regression'))).toHaveLength(10)
    expect(lines).toContain('  … and 2 more')
  })

  it('shows control characters as escapes and keeps each case on one line', () => {
    const hostile = 'line one\n\nline two \u001b[31mred\u001b[0m\u0007'
    const text = renderSummary(reportOf([suiteRun('support', [caseRun(hostile, 'P', 'F')])]))
    expect(text.split('\n')[3]).toBe(
      '  regression line one line two \\u001b[31mred\\u001b[0m\\u0007 (datasets/support.eval.yaml): max_length: 412 chars > max 300'
    )
  })

  it('keeps hostile text of any size to one short line per case', () => {
    const lines = renderSummary(hostileReport()).split('\n')
    // eslint-disable-next-line no-control-regex
    expect(lines.filter(line => /[\u0000-\u0008\u000b-\u001f\u007f]/.test(line))).toEqual([])
    expect(Math.max(...lines.map(line => line.length))).toBeLessThan(700)
  })
})
