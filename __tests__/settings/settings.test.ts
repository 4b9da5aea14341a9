import { describe, expect, it } from '@jest/globals'
import { parseExportCommandSettings } from '../../src/settings/export.js'
import { flagName, layered, rawSettings, type RawValue } from '../../src/settings/raw.js'
import { parseTraceQuery, parseTraceSourceSettings } from '../../src/settings/trace-source.js'

const flags = (values: Record<string, RawValue>) => rawSettings(values, flagName)
const config = (values: Record<string, RawValue>) =>
  rawSettings(values, key => `toad-eval.yaml: export.${key}`)

describe('parseTraceSourceSettings', () => {
  it('defaults to an auto-detected Jaeger at $JAEGER_URL or localhost', () => {
    expect(parseTraceSourceSettings(flags({}), {})).toEqual({
      kind: 'jaeger',
      url: 'http://localhost:16686',
      headers: {}
    })
    expect(
      parseTraceSourceSettings(flags({}), { JAEGER_URL: 'https://jaeger.internal/q' })
    ).toMatchObject({
      url: 'https://jaeger.internal/q'
    })
  })

  it('reads headers, the bearer token from the environment, timeout and retries', () => {
    const settings = parseTraceSourceSettings(
      flags({
        source: 'tempo',
        url: 'http://tempo:3200',
        header: ['X-Scope-OrgID: team-a'],
        timeout: '5s',
        retries: '0'
      }),
      { TOAD_EVAL_TRACE_TOKEN: 's3cret' }
    )
    expect(settings).toEqual({
      kind: 'tempo',
      url: 'http://tempo:3200',
      headers: { 'X-Scope-OrgID': 'team-a' },
      bearerToken: 's3cret',
      timeoutMs: 5000,
      retries: 0
    })
  })

  it('picks the files source from --file', () => {
    expect(parseTraceSourceSettings(flags({ file: ['a.json', 'traces/'] }), {})).toEqual({
      kind: 'files',
      files: ['a.json', 'traces/']
    })
  })

  it.each([
    [
      { source: 'zipkin' },
      '--source must be one of jaeger, jaeger-v1, jaeger-v3, tempo, files; got "zipkin"'
    ],
    [{ source: 'files' }, '--source files needs at least one --file'],
    [{ source: 'tempo', file: ['x.json'] }, '--file cannot be combined with --source tempo'],
    [{ url: 'ftp://jaeger' }, '--url must be an http:// or https:// URL'],
    [{ header: ['Authorization Bearer abc'] }, '--header expects name:value, got "…"'],
    [{ header: ['Bad Name: x'] }, '--header: "Bad Name" is not a valid header name'],
    [{ retries: '11' }, '--retries must be a whole number from 0 to 10, got "11"'],
    [{ timeout: 'soon' }, /^--timeout: /]
  ])('rejects %j', (values, message) => {
    expect(() => parseTraceSourceSettings(flags(values), {})).toThrow(message)
  })

  it('never echoes a header value in an error', () => {
    expect(() => parseTraceSourceSettings(flags({ header: ['Bearer-token-abc123'] }), {})).toThrow(
      '--header expects name:value, got "…"'
    )
  })
})

describe('parseTraceQuery', () => {
  it('reads every search key', () => {
    expect(
      parseTraceQuery(
        flags({
          service: 'support-bot',
          operation: 'chat gpt-4o',
          tag: ['gen_ai.system=openai', 'env=a=b'],
          lookback: '2h30m',
          'min-duration': '500ms',
          'max-duration': '1m',
          limit: '20'
        })
      )
    ).toEqual({
      service: 'support-bot',
      operation: 'chat gpt-4o',
      tags: { 'gen_ai.system': 'openai', env: 'a=b' },
      lookback: '2h30m',
      minDuration: '500ms',
      maxDuration: '1m',
      limit: 20
    })
  })

  it('reads tags written as a YAML mapping and numbers written as numbers', () => {
    expect(parseTraceQuery(config({ tag: { 'gen_ai.system': 'openai' }, limit: 5 }))).toEqual({
      tags: { 'gen_ai.system': 'openai' },
      limit: 5
    })
  })

  it.each([
    [{ lookback: 'yesterday' }, /^--lookback: /],
    [
      { start: '2026-13-45' },
      '--start must be an ISO 8601 date such as 2026-03-15T14:00:00Z, got "2026-13-45"'
    ],
    [
      { start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' },
      '--start must be before --end'
    ],
    [{ limit: '0' }, '--limit must be a whole number of at least 1, got "0"'],
    [{ 'min-duration': 'fast' }, /^--min-duration: /]
  ])('rejects %j', (values, message) => {
    expect(() => parseTraceQuery(flags(values))).toThrow(message)
  })
})

describe('parseExportCommandSettings', () => {
  it('layers flags over the config file and names each value where it came from', () => {
    const raw = layered(
      config({ service: 'support-bot', limit: 50, output: 'evals/datasets', sample: 0.5 }),
      flags({ limit: '10' })
    )
    const settings = parseExportCommandSettings(raw, {})
    expect(settings.export).toEqual({
      query: { service: 'support-bot', limit: 10 },
      filters: { service: 'support-bot', sample: 0.5 },
      outputDir: 'evals/datasets',
      redact: true,
      redactPatterns: []
    })
    expect(() => parseExportCommandSettings(layered(config({ sample: 2 }), flags({})), {})).toThrow(
      'toad-eval.yaml: export.sample must be a number from 0 to 1, got "2"'
    )
  })

  it('reads the call filters and redaction switches', () => {
    const settings = parseExportCommandSettings(
      flags({
        model: 'gpt-4o',
        provider: 'openai',
        'min-tokens': '100',
        'min-input-tokens': '10',
        'min-output-tokens': '5',
        'with-tool-calls': true,
        errored: false,
        'min-latency': '2s',
        'min-cost': '0.001',
        'max-cases': '25',
        'file-name': 'production.eval.yaml',
        'no-redact': true,
        'redact-pattern': ['customer=CUST-\\d+']
      }),
      {}
    )
    expect(settings.export).toEqual({
      query: {},
      filters: {
        model: 'gpt-4o',
        provider: 'openai',
        minTotalTokens: 100,
        minInputTokens: 10,
        minOutputTokens: 5,
        withToolCalls: true,
        errored: false,
        minLatencyMs: 2000,
        minCost: 0.001
      },
      outputDir: 'evals',
      redact: false,
      redactPatterns: [{ name: 'customer', pattern: 'CUST-\\d+' }],
      maxCases: 25,
      fileName: 'production.eval.yaml'
    })
  })

  it('rejects a dataset file name that is not YAML', () => {
    expect(() => parseExportCommandSettings(flags({ 'file-name': 'out.json' }), {})).toThrow(
      '--file-name must end in .yaml or .yml, got "out.json"'
    )
  })
})
