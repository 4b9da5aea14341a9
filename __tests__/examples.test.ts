/**
 * The example workflows and config are what users copy: they must name only inputs the
 * actions have, and the config must load and parse exactly as the CLI and the action read it.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseConfig } from '../src/config/load.js'
import { CONFIG_SCHEMA } from '../src/config/schema.js'
import { parseRunSettings } from '../src/settings/eval.js'
import { parseExportCommandSettings } from '../src/settings/export.js'
import { flagName, rawSettings } from '../src/settings/raw.js'

const ROOT = process.cwd()
const EXAMPLE_WORKFLOWS = join(ROOT, 'examples/workflows')

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

interface Job {
  if?: string
  needs?: string | string[]
  permissions?: Record<string, string>
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> }
  steps: Step[]
}

interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

function readYaml(path: string): unknown {
  return parse(readFileSync(join(ROOT, path), 'utf8'))
}

const workflow = (file: string) => readYaml(`examples/workflows/${file}`) as Workflow

const exampleFiles = readdirSync(EXAMPLE_WORKFLOWS)
  .filter(file => file.endsWith('.yml'))
  .sort()
const workflowFiles = [
  ...exampleFiles.map(file => `examples/workflows/${file}`),
  '.github/workflows/ci.yml'
]

/** The action file a `uses:` refers to: `toad-eye/eval-action/export@v1` → `export/action.yml`. */
function actionFile(uses: string): string | undefined {
  if (uses === './') return 'action.yml'
  const match = /^toad-eye\/eval-action(\/[^@]+)?@.+$/.exec(uses)
  if (!match) return undefined
  return match[1] ? `${match[1].slice(1)}/action.yml` : 'action.yml'
}

function actionSteps(): Array<{ file: string; job: string; step: Step; action: string }> {
  return workflowFiles.flatMap(file => {
    const { jobs } = readYaml(file) as Workflow
    return Object.entries(jobs).flatMap(([job, { steps }]) =>
      steps.flatMap(step => {
        const action = step.uses === undefined ? undefined : actionFile(step.uses)
        return action ? [{ file, job, step, action }] : []
      })
    )
  })
}

function inputsOf(action: string): string[] {
  const { inputs } = readYaml(action) as { inputs?: Record<string, unknown> }
  return Object.keys(inputs ?? {})
}

const step = (job: Job, uses: string): Step => {
  const found = job.steps.find(candidate => candidate.uses?.startsWith(uses))
  if (!found) throw new Error(`no step uses ${uses}`)
  return found
}

