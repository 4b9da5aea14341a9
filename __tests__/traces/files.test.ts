import { describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createFileSource,
  readTraceFiles,
  resolveTraceFiles,
  searchTraces
} from '../../src/traces/files.js'

const EXAMPLES = join(process.cwd(), 'examples/traces')

/** OTLP JSON holding the given spans of one trace. */
function otlpFile(spans: Array<{ spanId: string; name: string; parentSpanId?: string }>): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: {
          attributes: [{ key: 'service.name', value: { stringValue: 'split-service' } }]
        },
        scopeSpans: [
          {
            spans: spans.map(span => ({
              traceId: '0af7651916cd43dd8448eb211c80319c',
              ...span,
              kind: 1,
              startTimeUnixNano: '1764147600000000000',
              endTimeUnixNano: '1764147601000000000'
            }))
          }
        ]
      }
    ]
  })
}

describe('resolveTraceFiles', () => {
  it('expands folders and globs in order, without duplicates, and finds literal names with glob characters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toad-eval-files-'))
    await mkdir(join(dir, 'nested'))
    await writeFile(join(dir, 'b.json'), '{}')
    await writeFile(join(dir, 'a.jsonl'), '{}')
    await writeFile(join(dir, 'nested', 'c.ndjson'), '{}')
    await writeFile(join(dir, 'notes.txt'), '')
    await writeFile(join(dir, 'trace[1].json'), '{}')
    expect(await resolveTraceFiles(['trace[1].json', '.', '*.json'], dir)).toEqual([
      join(dir, 'trace[1].json'),
      join(dir, 'a.jsonl'),
      join(dir, 'b.json'),
      join(dir, 'nested', 'c.ndjson')
    ])
    await expect(resolveTraceFiles(['missing/*.json'], dir)).rejects.toThrow(
      `No trace files match "missing/*.json" (looked in ${dir})`
    )
  })
})

describe('readTraceFiles', () => {
  it('merges one trace split over two files and keeps a repeated span once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toad-eval-split-'))
    await writeFile(
      join(dir, 'part-1.json'),
      otlpFile([{ spanId: 'b7ad6b7169203331', name: 'root' }])
    )
    await writeFile(
      join(dir, 'part-2.json'),
      otlpFile([
        { spanId: 'b7ad6b7169203331', name: 'root' },
        { spanId: '00f067aa0ba902b7', name: 'child', parentSpanId: 'b7ad6b7169203331' }
      ])
    )
    const traces = await readTraceFiles({ paths: [dir] })
    expect(traces.map(trace => [trace.traceId, trace.spans.map(span => span.name)])).toEqual([
      ['0af7651916cd43dd8448eb211c80319c', ['root', 'child']]
    ])
  })

  it('names the file that is not a trace file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toad-eval-bad-'))
    await copyFile(join(EXAMPLES, 'newsroom.otlp.json'), join(dir, 'good.json'))
    await writeFile(join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}')
    await expect(readTraceFiles({ paths: [dir] })).rejects.toThrow(
      `${join(dir, 'package.json')}: not a trace file`
    )
  })
})

describe('searchTraces', () => {
  it('searches all of a file unless the query names a window', async () => {
    const traces = await readTraceFiles({ paths: [EXAMPLES] })
    expect(searchTraces(traces, {})).toHaveLength(5)
    expect(
      searchTraces(traces, { lookback: '1h', end: new Date('2025-11-26T10:30:00Z') }).map(
        t => t.traceId
      )
    ).toEqual(['5b8efff798038103d269b633813fc611', '4bf92f3577b34da6a1b2c3d4e5f60002'])
    expect(
      searchTraces(traces, { start: new Date('2025-11-26T10:59:00Z') }).map(t => t.traceId)
    ).toEqual(['4bf92f3577b34da6a1b2c3d4e5f60003'])
  })

  it('filters by span duration and by resource attributes', async () => {
    const traces = await readTraceFiles({ paths: [EXAMPLES] })
    expect(searchTraces(traces, { minDuration: '2s' }).map(t => t.traceId)).toEqual([
      '5b8efff798038103d269b633813fc610',
      '5b8efff798038103d269b633813fc611'
    ])
    expect(searchTraces(traces, { maxDuration: '1s' })).toEqual([])
    expect(
      searchTraces(traces, { tags: { 'deployment.environment.name': 'staging' } })
    ).toHaveLength(3)
  })
})

describe('createFileSource', () => {
  it('lists services and operations, and finds a trace by id', async () => {
    const source = createFileSource({ paths: ['examples/traces'] })
    expect(await source.listServices()).toEqual(['newsroom-summarizer', 'support-bot'])
    expect(await source.listOperations('support-bot')).toEqual([
      'POST /api/chat',
      'chat gpt-4o-mini'
    ])
    expect((await source.getTrace('4bf92f3577b34da6a1b2c3d4e5f60003'))?.spans).toHaveLength(2)
    expect(await source.getTrace('ffffffffffffffffffffffffffffffff')).toBeUndefined()
  })
})
