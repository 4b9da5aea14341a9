import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluate, type EvalProgress } from '../../src/eval/evaluate.js'
import { createGitReader } from '../../src/eval/prompts/git.js'
import type { SuiteRun } from '../../src/eval/run-model.js'
import { parseRunSettings } from '../../src/settings/eval.js'
import { flagName, rawSettings, type RawValue } from '../../src/settings/raw.js'
import { startFakeAnthropic, startFakeOpenAI, type FakeLlm } from '../helpers/fake-llm.js'

const DATASET = `name: support
source: toad-eye-export
metadata:
  model: gpt-4o-mini
cases:
  - id: refund
    variables: { input: Where is my refund? }
    assertions:
      - { type: is_json }
  - id: hello
    variables: { input: Hello there }
    assertions:
      - { type: contains, value: hello }
  - id: status
    variables: { input: Status please }
    assertions:
      - { type: starts_with, value: "Answer:" }
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

/** A repository whose base commit asks for JSON answers; the working tree no longer does. */
async function repository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'toad-eval-eval-'))
  repo = dir
  await mkdir(join(dir, 'prompts'))
  await mkdir(join(dir, 'evals'))
  await writeFile(join(dir, 'evals', 'support.eval.yaml'), DATASET)
  await writeFile(
    join(dir, 'prompts', 'support.md'),
    'You are the Acme support assistant. Reply in JSON.\n'
  )
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-qm', 'base')
  await writeFile(
    join(dir, 'prompts', 'support.md'),
    'You are the Acme support assistant. Be friendly.\n'
  )
  return dir
}

function settingsFor(
  values: Record<string, RawValue | undefined>,
  env: Record<string, string> = {}
) {
  return parseRunSettings({
    flags: rawSettings(
      {
        dataset: ['evals/support.eval.yaml'],
        prompt: 'prompts/support.md',
        'base-url': llm.baseUrl,
        'base-ref': 'HEAD',
        'cache-dir': join(repo, '.cache'),
        ...values
      },
      flagName
    ),
    env
  })
}

function outcomes(run: SuiteRun | undefined) {
  return run?.cases.map(c => [
    c.caseId,
    c.base.samples.map(s => s.passed),
    c.head.samples.map(s => s.passed)
  ])
}

beforeEach(async () => {
  llm = await startFakeOpenAI()
  await repository()
})

afterEach(async () => {
  await llm.close()
})

describe('evaluate', () => {
  it('runs the base prompt from git and the head prompt from the working tree on every case', async () => {
    const progress: EvalProgress[] = []
    const [run] = await evaluate(settingsFor({}), {
      cwd: repo,
      git: createGitReader(repo),
      onProgress: p => progress.push(p)
    })
    expect(outcomes(run)).toEqual([
      ['refund', [true], [false]],
      ['hello', [true], [true]],
      ['status', [false], [true]]
    ])
    const refund = run?.cases[0]
    expect(refund?.base.messages).toEqual([
      { role: 'system', content: 'You are the Acme support assistant. Reply in JSON.\n' },
      { role: 'user', content: 'Where is my refund?' }
    ])
    expect(refund?.base.samples[0]?.output).toBe('{"answer":"Where is my refund?"}')
    expect(refund?.head.samples[0]?.output).toBe('Answer: Where is my refund?')
    expect(refund?.head.samples[0]?.assertions[0]).toMatchObject({ type: 'is_json', passed: false })
    expect(refund?.base.model).toBe('gpt-4o-mini')
    expect(run?.base.prompt).toEqual({ path: 'prompts/support.md', ref: git('rev-parse', 'HEAD') })
    expect(llm.requests).toHaveLength(6)
    expect(progress.at(-1)).toMatchObject({ done: 6, total: 6, errors: 0, cacheHits: 0 })
  })

  it('answers a second run from the cache without a request', async () => {
    const settings = settingsFor({})
    const dependencies = { cwd: repo, git: createGitReader(repo) }
    await evaluate(settings, dependencies)
    const [again] = await evaluate(settings, dependencies)
    expect(llm.requests).toHaveLength(6)
    expect(
      again?.cases.flatMap(c =>
        [...c.base.samples, ...c.head.samples].map(s => [s.cached, s.latencyMs])
      )
    ).toEqual(Array.from({ length: 6 }, () => [true, undefined]))
    expect(outcomes(again)).toEqual([
      ['refund', [true], [false]],
      ['hello', [true], [true]],
      ['status', [false], [true]]
    ])
  })

  it('repeats each case, with one cache entry per sample', async () => {
    const [run] = await evaluate(settingsFor({ repeat: '3', 'no-cache': true }), {
      cwd: repo,
      git: createGitReader(repo)
    })
    expect(run?.cases[0]?.base.samples.map(s => s.sample)).toEqual([0, 1, 2])
    expect(llm.requests).toHaveLength(18)
  })

  it('compares two prompt files side by side without git', async () => {
    await writeFile(
      join(repo, 'prompts', 'base.md'),
      'You are the Acme support assistant. Reply in JSON.\n'
    )
    const [run] = await evaluate(
      settingsFor({ 'base-prompt': 'prompts/base.md', 'base-ref': undefined }),
      {
        cwd: repo,
        git: {
          ...createGitReader(repo),
          defaultBaseRef: () => Promise.reject(new Error('git was asked'))
        }
      }
    )
    expect(run?.base.prompt).toEqual({ path: 'prompts/base.md', ref: 'working tree' })
    expect(outcomes(run)).toEqual([
      ['refund', [true], [false]],
      ['hello', [true], [true]],
      ['status', [false], [true]]
    ])
  })

  it('skips a suite whose prompt did not change', async () => {
    git('add', '.')
    git('commit', '-qm', 'head')
    const [run] = await evaluate(settingsFor({}), { cwd: repo, git: createGitReader(repo) })
    expect(run?.skipped).toBe(
      `prompts/support.md is unchanged since ${git('rev-parse', 'HEAD').slice(0, 12)}`
    )
    expect(run?.cases).toEqual([])
    expect(llm.requests).toHaveLength(0)
  })

  it('runs an unchanged prompt when told to', async () => {
    git('add', '.')
    git('commit', '-qm', 'head')
    const [run] = await evaluate(settingsFor({ 'run-unchanged': true }), {
      cwd: repo,
      git: createGitReader(repo)
    })
    expect(run?.skipped).toBeUndefined()
    expect(outcomes(run)).toEqual([
      ['refund', [false], [false]],
      ['hello', [true], [true]],
      ['status', [true], [true]]
    ])
  })

  it('replays the recorded conversation when no prompt is given, base on the production model', async () => {
    const [run] = await evaluate(settingsFor({ prompt: undefined, model: 'gpt-4.1-mini' }), {
      cwd: repo,
      git: createGitReader(repo)
    })
    expect(run?.cases[0]?.base.model).toBe('gpt-4o-mini')
    expect(run?.cases[0]?.head.model).toBe('gpt-4.1-mini')
    expect(run?.cases[0]?.head.messages).toEqual([{ role: 'user', content: 'Where is my refund?' }])
  })

  it('counts a call that keeps failing as an error, never a pass', async () => {
    await llm.close()
    llm = await startFakeOpenAI({ script: Array.from({ length: 40 }, () => ({ status: 500 })) })
    const [run] = await evaluate(settingsFor({ retries: '1', 'no-cache': true }), {
      cwd: repo,
      git: createGitReader(repo),
      sleep: async () => {}
    })
    const sample = run?.cases[0]?.head.samples[0]
    expect(sample?.passed).toBe(false)
    expect(sample?.error).toMatch(/HTTP 500/)
  })

  it('talks to an Anthropic-compatible API the same way', async () => {
    const anthropic = await startFakeAnthropic()
    try {
      const [run] = await evaluate(
        settingsFor({
          provider: 'anthropic',
          'base-url': anthropic.baseUrl,
          model: 'claude-3-5-haiku-latest'
        }),
        { cwd: repo, git: createGitReader(repo) }
      )
      expect(outcomes(run)).toEqual([
        ['refund', [true], [false]],
        ['hello', [true], [true]],
        ['status', [false], [true]]
      ])
      expect(anthropic.requests).toHaveLength(6)
    } finally {
      await anthropic.close()
    }
  })

  it('fails before any model call when a dataset has an unknown assertion type', async () => {
    await writeFile(
      join(repo, 'evals', 'support.eval.yaml'),
      DATASET.replace('{ type: is_json }', '{ type: is_jsn }')
    )
    await expect(
      evaluate(settingsFor({}), { cwd: repo, git: createGitReader(repo) })
    ).rejects.toThrow(
      /^evals\/support\.eval\.yaml: case refund: assertions\[0\]: unknown type "is_jsn" \(did you mean is_json\?\); known types: calls_tool, /
    )
    expect(llm.requests).toHaveLength(0)
  })

  it('names the cases that have no model to ask, before any call', async () => {
    await writeFile(
      join(repo, 'evals', 'support.eval.yaml'),
      DATASET.replace('metadata:\n  model: gpt-4o-mini\n', '')
    )
    await expect(
      evaluate(settingsFor({}), { cwd: repo, git: createGitReader(repo) })
    ).rejects.toThrow(
      'suite support: no model for 3 case(s), e.g. evals/support.eval.yaml: refund; set model in the suite (or --model): the dataset records none'
    )
    expect(llm.requests).toHaveLength(0)
  })

  it('asks for a key when calling a hosted API without one', async () => {
    const settings = parseRunSettings({
      flags: rawSettings({ dataset: ['evals/support.eval.yaml'], model: 'gpt-4o' }, flagName),
      env: {}
    })
    await expect(evaluate(settings, { cwd: repo, git: createGitReader(repo) })).rejects.toThrow(
      'suite support: set OPENAI_API_KEY (or a base URL for a local model) to call openai'
    )
  })
})