describe('example workflows', () => {
  it('are the documented set', () => {
    expect(exampleFiles).toEqual([
      'fork-safe-eval.yml',
      'fork-safe-report.yml',
      'nightly-export.yml',
      'prompt-eval.yml',
      'sharded-eval.yml'
    ])
  })

  it('use the actions in every workflow, ci.yml included', () => {
    const uses = actionSteps().map(({ file, step }) => `${file}: ${step.uses}`)
    expect(uses).toEqual([
      'examples/workflows/fork-safe-eval.yml: toad-eye/eval-action@v1',
      'examples/workflows/fork-safe-report.yml: toad-eye/eval-action@v1',
      'examples/workflows/nightly-export.yml: toad-eye/eval-action/export@v1',
      'examples/workflows/prompt-eval.yml: toad-eye/eval-action@v1',
      'examples/workflows/sharded-eval.yml: toad-eye/eval-action@v1',
      'examples/workflows/sharded-eval.yml: toad-eye/eval-action@v1',
      '.github/workflows/ci.yml: ./',
      '.github/workflows/ci.yml: ./'
    ])
  })

  it.each(
    actionSteps().map(
      entry =>
        [`${entry.file} (${entry.job}: ${entry.step.name ?? entry.step.uses})`, entry] as const
    )
  )('%s passes only inputs its action declares', (_, { step, action }) => {
    const inputs = inputsOf(action)
    const unknown = Object.keys(step.with ?? {}).filter(key => !inputs.includes(key))
    expect(unknown).toEqual([])
  })

  it('only refer to config files that load', () => {
    const configs = actionSteps().flatMap(({ step }) => {
      const config = step.with?.config
      return typeof config === 'string' ? [config] : []
    })
    expect(configs).toEqual(['examples/demo/toad-eval.yaml', 'examples/demo/toad-eval.yaml'])
    for (const config of configs) {
      expect(() =>
        parseConfig(readFileSync(join(ROOT, config), 'utf8'), config, CONFIG_SCHEMA)
      ).not.toThrow()
    }
  })

  it('prompt-eval: reads the base prompt from full history and may comment, nothing more', () => {
    const { on, permissions, jobs } = workflow('prompt-eval.yml')
    expect(Object.keys(on)).toEqual(['pull_request'])
    expect(permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const eval_ = jobs.eval!
    expect(step(eval_, 'actions/checkout@').with).toEqual({ 'fetch-depth': 0 })
    expect(step(eval_, 'toad-eye/eval-action@').with).toEqual({
      'api-key': '${{ secrets.OPENAI_API_KEY }}',
      results: 'toad-eval-results.json'
    })
    expect(step(eval_, 'actions/upload-artifact@')).toMatchObject({
      if: '${{ !cancelled() }}',
      with: { path: 'toad-eval-results.json' }
    })
  })

  it('nightly-export: scheduled, may push a branch and open a pull request', () => {
    const { on, permissions, jobs } = workflow('nightly-export.yml')
    expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(permissions).toEqual({ contents: 'write', 'pull-requests': 'write' })
    expect(step(jobs.export!, 'toad-eye/eval-action/export@')).toMatchObject({
      env: { TOAD_EVAL_TRACE_TOKEN: '${{ secrets.JAEGER_TOKEN }}' },
      with: {
        'jaeger-url': '${{ vars.JAEGER_URL }}',
        service: 'support-bot',
        lookback: '24h',
        'open-pr': true
      }
    })
  })

  it('fork-safe: the pull_request half is read-only and hands over results, number and SHA', () => {
    const { name, on, permissions, jobs } = workflow('fork-safe-eval.yml')
    expect(name).toBe('Prompt eval')
    expect(Object.keys(on)).toEqual(['pull_request'])
    expect(permissions).toEqual({ contents: 'read' })
    const eval_ = jobs.eval!
    expect(step(eval_, 'toad-eye/eval-action@').with).toMatchObject({ comment: false })
    const note = eval_.steps.find(candidate => candidate.run?.includes('head-sha'))
    expect(note?.env).toEqual({
      PULL_REQUEST: '${{ github.event.pull_request.number }}',
      HEAD_SHA: '${{ github.event.pull_request.head.sha }}'
    })
    expect(step(eval_, 'actions/upload-artifact@').with).toMatchObject({
      name: 'toad-eval-handover',
      path: 'toad-eval-handover/'
    })
  })

  it('fork-safe: the workflow_run half never checks out the code and reports from the artifact', () => {
    const { on, permissions, jobs } = workflow('fork-safe-report.yml')
    expect(on).toEqual({ workflow_run: { workflows: ['Prompt eval'], types: ['completed'] } })
    expect(permissions).toEqual({
      actions: 'read',
      'pull-requests': 'write',
      checks: 'write'
    })
    const report = jobs.report!
    expect(report.if).toContain("github.event.workflow_run.event == 'pull_request'")
    expect(report.steps.map(candidate => candidate.uses ?? 'run')).toEqual([
      'actions/download-artifact@v4',
      'run',
      'toad-eye/eval-action@v1'
    ])
    expect(step(report, 'actions/download-artifact@').with).toMatchObject({
      name: 'toad-eval-handover',
      'run-id': '${{ github.event.workflow_run.id }}'
    })
    expect(step(report, 'toad-eye/eval-action@').with).toEqual({
      command: 'report',
      results: 'toad-eval-handover/toad-eval-results.json',
      'pull-request': '${{ steps.handover.outputs.number }}',
      'head-sha': '${{ github.event.workflow_run.head_sha }}',
      'check-run': true
    })
  })

  it('sharded-eval: four shards, then one report over all of them', () => {
    const { jobs } = workflow('sharded-eval.yml')
    const shard = jobs.shard!
    expect(shard.strategy).toEqual({ 'fail-fast': false, matrix: { shard: [1, 2, 3, 4] } })
    expect(step(shard, 'toad-eye/eval-action@').with).toMatchObject({
      shard: '${{ matrix.shard }}/4',
      comment: false,
      results: 'shard-${{ matrix.shard }}.json'
    })
    const gate = jobs.gate!
    expect(gate).toMatchObject({ needs: 'shard', if: '${{ !cancelled() }}' })
    expect(step(gate, 'actions/download-artifact@').with).toEqual({
      pattern: 'toad-eval-shard-*',
      path: 'shards',
      'merge-multiple': true
    })
    expect(step(gate, 'toad-eye/eval-action@').with).toEqual({
      command: 'report',
      results: 'shards/*.json'
    })
  })
})

describe('examples/toad-eval.yaml', () => {
  const file = 'examples/toad-eval.yaml'
  const config = parseConfig(readFileSync(join(ROOT, file), 'utf8'), file, CONFIG_SCHEMA)
  const env = { OPENAI_API_KEY: 'sk-test-key' }
  const noFlags = rawSettings({}, flagName)

  it('has an export section, eval defaults and two suites', () => {
    expect([...config.sections.keys()]).toEqual(['export', 'eval'])
    expect(config.lists.get('suites')).toHaveLength(2)
  })

  it('parses as the nightly export: a staging Jaeger, one service, the last day', () => {
    const settings = parseExportCommandSettings(config.sections.get('export')!, env)
    expect(settings).toEqual({
      source: { kind: 'jaeger', url: 'http://jaeger-query.staging.internal:16686', headers: {} },
      export: {
        query: {
          service: 'support-bot',
          lookback: '24h',
          tags: { 'gen_ai.operation.name': 'chat' }
        },
        filters: { service: 'support-bot', minTotalTokens: 50 },
        outputDir: 'evals',
        redact: true,
        redactPatterns: [{ name: 'customer_id', pattern: 'CUST-\\d{6}' }],
        maxCases: 25
      }
    })
  })

  it('parses as the PR run: a prompt-change suite and a model-change suite', () => {
    const settings = parseRunSettings({
      defaults: config.sections.get('eval')!,
      suites: config.lists.get('suites')!,
      flags: noFlags,
      env
    })
    const shared = {
      datasets: ['evals/support-bot.eval.yaml'],
      provider: { kind: 'openai', apiKey: 'sk-test-key' },
      params: { temperature: 0 },
      repeat: 3,
      judgeModel: 'gpt-4o-mini'
    }
    expect(settings.suites).toEqual([
      {
        ...shared,
        name: 'support-bot',
        prompt: 'prompts/support.md',
        model: 'gpt-4o-mini',
        gate: { maxRegressions: 0, minPassRate: 0.9, maxErrors: 0, alpha: 0.05 }
      },
      {
        ...shared,
        name: 'support-bot-on-gpt-4.1-mini',
        model: 'gpt-4.1-mini',
        gate: { maxRegressions: 2, maxErrors: 0, alpha: 0.05 }
      }
    ])
    expect(settings).toMatchObject({
      concurrency: 8,
      timeoutMs: 60_000,
      cacheDir: '.toad-eval-cache'
    })
  })
})
