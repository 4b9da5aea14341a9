import { loadConfig } from '../config/load.js'
import { providerUnreachable, exitCode } from '../compare/gate.js'
import { evaluate } from '../eval/evaluate.js'
import { createGitReader } from '../eval/prompts/git.js'
import { buildResults } from '../eval/results.js'
import { reportFromResults } from '../report/eval-report.js'
import { writeReportOutputs } from '../report/outputs.js'
import { loadResultsFiles } from '../report/load-results.js'
import { renderSummary } from '../report/summary.js'
import { CONFIG_SCHEMA, runSettingsFrom } from '../config/schema.js'
import { readString, SettingsError } from '../settings/raw.js'
import { resolve } from 'node:path'
import type { CliIo, Command } from './main.js'
import { progressDisplay } from './progress.js'
import { flagSettings, parseFlags } from './flags.js'

const text = { type: 'string' } as const
const texts = { type: 'string', multiple: true } as const
const flag = { type: 'boolean' } as const

export const runCommand: Command = {
  usage: `Usage: toad-eval run [options]

Runs the base prompt (at --base-ref) and the head prompt (the working tree) on every case of
each suite, scores both, compares them per case and applies the gate. Suites come from
toad-eval.yaml ("suites", with defaults in "eval"); --dataset runs one suite from flags.
Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error, 3 provider unreachable.

Suites:
  --config FILE        settings file (default: toad-eval.yaml when present)
  --suite NAME         run only this suite (repeatable)
  --dataset FILE       dataset file, folder or glob (repeatable): a one-off suite
  --prompt FILE        prompt file (text = system prompt, or a YAML/JSON chat template);
                       without it, each case's recorded conversation is replayed
  --base-ref REF       where the base prompt is read (default: merge base with the default branch)
  --base-prompt FILE   compare with this file instead of --prompt at the base ref (no git needed)
  --run-unchanged      also run suites whose prompt did not change

Model:
  --provider openai|anthropic   (default: anthropic for claude-* models, else openai)
  --base-url URL       OpenAI-compatible or Anthropic API root ($OPENAI_BASE_URL, $ANTHROPIC_BASE_URL);
                       keys come from $OPENAI_API_KEY / $ANTHROPIC_API_KEY
  --model NAME         head's model (default: the prompt file's, else the production model per case)
  --base-model NAME    base's model (default: head's with a prompt, else the production model)
  --temperature T, --max-tokens N, --top-p P, --seed N
  --repeat N           samples per case and side (default 1); regressions then need significance
  --judge-model NAME   model that grades llm_judge assertions
  --embedding-model NAME   embeddings for similar (default text-embedding-3-small)

Gate:
  --max-regressions N  (default 0)   --min-pass-rate R (0-1)   --max-errors N   --alpha A (default 0.05)

Execution:
  --concurrency N      requests in flight (default 8)   --timeout D (e.g. 120s)   --retries N
  --shard i/n          run one slice of the cases; merge with toad-eval report
  --cache-dir DIR      response cache (default .toad-eval-cache)   --no-cache
  --price MODEL=IN/OUT USD per 1M input/output tokens for a model the price table lacks (repeatable)

Outputs:
  --results FILE       results.json (schema: docs/results-schema.md)
  --markdown FILE      the report as markdown
  --junit FILE         JUnit XML`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, {
      config: text,
      suite: texts,
      dataset: texts,
      prompt: text,
      'base-prompt': text,
      'base-ref': text,
      'run-unchanged': flag,
      provider: text,
      'base-url': text,
      model: text,
      'base-model': text,
      temperature: text,
      'max-tokens': text,
      'top-p': text,
      seed: text,
      repeat: text,
      'judge-model': text,
      'embedding-model': text,
      'max-regressions': text,
      'min-pass-rate': text,
      'max-errors': text,
      alpha: text,
      concurrency: text,
      timeout: text,
      retries: text,
      shard: text,
      'cache-dir': text,
      'no-cache': flag,
      price: texts,
      results: text,
      markdown: text,
      junit: text
    })
    const { config, 'no-cache': noCache, ...flags } = values
    const loaded = await loadConfig(config, CONFIG_SCHEMA, io.cwd)
    const settings = runSettingsFrom(
      loaded,
      flagSettings({ ...flags, ...(noCache ? { cache: false } : {}) }),
      io.env
    )
    const git = createGitReader(io.cwd)
    const progress = io.progressStream ? progressDisplay(io.progressStream) : undefined
    let runs
    try {
      runs = await evaluate(settings, { cwd: io.cwd, git, onProgress: p => progress?.update(p) })
    } finally {
      progress?.stop()
    }
    const headCommit = await git.resolveRef('HEAD').catch(() => undefined)
    const results = buildResults(runs, {
      createdAt: new Date(),
      ...(headCommit ? { headCommit } : {}),
      ...(settings.shard ? { shard: settings.shard } : {})
    })
    return finish(results, settings.outputs, io, providerUnreachable(runs))
  }
}

export const reportCommand: Command = {
  usage: `Usage: toad-eval report RESULTS... [--markdown FILE] [--junit FILE] [--results FILE]

Merges results.json files (the shards of one run, or a single run) and renders the report
and the gate again, without calling a model. Same exit codes as run.

  --results FILE       write the merged results.json
  --markdown FILE      the report as markdown
  --junit FILE         JUnit XML`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, { results: text, markdown: text, junit: text })
    if (positionals.length === 0) throw new SettingsError('report needs at least one results file')
    const results = await loadResultsFiles(positionals, io.cwd)
    const outputs = flagSettings(values)
    const requested = {
      ...(readString(outputs, 'results') ? { results: readString(outputs, 'results') } : {}),
      ...(readString(outputs, 'markdown') ? { markdown: readString(outputs, 'markdown') } : {}),
      ...(readString(outputs, 'junit') ? { junit: readString(outputs, 'junit') } : {})
    }
    return finish(results, requested, io, providerUnreachable(results.suites))
  }
}

async function finish(
  results: Parameters<typeof reportFromResults>[0],
  outputs: { results?: string; markdown?: string; junit?: string },
  io: CliIo,
  unreachable: boolean
): Promise<number> {
  const report = reportFromResults(results)
  io.stdout(renderSummary(report).trimEnd())
  const inCwd = (path: string | undefined) =>
    path ? { path: resolve(io.cwd, path), shown: path } : undefined
  const files = {
    results: inCwd(outputs.results),
    markdown: inCwd(outputs.markdown),
    junit: inCwd(outputs.junit)
  }
  await writeReportOutputs(results, report, {
    ...(files.results ? { results: files.results.path } : {}),
    ...(files.markdown ? { markdown: files.markdown.path } : {}),
    ...(files.junit ? { junit: files.junit.path } : {})
  })
  for (const file of [files.results, files.markdown, files.junit])
    if (file) io.stdout(`Wrote ${file.shown}`)
  if (unreachable)
    io.stderr(
      '✗ The provider could not be reached for a whole suite: this is an outage, not a regression.'
    )
  return exitCode(report.decision, unreachable)
}
