import { VERSION } from '../version.js'
import { SettingsError } from '../settings/raw.js'
import { printable } from './printable.js'

/** Where the CLI writes and what it reads from its surroundings; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  env: Record<string, string | undefined>
  /** The folder relative paths are read from. */
  cwd: string
  /** Where a progress bar may draw; absent in tests and when output is piped to a file. */
  progressStream?: NodeJS.WriteStream
}

export interface Command {
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}

interface CommandEntry {
  name: string
  summary: string
  /** Commands load on use, so `--version` and `--help` start without the HTTP and YAML code. */
  load(): Promise<Command>
}

const COMMANDS: CommandEntry[] = [
  {
    name: 'export-trace',
    summary: 'Export the LLM calls of one trace to trace-<id>.eval.yaml',
    load: async () => (await import('./export-commands.js')).exportTraceCommand
  },
  {
    name: 'export',
    summary: 'Search a trace source and add new LLM calls to the datasets (the nightly job)',
    load: async () => (await import('./export-commands.js')).exportCommand
  },
  {
    name: 'run',
    summary: 'Run base and head prompts on the datasets, compare per case, and gate (the PR job)',
    load: async () => (await import('./eval-commands.js')).runCommand
  },
  {
    name: 'report',
    summary: 'Merge results.json files (shards) and render the report and the gate again',
    load: async () => (await import('./eval-commands.js')).reportCommand
  },
  {
    name: 'fetch',
    summary: 'Fetch traces from Jaeger, Tempo or files and show what was read',
    load: async () => (await import('./trace-commands.js')).fetchCommand
  },
  {
    name: 'services',
    summary: 'List the services (and with --operations, their span names) a trace source knows',
    load: async () => (await import('./trace-commands.js')).servicesCommand
  }
]

const defaultIo: CliIo = {
  stdout: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: text => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  progressStream: process.stderr
}

/** Runs one CLI invocation and returns the exit code: 0 success, 1 failure, 2 bad usage. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--version' || name === '-v') {
    io.stdout(VERSION)
    return 0
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp())
    return name === undefined ? 2 : 0
  }
  const entry = COMMANDS.find(candidate => candidate.name === name)
  if (!entry) {
    io.stderr(`✗ Unknown command "${printable(name)}". Run toad-eval --help for the list.`)
    return 2
  }
  const command = await entry.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof SettingsError) {
      io.stderr(`✗ ${printable(error.message, { keepNewlines: true })}\n\n${command.usage}`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`✗ ${printable(message, { keepNewlines: true })}`)
    return exitCodeOf(error)
  }
}

/** Names of errors that mean the input (a dataset, prompt, results file or ref) is wrong. */
const CONFIG_ERRORS = new Set([
  'DatasetFormatError',
  'PromptError',
  'InvalidFileError',
  'ResultsMergeError',
  'GitError',
  'TraceFormatError'
])

/**
 * 2 for bad input, 3 when a trace source could not be reached (an outage, not a finding),
 * 1 for everything else. By name, so this module loads none of the classes.
 */
function exitCodeOf(error: unknown): number {
  const name = error instanceof Error ? error.name : ''
  if (CONFIG_ERRORS.has(name)) return 2
  if (name === 'HttpError') return 3
  return 1
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map(command => command.name.length))
  const lines = COMMANDS.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`)
  return [
    `toad-eval ${VERSION}: turn LLM traces into eval datasets and gate prompt changes on them.`,
    '',
    'Usage: toad-eval <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run toad-eval <command> --help for the options of one command.'
  ].join('\n')
}
