/**
 * The built action (dist/index.js) run as GitHub runs it: a node process with INPUT_* and
 * GITHUB_* variables, against a fake GitHub API, a fake model and trace files, all on
 * 127.0.0.1. dist/ is committed and checked against the sources, so this tests what ships.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startFakeOpenAI, type FakeLlm } from '../helpers/fake-llm.js'

const ACTION = resolve('dist/index.js')
const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted'

const DATASET = `name: support
cases:
  - id: refund
    variables: { input: Where is my refund? }
    assertions: [{ type: is_json }]
  - id: hello
    variables: { input: Hello there }
    assertions: [{ type: contains, value: hello }]
`

let repo: string
let work: string
let github: FakeGitHub
let llm: FakeLlm

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo
  })
    .toString()
    .trim()
}

interface ActionRun {
  code: number
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Runs the action once; outputs are read back from the GITHUB_OUTPUT file the way the runner does. */
async function runAction(inputs: Record<string, string>, event: unknown): Promise<ActionRun> {
  const id = Math.random().toString(36).slice(2)
  const eventPath = join(work, `event-${id}.json`)
  const outputPath = join(work, `output-${id}`)
  const summaryPath = join(work, `summary-${id}`)
  await writeFile(eventPath, JSON.stringify(event))
  await writeFile(outputPath, '')
  await writeFile(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'toad-eye/demo',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: work
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [ACTION], { cwd: repo, env })
  let stdout = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stdout += chunk))
  const code = await new Promise<number>(done => child.on('close', status => done(status ?? 1)))
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8')
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'toad-eval-action-'))
  repo = join(work, 'repo')
  await mkdir(join(repo, 'prompts'), { recursive: true })
  await mkdir(join(repo, 'evals'))
  await writeFile(join(repo, 'evals', 'support.eval.yaml'), DATASET)
  await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Reply in JSON.\n')
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-qm', 'base')
  await writeFile(join(repo, 'prompts', 'support.md'), 'You are Acme support. Be warm.\n')
  git('commit', '-qam', 'warmer prompt')
  github = await startFakeGitHub({ token: TOKEN })
  llm = await startFakeOpenAI()
})

afterEach(async () => {
  await github.close()
  await llm.close()
})

function pullRequestEvent(headSha: string, baseSha: string, headRepo = 'toad-eye/demo') {
  return {
    pull_request: {
      number: 7,
      head: { sha: headSha, repo: { full_name: headRepo } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'toad-eye/demo' } }
    },
    repository: { full_name: 'toad-eye/demo', default_branch: 'main' }
  }
}

const evalInputs = () => ({
  command: 'eval',
  datasets: 'evals/support.eval.yaml',
  prompt: 'prompts/support.md',
  model: 'gpt-4o-mini',
  'base-url': llm.baseUrl,
  'api-key': 'sk-test-key-never-printed',
  'github-token': TOKEN,
  cache: 'false',
  comment: 'true',
  'job-summary': 'true',
  results: 'toad-eval-results.json'
})

