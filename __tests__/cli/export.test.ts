import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { EvalDataset } from '../../src/dataset/format.js'
import { runToadEval } from '../helpers/cli.js'
import {
  sendGoError,
  sendJson,
  sendRouteNotFound,
  startTestServer,
  type TestServer
} from '../helpers/http-server.js'

interface JaegerTraceJson {
  traceID: string
  spans: Array<{ tags: Array<{ key: string; type: string; value: unknown }> }>
  processes: Record<string, { serviceName: string }>
}

const run = (args: string[]) => runToadEval(args)

/** A Jaeger 1.x query service (v1 API only) holding the given traces. */
async function startJaeger(traces: JaegerTraceJson[]): Promise<TestServer> {
  return startTestServer((request, response) => {
    const byId = /^\/api\/traces\/([0-9a-f]+)$/.exec(request.path)
    if (request.path === '/api/services') {
      const services = [
        ...new Set(traces.flatMap(trace => Object.values(trace.processes).map(p => p.serviceName)))
      ]
      return sendJson(response, 200, {
        data: services,
        total: services.length,
        limit: 0,
        offset: 0,
        errors: null
      })
    }
    if (request.path === '/api/traces') {
      const service = request.query.get('service')
      const found = traces.filter(trace =>
        Object.values(trace.processes).some(p => p.serviceName === service)
      )
      return sendJson(response, 200, { data: found, total: 0, limit: 0, offset: 0, errors: null })
    }
    if (byId) {
      const trace = traces.find(candidate => candidate.traceID === byId[1])
      if (trace)
        return sendJson(response, 200, {
          data: [trace],
          total: 0,
          limit: 0,
          offset: 0,
          errors: null
        })
      return sendGoError(
        response,
        404,
        JSON.stringify({ data: null, errors: [{ code: 404, msg: 'trace not found' }] })
      )
    }
    return sendRouteNotFound(response)
  })
}

const example = JSON.parse(await readFile('examples/traces/support-bot.jaeger.json', 'utf8')) as {
  data: JaegerTraceJson[]
}

function withTraceId(trace: JaegerTraceJson, traceId: string): JaegerTraceJson {
  const copy = structuredClone(trace)
  copy.traceID = traceId
  for (const span of copy.spans as Array<{
    traceID?: string
    references?: Array<{ traceID: string }>
  }>) {
    span.traceID = traceId
    for (const reference of span.references ?? []) reference.traceID = traceId
  }
  return copy
}

/** The first example trace with its toad-eye content removed, as when recordContent is off. */
function withoutContent(trace: JaegerTraceJson): JaegerTraceJson {
  const copy = withTraceId(trace, 'c0ffee00000000000000000000000001')
  for (const span of copy.spans) {
    span.tags = span.tags.filter(
      tag =>
        !tag.key.startsWith('gen_ai.toad_eye.prompt') && tag.key !== 'gen_ai.toad_eye.completion'
    )
  }
  return copy
}

/** A trace whose user wrote personal data. */
function withPersonalData(trace: JaegerTraceJson): JaegerTraceJson {
  const copy = withTraceId(trace, 'c0ffee00000000000000000000000002')
  for (const span of copy.spans) {
    for (const tag of span.tags) {
      if (tag.key === 'gen_ai.toad_eye.prompt')
        tag.value = 'Please mail the invoice to jo.doe@example.com, card 4111 1111 1111 1111'
    }
  }
  return copy
}

let jaeger: TestServer
let dir: string

beforeAll(async () => {
  jaeger = await startJaeger([
    ...example.data,
    withoutContent(example.data[0]!),
    withPersonalData(example.data[0]!)
  ])
  dir = await mkdtemp(join(tmpdir(), 'toad-eval-export-'))
})

afterAll(async () => {
  await jaeger.close()
})

