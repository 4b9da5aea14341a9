import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runToadEval } from '../helpers/cli.js'
import { VERSION } from '../../src/version.js'

const run = (args: string[]) => runToadEval(args)

describe('toad-eval', () => {
  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
    expect(await run(['--version'])).toEqual({ code: 0, stdout: pkg.version, stderr: '' })
  })

  it('lists its commands on --help and exits 2 without a command', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    const commands = help.stdout.split('\n').filter(line => /^ {2}\S/.test(line))
    expect(commands.map(line => line.trim().split(/\s{2,}/)[0])).toEqual([
      'export-trace',
      'export',
      'run',
      'report',
      'fetch',
      'services'
    ])
    expect((await run([])).code).toBe(2)
  })

  it('rejects an unknown command with exit 2', async () => {
    expect(await run(['exprot'])).toEqual({
      code: 2,
      stdout: '',
      stderr: '✗ Unknown command "exprot". Run toad-eval --help for the list.'
    })
  })

  it('shows a command usage on --help', async () => {
    const result = await run(['fetch', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: toad-eval fetch [TRACE_ID...] [options]')
    expect(result.stdout).toContain('--traceql QUERY')
  })
})

describe('toad-eval fetch', () => {
  it('lists every trace of the example files', async () => {
    const result = await run(['fetch', '--file', 'examples/traces'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('trace files (examples/traces): 5 traces')
    expect(lines.slice(1)).toEqual([
      '  5b8efff798038103d269b633813fc610  2025-11-26T09:10:00.000Z  2 spans  newsroom-summarizer  summarize-article',
      '  5b8efff798038103d269b633813fc611  2025-11-26T09:40:00.000Z  2 spans  newsroom-summarizer  summarize-article',
      '  4bf92f3577b34da6a1b2c3d4e5f60001  2025-11-26T09:00:00.000Z  2 spans  support-bot  POST /api/chat',
      '  4bf92f3577b34da6a1b2c3d4e5f60002  2025-11-26T10:00:00.000Z  2 spans  support-bot  POST /api/chat',
      '  4bf92f3577b34da6a1b2c3d4e5f60003  2025-11-26T11:00:00.000Z  2 spans  support-bot  POST /api/chat'
    ])
  })

  it('filters by service, operation and tag like a server would', async () => {
    const result = await run([
      'fetch',
      '--file',
      'examples/traces/*.json',
      '--service',
      'support-bot',
      '--tag',
      'gen_ai.request.model=gpt-4o-mini',
      '--limit',
      '2'
    ])
    expect(result.stdout.split('\n').map(line => line.trim().split('  ')[0])).toEqual([
      'trace files (examples/traces/*.json): 2 traces',
      '4bf92f3577b34da6a1b2c3d4e5f60001',
      '4bf92f3577b34da6a1b2c3d4e5f60002'
    ])
  })

  it('prints the normalized spans of one trace as JSON', async () => {
    const result = await run([
      'fetch',
      '4BF92F3577B34DA6A1B2C3D4E5F60002',
      '--file',
      'examples/traces',
      '--json'
    ])
    expect(result.code).toBe(0)
    const [trace] = JSON.parse(result.stdout) as Array<{
      traceId: string
      spans: Array<{
        spanId: string
        parentSpanId?: string
        kind: string
        attributes: Record<string, unknown>
      }>
    }>
    expect(trace?.traceId).toBe('4bf92f3577b34da6a1b2c3d4e5f60002')
    expect(trace?.spans.map(span => [span.spanId, span.parentSpanId, span.kind])).toEqual([
      ['02f067aa0ba902b7', undefined, 'server'],
      ['02e1a2b3c4d5e6f7', '02f067aa0ba902b7', 'client']
    ])
    expect(trace?.spans[1]?.attributes['gen_ai.usage.input_tokens']).toBe(196)
  })

  it('exits 1 and names a trace id the source does not have', async () => {
    const result = await run([
      'fetch',
      '00000000000000000000000000abcdef',
      '--file',
      'examples/traces'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      '✗ Trace 00000000000000000000000000abcdef not found in trace files (examples/traces)'
    )
  })

  it('rejects a malformed trace id before any lookup', async () => {
    const result = await run(['fetch', '../../etc/passwd', '--file', 'examples/traces'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Invalid trace id "../../etc/passwd"')
  })

  it('explains bad flags with exit 2 and the usage', async () => {
    const limit = await run(['fetch', '--file', 'examples/traces', '--limit', 'lots'])
    expect(limit.code).toBe(2)
    expect(limit.stderr).toMatch(
      /^✗ --limit must be a whole number of at least 1, got "lots"\n\nUsage: toad-eval fetch/
    )
    const source = await run(['fetch', '--source', 'zipkin'])
    expect(source.stderr.split('\n')[0]).toBe(
      '✗ --source must be one of jaeger, jaeger-v1, jaeger-v3, tempo, files; got "zipkin"'
    )
    const unknown = await run(['fetch', '--servce', 'x'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--servce'")
  })

  it('names a path that matches no file', async () => {
    const result = await run(['fetch', '--file', 'no/such/traces.json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^✗ No trace files match "no\/such\/traces.json"/)
  })

  it('never sends control characters from trace content to the terminal', async () => {
    const result = await run(['fetch', '--file', '__fixtures__/traces/hostile-names.otlp.json'])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('\u001b')
    expect(result.stdout).not.toContain('\u0007')
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(result.stdout).toContain('evil\\u001b[2Jservice')
    expect(result.stdout).toContain('chat\\u001b]8;;https://evil.example\\u0007click')
  })
})

describe('toad-eval services', () => {
  it('lists services and operations found in files', async () => {
    const result = await run(['services', '--file', 'examples/traces', '--operations'])
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'trace files (examples/traces): 2 services',
        '  newsroom-summarizer',
        '    chat claude-3-5-haiku',
        '    summarize-article',
        '  support-bot',
        '    POST /api/chat',
        '    chat gpt-4o-mini'
      ].join('\n')
    })
  })
})