describe('the action, as a process', () => {
  it('gates a pull request: one sticky comment, updated on the next push, and a failing step', async () => {
    const head = git('rev-parse', 'HEAD')
    const base = git('rev-parse', 'HEAD~1')
    github.addPullRequest({
      number: 7,
      files: [{ filename: 'prompts/support.md', status: 'modified' }]
    })

    const first = await runAction(evalInputs(), pullRequestEvent(head, base))
    expect(first.code).toBe(1)
    expect(first.stdout).toContain('::error::toad-eval gate failed: 1 regression (max 0)')
    expect(first.outputs).toMatchObject({
      passed: 'false',
      regressions: '1',
      fixed: '0',
      errors: '0',
      cases: '2'
    })
    expect(first.outputs['comment-url']).toMatch(/^https?:\/\//)
    const comments = github.commentsOn(7)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toMatch(
      /^<!-- toad-eval-report suites="support" -->\n## ❌ toad-eval gate failed: 1 regression \(max 0\)/
    )
    expect(comments[0]?.body).toContain(head.slice(0, 7))
    expect(first.summary).toContain('toad-eval gate failed')
    expect(JSON.parse(await readFile(join(repo, 'toad-eval-results.json'), 'utf8'))).toMatchObject({
      schema: 'toad-eval/results',
      commit: { head, base }
    })

    // The next push fixes the prompt: the same comment is updated, and the step passes.
    await writeFile(
      join(repo, 'prompts', 'support.md'),
      'You are Acme support, warm. Reply in JSON.\n'
    )
    git('commit', '-qam', 'keep JSON')
    const second = await runAction(evalInputs(), pullRequestEvent(git('rev-parse', 'HEAD'), base))
    expect(second.code).toBe(0)
    expect(second.outputs.passed).toBe('true')
    expect(github.commentsOn(7)).toHaveLength(1)
    expect(github.commentsOn(7)[0]?.body).toContain('✅')
    // The runner hides what follows ::add-mask:: from every later line; nothing else may carry a secret.
    const shown = (first.stdout + second.stdout)
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(
      (first.stdout + second.stdout).match(/^::add-mask::sk-test-key-never-printed$/gm)
    ).toHaveLength(2)
    expect(shown).not.toContain(TOKEN)
    expect(shown).not.toContain('sk-test-key-never-printed')
    expect(github.commentsOn(7)[0]?.body).not.toContain('sk-test')
  })

  it('skips the model calls on a fork pull request, with a notice', async () => {
    const inputs = { ...evalInputs(), 'api-key': '' }
    const run = await runAction(
      inputs,
      pullRequestEvent(git('rev-parse', 'HEAD'), git('rev-parse', 'HEAD~1'), 'someone/fork')
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::notice::toad-eval: this pull request comes from a fork')
    expect(llm.requests).toHaveLength(0)
  })

  it('exports datasets from trace files and opens, then updates, one dataset pull request', async () => {
    await cp(resolve('examples/traces'), join(repo, 'traces'), { recursive: true })
    const exportInputs = {
      command: 'export',
      source: 'files',
      files: 'traces',
      output: 'evals/production',
      'max-cases': '2',
      'open-pr': 'true',
      'github-token': TOKEN
    }
    const event = { repository: { full_name: 'toad-eye/demo', default_branch: 'main' } }
    const first = await runAction(exportInputs, event)
    expect(first.code).toBe(0)
    expect(first.outputs['new-cases']).toBe('2')
    expect(github.state.pulls).toHaveLength(1)
    expect(github.state.pulls[0]?.title).toMatch(
      /^Eval datasets from production traces \(\d{4}-\d{2}-\d{2}\)$/
    )
    expect(Object.keys(github.filesOn('toad-eval/datasets') ?? {}).sort()).toEqual([
      'README.md',
      'evals/production/newsroom-summarizer.eval.yaml'
    ])

    const second = await runAction({ ...exportInputs, 'max-cases': '10' }, event)
    expect(second.code).toBe(0)
    expect(second.outputs['new-cases']).toBe('3')
    expect(github.state.pulls).toHaveLength(1)
    expect(second.outputs['pull-request-url']).toBe(first.outputs['pull-request-url'])
    expect(Object.keys(github.filesOn('toad-eval/datasets') ?? {}).sort()).toEqual([
      'README.md',
      'evals/production/newsroom-summarizer.eval.yaml',
      'evals/production/support-bot.eval.yaml'
    ])
  })

  it("keeps the cases of yesterday's open dataset pull request when it rebuilds the branch", async () => {
    const exportInputs = {
      command: 'export',
      source: 'files',
      files: 'traces',
      output: 'evals/production',
      'open-pr': 'true',
      'github-token': TOKEN
    }
    const event = { repository: { full_name: 'toad-eye/demo', default_branch: 'main' } }
    await mkdir(join(repo, 'traces'))
    await cp(resolve('examples/traces/support-bot.jaeger.json'), join(repo, 'traces', 'day-1.json'))
    expect((await runAction(exportInputs, event)).code).toBe(0)

    // The next night: a fresh checkout of main (no datasets yet: the PR is not merged) and new traces.
    await rm(join(repo, 'evals', 'production'), { recursive: true })
    await rm(join(repo, 'traces', 'day-1.json'))
    await cp(resolve('examples/traces/newsroom.otlp.json'), join(repo, 'traces', 'day-2.json'))
    const second = await runAction(exportInputs, event)
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(
      'Kept 3 cases of the open dataset pull request that are not merged yet.'
    )
    expect(github.state.pulls).toHaveLength(1)
    expect(Object.keys(github.filesOn('toad-eval/datasets') ?? {}).sort()).toEqual([
      'README.md',
      'evals/production/newsroom-summarizer.eval.yaml',
      'evals/production/support-bot.eval.yaml'
    ])
  })

  it("warms the response cache for today's prompts after the nightly export, asking only one side", async () => {
    await writeFile(
      join(repo, 'toad-eval.yaml'),
      `suites:\n  - name: support\n    prompt: prompts/support.md\n    datasets: evals/support.eval.yaml\n    model: gpt-4o-mini\n`
    )
    await cp(resolve('examples/traces'), join(repo, 'traces'), { recursive: true })
    const run = await runAction(
      {
        command: 'export',
        source: 'files',
        files: 'traces',
        output: 'evals/production',
        'warm-cache': 'true',
        'base-url': llm.baseUrl,
        'api-key': 'sk-warm',
        'github-token': TOKEN
      },
      { repository: { full_name: 'toad-eye/demo', default_branch: 'main' } }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("Warmed the response cache: 2 answers for today's prompts")
    // Off GitHub there is no cache service: a warning, and the answers are still computed.
    expect(run.stdout).toContain('::warning::')
    expect(llm.requests).toHaveLength(2)
  })

  it('fails the export with a clear message when the trace source is down, writing nothing', async () => {
    const run = await runAction(
      {
        command: 'export',
        source: 'jaeger',
        'jaeger-url': 'http://127.0.0.1:9',
        service: 'x',
        'github-token': TOKEN
      },
      { repository: { full_name: 'toad-eye/demo' } }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::toad-eval: the trace source could not be read \(infrastructure error\): .*127\.0\.0\.1:9/
    )
  })
})
