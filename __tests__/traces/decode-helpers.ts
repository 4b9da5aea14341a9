import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect } from '@jest/globals'
import { decodeTraces, type DecodeResult } from '../../src/traces/decode/index.js'
import type { Span, Trace } from '../../src/traces/model.js'
import { readCorpusText } from '../helpers/corpus.js'

const FIXTURES_DIR = resolve('__fixtures__/traces')

export { readCorpusText as readCorpus } from '../helpers/corpus.js'

export function readFixture(name: string): string {
  return readFileSync(resolve(FIXTURES_DIR, name), 'utf8')
}

export function decodeCorpus(name: string, truncationLimitBytes?: number): DecodeResult {
  return decodeTraces(readCorpusText(name), { origin: name, truncationLimitBytes })
}

export function decodeFixture(name: string): DecodeResult {
  return decodeTraces(readFixture(name), { origin: name })
}

/** The only trace of a result, failing the test when there are more. */
export function onlyTrace(result: DecodeResult): Trace {
  expect(result.traces).toHaveLength(1)
  return result.traces[0] as Trace
}

export function spanById(trace: Trace, spanId: string): Span {
  const span = trace.spans.find(candidate => candidate.spanId === spanId)
  if (span === undefined) throw new Error(`no span ${spanId} in trace ${trace.traceId}`)
  return span
}

export function spanByName(trace: Trace, name: string): Span {
  const span = trace.spans.find(candidate => candidate.name === name)
  if (span === undefined) throw new Error(`no span named "${name}" in trace ${trace.traceId}`)
  return span
}

/** The parent of every span, as `child -> parent` lines; compact to compare a whole tree. */
export function parentLinks(trace: Trace): string[] {
  return trace.spans.map(span => `${span.spanId} -> ${span.parentSpanId ?? 'root'}`)
}
