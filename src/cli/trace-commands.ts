import { fetchTraces } from '../traces/index.js'
import { spanStartDate, type Trace } from '../traces/model.js'
import type { CliIo, Command } from './main.js'
import { parseTraceQuery, parseTraceSourceSettings } from '../settings/trace-source.js'
import { printable } from './printable.js'
import { flagSettings, parseFlags } from './flags.js'
import {
  traceSourceIn,
  TRACE_QUERY_OPTIONS,
  TRACE_QUERY_USAGE,
  TRACE_SOURCE_OPTIONS,
  TRACE_SOURCE_USAGE
} from './trace-flags.js'

export const fetchCommand: Command = {
  usage: `Usage: toad-eval fetch [TRACE_ID...] [options]

Reads traces (by id, or by searching) and prints one line per trace, or the normalized
spans as JSON with --json. Useful to check what the exporter will see.

${TRACE_SOURCE_USAGE}

${TRACE_QUERY_USAGE}

Output:
  --json               print the normalized traces as JSON`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, {
      ...TRACE_SOURCE_OPTIONS,
      ...TRACE_QUERY_OPTIONS,
      json: { type: 'boolean' }
    })
    const settings = flagSettings(values)
    const source = traceSourceIn(parseTraceSourceSettings(settings, io.env), io.cwd)
    const result = await fetchTraces(source, {
      traceIds: positionals,
      query: parseTraceQuery(settings)
    })
    for (const traceId of result.missing)
      io.stderr(`✗ Trace ${traceId} not found in ${source.description}`)
    if (values.json) {
      io.stdout(JSON.stringify(result.traces, null, 2))
    } else {
      io.stdout(`${source.description}: ${plural(result.traces.length, 'trace')}`)
      for (const trace of result.traces) io.stdout(`  ${describeTrace(trace)}`)
    }
    for (const trace of result.traces) {
      for (const warning of trace.warnings ?? [])
        io.stderr(`⚠ ${trace.traceId}: ${printable(warning)}`)
    }
    return result.missing.length > 0 ? 1 : 0
  }
}

export const servicesCommand: Command = {
  usage: `Usage: toad-eval services [options]

${TRACE_SOURCE_USAGE}

Output:
  --operations         also list each service's operations`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, {
      ...TRACE_SOURCE_OPTIONS,
      operations: { type: 'boolean' }
    })
    const source = traceSourceIn(parseTraceSourceSettings(flagSettings(values), io.env), io.cwd)
    const services = await source.listServices()
    io.stdout(`${source.description}: ${plural(services.length, 'service')}`)
    for (const service of services) {
      io.stdout(`  ${printable(service)}`)
      if (!values.operations) continue
      for (const operation of await source.listOperations(service))
        io.stdout(`    ${printable(operation)}`)
    }
    return 0
  }
}

function describeTrace(trace: Trace): string {
  const first = trace.spans.reduce((earliest, span) =>
    span.startTimeUnixMicros < earliest.startTimeUnixMicros ? span : earliest
  )
  const root = trace.spans.find(span => span.parentSpanId === undefined) ?? first
  const services = [...new Set(trace.spans.map(span => span.service).filter(Boolean))]
  return printable(
    [
      trace.traceId,
      spanStartDate(first).toISOString(),
      plural(trace.spans.length, 'span'),
      services.join(',') || '(no service)',
      root.name
    ].join('  ')
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