describe('toad-eval export-trace', () => {
  it('writes trace-<first 8>.eval.yaml in toad-eye format and says so', async () => {
    const output = join(dir, 'single')
    const result = await run([
      'export-trace',
      '4bf92f3577b34da6a1b2c3d4e5f60002',
      '--output',
      output,
      '--jaeger-url',
      jaeger.url
    ])
    const path = join(output, 'trace-4bf92f35.eval.yaml')
    expect(result).toEqual({
      code: 0,
      stdout: `✅ Exported trace 4bf92f3577b34da6a1b2c3d4e5f60002 → ${path}`,
      stderr: ''
    })
    const dataset = parse(await readFile(path, 'utf8')) as EvalDataset
    expect(dataset).toMatchObject({
      name: 'exported-trace-4bf92f35',
      source: 'toad-eye-export',
      metadata: {
        trace_id: '4bf92f3577b34da6a1b2c3d4e5f60002',
        model: 'gpt-4o-mini',
        provider: 'openai'
      }
    })
    expect(dataset.cases).toHaveLength(1)
    const [evalCase] = dataset.cases
    expect(evalCase?.variables.input).toBe(
      'You are the support assistant of Acme. Answer briefly. When the user asks for JSON, answer with a JSON object only.\n' +
        'Can you give me the status of order A-1187 as JSON?'
    )
    expect(evalCase?.output).toBe(
      '{"order":"A-1187","status":"shipped","carrier":"DHL","eta":"2025-11-28"}'
    )
    expect(evalCase?.assertions).toEqual([
      { type: 'max_length', value: 108 },
      { type: 'not_contains', value: 'i cannot' },
      { type: 'not_contains', value: "i can't" },
      { type: 'not_contains', value: 'i am unable to' },
      { type: 'not_contains', value: "i'm unable to" },
      { type: 'not_contains', value: "i'm sorry, but" },
      { type: 'not_contains', value: 'as an ai' },
      { type: 'is_json', value: true }
    ])
    expect(evalCase?.source).toMatchObject({
      span_id: '02e1a2b3c4d5e6f7',
      tokens: { input: 196, output: 28 },
      latency_ms: 1390
    })
  })

  it('fails with "Trace X not found" for an id Jaeger does not have', async () => {
    const result = await run([
      'export-trace',
      '0123456789abcdef0123456789abcdef',
      '--jaeger-url',
      jaeger.url,
      '--output',
      dir
    ])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: '✗ Trace 0123456789abcdef0123456789abcdef not found'
    })
  })

  it("fails with toad-eye's recordContent message when the LLM spans have no content", async () => {
    const result = await run([
      'export-trace',
      'c0ffee00000000000000000000000001',
      '--jaeger-url',
      jaeger.url,
      '--output',
      dir
    ])
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')).toEqual([
      '✗ No exportable spans in trace c0ffee00000000000000000000000001. Was recordContent enabled?',
      '1 LLM span(s) recorded no prompt or answer.',
      'toad-eye spans record content with recordContent: true in initObservability()'
    ])
  })

  it('redacts personal data unless told not to', async () => {
    const output = join(dir, 'redaction')
    await run([
      'export-trace',
      'c0ffee00000000000000000000000002',
      '--jaeger-url',
      jaeger.url,
      '--output',
      output
    ])
    const redacted = await readFile(join(output, 'trace-c0ffee00.eval.yaml'), 'utf8')
    expect(redacted).toContain('Please mail the invoice to [REDACTED:EMAIL], card [REDACTED:CARD]')
    expect(redacted).not.toContain('jo.doe@example.com')
    await run([
      'export-trace',
      'c0ffee00000000000000000000000002',
      '--jaeger-url',
      jaeger.url,
      '--output',
      join(output, 'raw'),
      '--no-redact'
    ])
    expect(await readFile(join(output, 'raw', 'trace-c0ffee00.eval.yaml'), 'utf8')).toContain(
      'jo.doe@example.com'
    )
  })
})

