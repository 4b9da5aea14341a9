import { readFile } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { CONFIG_SCHEMA, exportSettingsFrom } from '../config/schema.js'
import { runExport, type ExportReport } from '../export/export.js'
import { createTraceSource } from '../traces/index.js'
import type { ActionDependencies } from './main.js'
import { readRunContext, type RunContext } from './context.js'
import type { GitHubApi } from './github.js'
import { mergeIntoFile } from '../dataset/merge.js'
import { parseDataset } from '../dataset/yaml.js'
import { evaluateWithActionsCache } from './cached-eval.js'
import { readRunSettings } from './eval.js'
import { booleanInput, EXPORT_INPUTS, inputSettings } from './inputs.js'

/** The branch the nightly export commits to; one open pull request is updated run after run. */
export const DATASET_BRANCH = 'toad-eval/datasets'

/**
 * The nightly job: export new cases from the trace source, then (with `open-pr`) propose
 * them in a pull request a person reviews. A source that is down fails the job before any
 * file is written.
 */
export async function exportCommand(dependencies: ActionDependencies): Promise<void> {
  const { environment } = dependencies
  const config = await loadConfig(
    environment.getInput('config') || undefined,
    CONFIG_SCHEMA,
    environment.cwd
  )
  const inputs = inputSettings(environment.getInput, EXPORT_INPUTS)
  const settings = exportSettingsFrom(config, inputs, environment.env)
  const source = createTraceSource(
    settings.source.kind === 'files'
      ? { ...settings.source, cwd: environment.cwd }
      : settings.source
  )
  const report = await runExport(source, {
    ...settings.export,
    outputDir: resolve(environment.cwd, settings.export.outputDir)
  })
  const paths = report.files.map(file => relative(environment.cwd, file.path))
  environment.info(describe(report))
  environment.setOutput('new-cases', report.newCases)
  environment.setOutput(
    'files',
    paths.filter((_, index) => report.files[index]!.added > 0).join('\n')
  )

  if (booleanInput(environment.getInput, 'warm-cache', false)) await warmCache(dependencies)
  if (!booleanInput(environment.getInput, 'open-pr', false)) return
  if (report.newCases === 0) {
    environment.info('No new cases, so no pull request.')
    return
  }
  const context = await readRunContext(environment)
  const github = await dependencies.github(environment.getInput('github-token'))
  const baseBranch =
    context.payload.repository?.default_branch ?? environment.env.GITHUB_REF_NAME ?? 'main'
  const carried = await carryOverOpenProposal(github, context, {
    baseBranch,
    folder: relative(environment.cwd, resolve(environment.cwd, settings.export.outputDir)),
    cwd: environment.cwd
  })
  if (carried.cases > 0) {
    environment.info(
      `Kept ${carried.cases} cases of the open dataset pull request that are not merged yet.`
    )
  }
  const files = [...new Set([...paths, ...carried.paths])]
  const date = new Date().toISOString().slice(0, 10)
  const pull = await github.openOrUpdatePullRequest(context.repo, {
    baseBranch,
    branch: DATASET_BRANCH,
    title: `Eval datasets from production traces (${date})`,
    body: pullRequestBody(report, paths),
    commitMessage: `Add ${report.newCases} eval cases from production traces (${date})`,
    // Every dataset file the export touched: the branch is rebuilt on the base each run.
    files: await Promise.all(
      files.map(async path => ({
        path,
        content: await readFile(resolve(environment.cwd, path), 'utf8')
      }))
    )
  })
  environment.setOutput('pull-request-url', pull.url)
  environment.info(`${pull.created ? 'Opened' : 'Updated'} ${pull.url}`)
}

/**
 * The branch is rebuilt on the base branch each run, so cases proposed by an open pull
 * request that nobody merged yet would vanish from it: they are merged back into the
 * workspace's datasets (after today's cases; never replacing what the base has).
 */
async function carryOverOpenProposal(
  github: GitHubApi,
  context: RunContext,
  options: { baseBranch: string; folder: string; cwd: string }
): Promise<{ paths: string[]; cases: number }> {
  const proposed = await github.openPullRequestFiles(context.repo, {
    baseBranch: options.baseBranch,
    branch: DATASET_BRANCH,
    folder: options.folder
  })
  const paths: string[] = []
  let cases = 0
  for (const file of proposed) {
    const { cases: proposedCases, ...header } = parseDataset(
      file.content,
      `${DATASET_BRANCH}:${file.path}`
    )
    const merged = await mergeIntoFile(resolve(options.cwd, file.path), header, proposedCases, {
      origin: file.path
    })
    if (!merged.written) continue
    paths.push(file.path)
    cases += merged.added.length
  }
  return { paths, cases }
}

/**
 * Asks today's prompts (the default branch's) on every case, new ones included, and saves
 * the answers to the Actions cache: tomorrow's pull requests find their base side there
 * and pay only for the head. Only the head side is asked: base and head are the same here.
 */
async function warmCache(dependencies: ActionDependencies): Promise<void> {
  const { environment } = dependencies
  const context = await readRunContext(environment)
  const settings = await readRunSettings(dependencies, context, { runAll: true })
  const runs = await evaluateWithActionsCache(settings, dependencies, { only: 'head' })
  const samples = runs.flatMap(run => run.cases.flatMap(c => c.head.samples))
  const failed = samples.filter(sample => sample.error).length
  environment.info(
    `Warmed the response cache: ${samples.length - failed} answers for today's prompts` +
      (failed > 0 ? `, ${failed} calls failed` : '')
  )
}

function describe(report: ExportReport): string {
  return (
    `Scanned ${report.tracesScanned} traces from ${report.source}: ${report.llmCalls} LLM calls, ` +
    `${report.skipped.length} without content, ${report.newCases} new cases`
  )
}

/** What a reviewer needs: where the cases came from, what was added, and what was left out. */
export function pullRequestBody(report: ExportReport, paths: string[]): string {
  const rows = report.files.flatMap((file, index) =>
    file.added > 0
      ? [
          `| \`${paths[index]}\` | ${file.added} | ${file.created ? 'new file' : `${file.alreadyPresent} already there`} |`
        ]
      : []
  )
  const skipped = report.skipped.length
  const redacted = Object.entries(report.redactions).map(([kind, count]) => `${count} ${kind}`)
  return [
    `New eval cases from ${report.tracesScanned} traces (${report.llmCalls} LLM calls) read from ${report.source}.`,
    '',
    '| Dataset | New cases | |',
    '| --- | ---: | --- |',
    ...rows,
    '',
    `- Left out: ${skipped} LLM spans without recorded content, ${report.filteredOut} calls filtered out, ${report.duplicates} duplicate inputs${report.overLimit ? `, ${report.overLimit} over the case limit` : ''}.`,
    `- Redacted before writing: ${redacted.length > 0 ? redacted.join(', ') : 'nothing found'}.`,
    '',
    'Review the inputs and the baseline assertions, add domain assertions where they help, and merge: the next pull requests are gated on these cases.'
  ].join('\n')
}
