import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { decodeTraceDocuments, decodeTraces } from '../../src/traces/decode/index.js'
import type { AttributeValue, Span, Trace } from '../../src/traces/model.js'
import { span } from './span.js'

/** The shared corpus of trace files written by other projects (see its SOURCES.md). */
export const CORPUS_DIR = resolve('../shared/corpus/formats')

export function readCorpusText(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
}

/** The traces of a corpus file; `oteltest-envelope.*` files hold OTLP at `.trace_requests[].pbreq`. */
export function corpusTraces(file: string): Trace[] {
  const text = readCorpusText(file)
  if (!file.startsWith('oteltest-envelope.')) return decodeTraces(text, { origin: file }).traces
  const envelope = JSON.parse(text) as { trace_requests: { pbreq: unknown }[] }
  const documents = envelope.trace_requests.map(request => request.pbreq)
  return decodeTraceDocuments(documents, { origin: file }).traces
}

/** The one trace of a corpus file that holds exactly one. */
export function corpusTrace(file: string): Trace {
  const traces = corpusTraces(file)
  if (traces.length !== 1) throw new Error(`${file} holds ${traces.length} traces, not 1`)
  return traces[0] as Trace
}

/** A span carrying a flat attribute map (`attrs-flat.*` files), in a trace of its own. */
export function flatAttributesTrace(file: string): Trace {
  const values = JSON.parse(readCorpusText(file)) as Record<string, AttributeValue>
  return traceOf([span({ name: 'flat-attributes', attributes: values })])
}

export function traceOf(spans: Span[]): Trace {
  return { traceId: spans[0]?.traceId ?? '4bf92f3577b34da6a1b2c3d4e5f60001', spans }
}
