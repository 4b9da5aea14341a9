import { loadConfig } from '../config/load.js'
import { contentCaptureHints } from '../export/content-hints.js'
import { runExport, type ExportReport } from '../export/export.js'
import { exportTraceToFile } from '../export/export-trace.js'
import { resolve } from 'node:path'
import { SettingsError } from '../settings/raw.js'
import { CONFIG_SCHEMA, exportSettingsFrom } from '../config/schema.js'
import { parseRedaction } from '../settings/export.js'
import { parseTraceSourceSettings } from '../settings/trace-source.js'
import type { CliIo, Command } from './main.js'
import { shownPath } from './paths.js'
import { printable } from './printable.js'
import { flagSettings, parseFlags } from './flags.js'
import {
  traceSourceIn,
  TRACE_QUERY_OPTIONS,
  TRACE_QUERY_USAGE,
  TRACE_SOURCE_OPTIONS,
  TRACE_SOURCE_USAGE
} from './trace-flags.js'

const REDACTION_OPTIONS = {
  'no-redact': { type: 'boolean' },
  'redact-pattern': { type: 'string', multiple: true }
} as const

const REDACTION_USAGE = `Redaction (on by default; runs before anything is written):
  --no-redact          keep e-mails, phone numbers, cards, IPs and secrets as recorded
  --redact-pattern NAME=REGEX   also replace matches of REGEX with [REDACTED:NAME] (repeatable)`

export const exportTraceCommand: Command = {
  usage: `Usage: toad-eval export-trace <traceId> [--output DIR] [--jaeger-url URL]

Writes the trace's LLM calls as eval cases to DIR/trace-<first 8 chars>.eval.yaml
(default DIR: the current folder). Exporting again keeps edits and adds only new calls.

${TRACE_SOURCE_USAGE}

${REDACTION_USAGE}`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, {
      ...TRACE_SOURCE_OPTIONS,
      ...REDACTION_OPTIONS,
      output: { type: 'string' }
    })
    if (positionals.length !== 1) {
      throw new SettingsError('export-trace expects exactly one trace id')
    }
    const traceId = positionals[0]!
    const settings = flagSettings(values)
    const source = traceSourceIn(parseTraceSourceSettings(settings, io.env), io.cwd)
    const result = await exportTraceToFile(traceId, resolve(io.cwd, values.output ?? '.'), {
      source,
      ...parseRedaction(settings)
    })
    io.stdout(`✅ Exported trace ${traceId} → ${shownPath(result.path, io.cwd)}`)
    return 0
  }
}

export const exportCommand: Command = {
  usage: `Usage: toad-eval export [options]

Searches the source, extracts every LLM call, and appends the calls not yet exported to
one dataset per service in --output (existing cases are never rewritten). Every option can
also be set in toad-eval.yaml, section "export", under the same name.

  --config FILE        settings file (default: toad-eval.yaml when present)

${TRACE_SOURCE_USAGE}

${TRACE_QUERY_USAGE}

Which calls become cases:
  --model NAME, --provider NAME
  --min-tokens N       input + output tokens at least N (also --min-input-tokens, --min-output-tokens)
  --with-tool-calls    only calls that answered with tool calls
  --errored            only failed calls (--errored=false in config: only successful ones)
  --min-latency D      e.g. 2s
  --min-cost USD       e.g. 0.001
  --sample RATE        keep this fraction (0-1) of calls; the same calls on every run
  --max-cases N        add at most N new cases in all

Output:
  --output DIR         dataset folder (default: evals)
  --file-name NAME     one file for everything instead of one per service

${REDACTION_USAGE}`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, {
      ...TRACE_SOURCE_OPTIONS,
      ...TRACE_QUERY_OPTIONS,
      ...REDACTION_OPTIONS,
      config: { type: 'string' },
      model: { type: 'string' },
      provider: { type: 'string' },
      'min-tokens': { type: 'string' },
      'min-input-tokens': { type: 'string' },
      'min-output-tokens': { type: 'string' },
      'with-tool-calls': { type: 'boolean' },
      errored: { type: 'boolean' },
      'min-latency': { type: 'string' },
      'min-cost': { type: 'string' },
      sample: { type: 'string' },
      'max-cases': { type: 'string' },
      output: { type: 'string' },
      'file-name': { type: 'string' }
    })
    const { config, ...flags } = values
    const loaded = await loadConfig(config, CONFIG_SCHEMA, io.cwd)
    const settings = exportSettingsFrom(loaded, flagSettings(flags), io.env)
    const source = traceSourceIn(settings.source, io.cwd)
    const report = await runExport(source, {
      ...settings.export,
      outputDir: resolve(io.cwd, settings.export.outputDir)
    })
    printExportReport(
      {
        ...report,
        files: report.files.map(file => ({ ...file, path: shownPath(file.path, io.cwd) }))
      },
      io
    )
    return 0
  }
}

function printExportReport(report: ExportReport, io: CliIo): void {
  const noContent = report.skipped.length
  io.stdout(
    `Scanned ${count(report.tracesScanned, 'trace')} from ${report.source}: ` +
      `${count(report.llmCalls, 'LLM call')}, ${noContent} without content, ` +
      `${report.filteredOut} filtered out, ${report.duplicates} duplicate inputs`
  )
  const width = Math.max(0, ...report.files.map(file => file.path.length))
  for (const file of report.files) {
    const state = file.created ? 'created' : `${file.alreadyPresent} already there`
    io.stdout(`  ${printable(file.path.padEnd(width))}  +${file.added} new (${state})`)
  }
  const files = report.files.filter(file => file.added > 0).length
  io.stdout(
    report.newCases === 0
      ? 'No new cases: the datasets already hold every matching call.'
      : `${count(report.newCases, 'new case')} in ${count(files, 'file')}.`
  )
  if (report.overLimit > 0)
    io.stdout(`${report.overLimit} more left for later runs by --max-cases.`)
  const redacted = Object.entries(report.redactions).map(([kind, n]) => `${n} ${kind}`)
  if (redacted.length > 0) io.stdout(`Redacted: ${redacted.join(', ')}.`)
  if (report.tracesScanned === 0)
    io.stderr('⚠ No traces matched the search: check --service, --lookback and --url.')
  if (noContent > 0) {
    io.stderr(`⚠ ${count(noContent, 'LLM span')} recorded no prompt or answer and became no case.`)
    for (const hint of contentCaptureHints(report.skipped.map(span => span.convention)))
      io.stderr(`  ${hint}`)
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
