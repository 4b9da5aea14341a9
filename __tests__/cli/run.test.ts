import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseResults } from '../../src/report/results-file.js'
import { runToadEval } from '../helpers/cli.js'
import { startFakeOpenAI, type FakeLlm } from '../helpers/fake-llm.js'

const DATASET = `name: support
source: toad-eye-export
metadata:
  model: gpt-4o-mini
cases:
${['refund', 'invoice', 'delivery', 'password']
  .map(
    topic => `  - id: ${topic}
    variables: { input: Question about my ${topic} }
    assertions:
      - { type: is_json }
`
  )
  .join('')}  - id: greeting
    variables: { input: Hello }
    assertions:
      - { type: contains, value: hello }
`

let repo: string
let llm: FakeLlm

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo
  })
    .toString()
    .trim()
}

async function writeConfig(extra = '', baseUrl = llm.baseUrl): Promise<void> {
  await writeFile(
    join(repo, 'toad-eval.yaml'),
    `eval:
  base-url: ${baseUrl}
  base-ref: main
  cache-dir: .cache
suites:
  - name: support
    prompt: prompts/support.md
    datasets: evals/support.eval.yaml
${extra}`
  )
}

beforeEach(async () => {
  llm = await startFakeOpenAI()
  repo = await mkdtemp(join(tmpdir(), 'toad-eval-run-'))
  await mkdir(join(repo, 'prompts'))
  await mkdir(join(repo, 'evals'))
  await writeFile(join(repo, 'evals', 'support.eval.yaml'), DATASET)
  await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Reply in JSON.\n')
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-qm', 'base')
  git('checkout', '-q', '-b', 'pr')
})

afterEach(async () => {
  await llm.close()
})

const run = (args: string[], env: Record<string, string> = {}) =>
  runToadEval(args, { cwd: repo, env })

describe('toad-eval run', () => {
  it('passes the gate when the changed prompt keeps every case', async () => {
    await writeFile(
      join(repo, 'prompts', 'support.md'),
      'You are Acme support, the friendliest. Reply in JSON.\n'
    )
    await writeConfig()
    const result = await run(['run'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('✅ Gate passed')
  })

  it('fails the gate with exit 1 on regressions, and writes the report files', async () => {
    await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Be warm.\n')
    await writeConfig()
    const result = await run([
      'run',
      '--results',
      'out/results.json',
      '--markdown',
      'out/report.md',
      '--junit',
      'out/junit.xml'
    ])
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe('❌ Gate failed: 4 regressions (max 0)')
    expect(result.stdout).toContain('Wrote out/results.json')
    const results = parseResults(
      await readFile(join(repo, 'out', 'results.json'), 'utf8'),
      'results.json'
    )
    expect(results.commit).toEqual({
      head: git('rev-parse', 'HEAD'),
      base: git('rev-parse', 'main')
    })
    expect(
      results.suites[0]?.cases.map(c => [
        c.caseId,
        c.base.samples[0]?.passed,
        c.head.samples[0]?.passed
      ])
    ).toEqual([
      ['refund', true, false],
      ['invoice', true, false],
      ['delivery', true, false],
      ['password', true, false],
      ['greeting', true, true]
    ])
    const markdown = await readFile(join(repo, 'out', 'report.md'), 'utf8')
    expect(markdown).toContain('refund')
    expect(await readFile(join(repo, 'out', 'junit.xml'), 'utf8')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>/
    )
  })

  it('lets the config allow some regressions', async () => {
    await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Be warm.\n')
    await writeConfig('    max-regressions: 4\n')
    expect((await run(['run'])).code).toBe(0)
  })

  it('runs shards that report merges into the same verdict', async () => {
    await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Be warm.\n')
    await writeConfig()
    const shards = await Promise.all(
      ['1/2', '2/2'].map((shard, index) =>
        run(['run', '--shard', shard, '--results', `shard-${index + 1}.json`])
      )
    )
    expect(shards.map(shard => shard.code).every(code => code === 0 || code === 1)).toBe(true)
    const merged = await run(['report', 'shard-1.json', 'shard-2.json', '--results', 'merged.json'])
    expect(merged.code).toBe(1)
    expect(merged.stdout.split('\n')[0]).toBe('❌ Gate failed: 4 regressions (max 0)')
    const results = parseResults(await readFile(join(repo, 'merged.json'), 'utf8'), 'merged.json')
    expect(results.suites[0]?.cases.map(c => c.caseId).sort()).toEqual([
      'delivery',
      'greeting',
      'invoice',
      'password',
      'refund'
    ])
    expect(results.shard).toBeUndefined()
  })

  it("runs toad-eye's one-off form: a dataset replayed on another model", async () => {
    const result = await run([
      'run',
      '--dataset',
      'evals/support.eval.yaml',
      '--model',
      'gpt-4.1-mini',
      '--base-url',
      llm.baseUrl,
      '--no-cache'
    ])
    expect(result.code).toBe(0)
    const bodies = llm.bodies() as Array<{ model: string }>
    expect(bodies.map(body => body.model).sort()).toEqual([
      ...Array.from({ length: 5 }, () => 'gpt-4.1-mini'),
      ...Array.from({ length: 5 }, () => 'gpt-4o-mini')
    ])
  })

  it('exits 3 when the provider cannot be reached, not 1', async () => {
    await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Be warm.\n')
    const gone = await startFakeOpenAI()
    await gone.close()
    await writeConfig('', gone.baseUrl)
    const result = await run(['run', '--retries', '0', '--no-cache'])
    expect(result.code).toBe(3)
    expect(result.stderr).toBe(
      '✗ The provider could not be reached for a whole suite: this is an outage, not a regression.'
    )
  })

  it('exits 2 on a bad config, naming the file and key', async () => {
    await writeFile(
      join(repo, 'toad-eval.yaml'),
      'suites:\n  - name: x\n    datasets: evals/support.eval.yaml\n    repeat: many\n'
    )
    const result = await run(['run'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(
      '✗ toad-eval.yaml: suites[0].repeat must be a whole number from 1 to 100, got "many"'
    )
  })

  it('exits 2 when a results file is not one', async () => {
    await writeFile(join(repo, 'bad.json'), '{"schema":"other"}')
    const result = await run(['report', 'bad.json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^✗ .*bad\.json/)
  })
})