describe('toad-eval export', () => {
  it('adds each new call once, and a second run changes no byte', async () => {
    const output = join(dir, 'nightly')
    const args = [
      'export',
      '--url',
      jaeger.url,
      '--service',
      'support-bot',
      '--lookback',
      '7d',
      '--output',
      output
    ]
    const first = await run(args)
    expect(first.code).toBe(0)
    const path = join(output, 'support-bot.eval.yaml')
    expect(first.stdout.split('\n')).toEqual([
      `Scanned 5 traces from Jaeger v1 API at ${jaeger.url}: 4 LLM calls, 1 without content, 0 filtered out, 0 duplicate inputs`,
      `  ${path}  +4 new (created)`,
      '4 new cases in 1 file.',
      'Redacted: 1 EMAIL, 1 CARD.'
    ])
    expect(first.stderr.split('\n')).toEqual([
      '⚠ 1 LLM span recorded no prompt or answer and became no case.',
      '  toad-eye spans record content with recordContent: true in initObservability()'
    ])
    const written = await readFile(path, 'utf8')
    expect((parse(written) as EvalDataset).cases.map(evalCase => evalCase.source?.span_id)).toEqual(
      ['01e1a2b3c4d5e6f7', '02e1a2b3c4d5e6f7', '03e1a2b3c4d5e6f7', '01e1a2b3c4d5e6f7']
    )

    const second = await run(args)
    expect(second.stdout.split('\n').slice(1)).toEqual([
      `  ${path}  +0 new (4 already there)`,
      'No new cases: the datasets already hold every matching call.',
      'Redacted: 1 EMAIL, 1 CARD.'
    ])
    expect(await readFile(path, 'utf8')).toBe(written)
  })

  it('keeps a hand-edited dataset untouched', async () => {
    const output = join(dir, 'edited')
    const args = [
      'export',
      '--url',
      jaeger.url,
      '--service',
      'support-bot',
      '--output',
      output,
      '--max-cases',
      '1'
    ]
    await run(args)
    const path = join(output, 'support-bot.eval.yaml')
    const edited =
      (await readFile(path, 'utf8')).replace('cases:\n', '# reviewed by Ana\ncases:\n') +
      '    # tightened by hand\n'
    await writeFile(path, edited.replace(/value: 98\n/, 'value: 60\n'))
    const handEdited = await readFile(path, 'utf8')
    const result = await run(args.slice(0, -2))
    expect(result.code).toBe(0)
    const after = await readFile(path, 'utf8')
    expect(after.startsWith(handEdited)).toBe(true)
    expect((parse(after) as EvalDataset).cases).toHaveLength(4)
  })

  it('reads its settings from toad-eval.yaml, flags winning', async () => {
    const output = join(dir, 'configured')
    const config = join(dir, 'toad-eval.yaml')
    await writeFile(
      config,
      `export:\n  url: ${jaeger.url}\n  service: support-bot\n  output: ${output}\n  max_cases: 1\n  file-name: production.eval.yaml\n`
    )
    const result = await run(['export', '--config', config, '--max-cases', '2'])
    expect(result.code).toBe(0)
    const dataset = parse(
      await readFile(join(output, 'production.eval.yaml'), 'utf8')
    ) as EvalDataset
    expect(dataset.name).toBe('production')
    expect(dataset.cases).toHaveLength(2)
    const bad = await run(['export', '--config', config, '--sample', '3'])
    expect(bad.code).toBe(2)
    expect(bad.stderr.split('\n')[0]).toBe('✗ --sample must be a number from 0 to 1, got "3"')
  })

  it('exports trace files, one dataset per service', async () => {
    const output = join(dir, 'files')
    const result = await run(['export', '--file', 'examples/traces', '--output', output])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(
      'Scanned 5 traces from trace files (examples/traces): 5 LLM calls, 0 without content, 0 filtered out, 0 duplicate inputs'
    )
    const summaries = parse(
      await readFile(join(output, 'newsroom-summarizer.eval.yaml'), 'utf8')
    ) as EvalDataset
    expect(summaries.metadata).toMatchObject({
      model: 'claude-3-5-haiku-20241022',
      provider: 'anthropic'
    })
    expect(summaries.cases.map(evalCase => [evalCase.system, evalCase.output])).toEqual([
      [
        'Summarize the article in one sentence of at most 25 words.',
        'The council approved a Main Street cycling lane, built March to June, removing east-side parking.'
      ],
      [
        'Summarize the article in one sentence of at most 25 words.',
        "Acme's Q3 revenue rose 8% to €12.4M on subscriptions, with similar growth expected next quarter."
      ]
    ])
  })

  it('reads and writes relative to the folder it runs in, and prints paths from there', async () => {
    const folder = join(dir, 'elsewhere')
    await mkdir(join(folder, 'traces'), { recursive: true })
    await copyFile(
      'examples/traces/newsroom.otlp.json',
      join(folder, 'traces', 'newsroom.otlp.json')
    )
    const result = await runToadEval(['export', '--file', 'traces', '--output', 'datasets'], {
      cwd: folder
    })
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[1]).toBe(
      '  datasets/newsroom-summarizer.eval.yaml  +2 new (created)'
    )
    expect(
      (
        parse(
          await readFile(join(folder, 'datasets', 'newsroom-summarizer.eval.yaml'), 'utf8')
        ) as EvalDataset
      ).cases
    ).toHaveLength(2)
  })

  it('applies call filters', async () => {
    const output = join(dir, 'filtered')
    const result = await run([
      'export',
      '--file',
      'examples/traces',
      '--output',
      output,
      '--provider',
      'anthropic',
      '--min-tokens',
      '75'
    ])
    expect(result.stdout.split('\n')[0]).toBe(
      'Scanned 5 traces from trace files (examples/traces): 5 LLM calls, 0 without content, 4 filtered out, 0 duplicate inputs'
    )
    const dataset = parse(
      await readFile(join(output, 'newsroom-summarizer.eval.yaml'), 'utf8')
    ) as EvalDataset
    expect(dataset.cases.map(evalCase => evalCase.source?.tokens)).toEqual([
      { input: 53, output: 22 }
    ])
  })
})
