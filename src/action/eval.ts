import { relative, resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { CONFIG_SCHEMA, runSettingsFrom } from '../config/schema.js'
import { buildResults } from '../eval/results.js'
import type { SuiteRun } from '../eval/run-model.js'
import { datasetFiles } from '../eval/suite.js'
import { writeReportOutputs } from '../report/outputs.js'
import { reportFromResults } from '../report/eval-report.js'
import type { RunSettings, SuiteSettings } from '../settings/eval.js'
import { layered, rawSettings } from '../settings/raw.js'
import type { ActionDependencies } from './main.js'
import type { ActionEnvironment } from './environment.js'
import type { GitHubApi } from './github.js'
import { readRunContext, type RunContext } from './context.js'
import { booleanInput, EVAL_INPUTS, inputSettings } from './inputs.js'
import { publishReport } from './publish.js'
import { evaluateWithActionsCache } from './cached-eval.js'

/** The PR gate: run the suites the pull request touches, then comment, summarize and gate. */
export async function evalCommand(dependencies: ActionDependencies): Promise<void> {
  const { environment } = dependencies
  const context = await readRunContext(environment)
  const settings = await readRunSettings(dependencies, context)

  if (context.pullRequest?.fromFork && settings.suites.some(suite => !suite.provider.apiKey)) {
    environment.notice(
      'toad-eval: this pull request comes from a fork, and GitHub gives such runs no secrets, so no model can be called. ' +
        'Use the two-workflow pattern (examples/workflows/fork-safe-report.yml) to gate fork PRs.'
    )
    environment.setOutput('passed', true)
    return
  }

  const token = environment.getInput('github-token')
  const github = token ? await dependencies.github(token) : undefined
  const { run, skipped } = await suitesToRun(
    settings,
    context,
    github && context.pullRequest ? github : undefined,
    environment
  )

  const runs = await evaluateWithActionsCache(run, dependencies)

  const results = buildResults([...runs, ...skipped], {
    createdAt: new Date(),
    ...(context.pullRequest ? { headCommit: context.pullRequest.headSha } : {}),
    ...(settings.shard ? { shard: settings.shard } : {})
  })
  const resultsPath = environment.getInput('results') || 'toad-eval-results.json'
  await writeReportOutputs(results, reportFromResults(results), {
    results: resolve(environment.cwd, resultsPath)
  })
  environment.setOutput('results', resultsPath)

  // A shard's slice is gated by the report job that merges all shards.
  if (settings.shard) {
    environment.info(
      `Shard ${settings.shard.index}/${settings.shard.total} done; merge the shards with command: report`
    )
    return
  }
  await publishReport(results, environment, github, {
    repo: context.repo,
    ...(context.pullRequest
      ? { pullNumber: context.pullRequest.number, headSha: context.pullRequest.headSha }
      : {}),
    comment: booleanInput(environment.getInput, 'comment', true),
    checkRun: booleanInput(environment.getInput, 'check-run', false),
    jobSummary: booleanInput(environment.getInput, 'job-summary', true),
    ...(context.runUrl ? { runUrl: context.runUrl } : {})
  })
}

/** Run settings from toad-eval.yaml and the inputs; `runAll` forces every suite to run. */
export async function readRunSettings(
  dependencies: ActionDependencies,
  context: RunContext,
  options: { runAll?: boolean } = {}
): Promise<RunSettings> {
  const { environment } = dependencies
  const config = await loadConfig(
    environment.getInput('config') || undefined,
    CONFIG_SCHEMA,
    environment.cwd
  )
  const inputs = inputSettings(environment.getInput, EVAL_INPUTS)
  // Set only when given: an action input left empty must not override toad-eval.yaml.
  const cache = environment.getInput('cache').trim()
    ? booleanInput(environment.getInput, 'cache', true)
    : undefined
  const runAll = options.runAll || booleanInput(environment.getInput, 'run-all', false)
  const derived = rawSettings(
    {
      ...(context.pullRequest ? { 'base-ref': context.pullRequest.baseSha } : {}),
      ...(cache !== undefined ? { cache } : {}),
      ...(runAll ? { 'run-unchanged': true } : {})
    },
    key =>
      key === 'base-ref'
        ? "the pull request's base commit"
        : `input "${key === 'run-unchanged' ? 'run-all' : key}"`
  )
  const apiKey = environment.getInput('api-key')
  if (apiKey) environment.setSecret(apiKey)
  const env = {
    ...environment.env,
    ...(apiKey ? { OPENAI_API_KEY: apiKey, ANTHROPIC_API_KEY: apiKey } : {})
  }
  return runSettingsFrom(config, layered(derived, inputs), env)
}

/**
 * On a pull request, only the suites whose prompt, datasets or config it changed run; a
 * suite whose datasets or config changed runs even with the same prompt. The rest are
 * reported as skipped. Without a pull request (or with run-all), every suite runs.
 */
async function suitesToRun(
  settings: RunSettings,
  context: RunContext,
  github: GitHubApi | undefined,
  environment: ActionEnvironment
): Promise<{ run: RunSettings; skipped: SuiteRun[] }> {
  const everything = { run: settings, skipped: [] }
  if (!github || !context.pullRequest || settings.suites.every(suite => suite.runUnchanged))
    return everything
  const changed = new Set(await github.changedFiles(context.repo, context.pullRequest.number))
  const configChanged = changed.has(environment.getInput('config') || 'toad-eval.yaml')
  const run: SuiteSettings[] = []
  const skipped: SuiteRun[] = []
  for (const suite of settings.suites) {
    const prompts = [suite.prompt, suite.basePrompt].filter(
      (path): path is string => path !== undefined
    )
    const datasets = await datasetFiles(suite, environment.cwd)
      .then(files => files.map(file => relative(environment.cwd, file)))
      .catch(() => [])
    const promptChanged = prompts.some(path => changed.has(path))
    const dataChanged = configChanged || datasets.some(path => changed.has(path))
    if (promptChanged || dataChanged)
      run.push(dataChanged ? { ...suite, runUnchanged: true } : suite)
    else
      skipped.push(
        skippedSuite(suite, 'prompt, datasets and config unchanged in this pull request')
      )
  }
  return { run: { ...settings, suites: run }, skipped }
}

function skippedSuite(suite: SuiteSettings, reason: string): SuiteRun {
  const side = { provider: suite.provider.kind, baseUrl: suite.provider.baseUrl ?? '' }
  return {
    name: suite.name,
    skipped: reason,
    base: { name: 'base', ...side },
    head: { name: 'head', ...side },
    repeat: suite.repeat,
    gate: suite.gate,
    cases: []
  }
}
