// Export: T traces × 40 spans (10 LLM calls each) from a Jaeger v1 stand-in, fetched,
// extracted, redacted and written as datasets, against the floor of fetching the very same
// responses and JSON.parse'ing them. Target: ratio ≤ 1.5 at T=1000.
import { join } from 'node:path'
import { check, mb, ms, ratio, runChild, runMain, tempDir } from './support/common.mjs'
import { generateTraces, SERVICE, startJaegerServer } from './support/jaeger-server.mjs'

export const defaults = { traces: 1000 }

export async function bench({ traces }) {
  const dir = tempDir()
  const server = await startJaegerServer(generateTraces(traces))
  try {
    const exported = await runChild('export-child.mjs', {
      mode: 'export',
      url: server.url,
      service: SERVICE,
      traces,
      outputDir: join(dir.path, 'evals')
    })
    if (
      exported.tracesScanned !== traces ||
      exported.llmCalls !== traces * 10 ||
      exported.skipped !== 0
    ) {
      throw new Error(`unexpected export: ${JSON.stringify(exported)}`)
    }
    const paths = [...server.log]
    const replayed = await runChild('export-child.mjs', { mode: 'replay', url: server.url, paths })
    const wallRatio = exported.elapsedMs / replayed.elapsedMs
    return {
      title: `export: T=${traces} traces × 40 spans (${traces * 10} LLM calls) from Jaeger v1`,
      figures: [
        [
          'fetch + extract + write',
          `${ms(exported.elapsedMs)} (${exported.newCases} cases in ${exported.files} file(s), redactions ${JSON.stringify(exported.redactions)})`
        ],
        [
          'fetch + JSON.parse only',
          `${ms(replayed.elapsedMs)} (${paths.length} requests, ${mb(replayed.bytes / 2 ** 20)}, ${replayed.traces} traces incl. re-fetched)`
        ],
        ['ratio', ratio(wallRatio)],
        ['peak RSS export', mb(exported.peakRssMb)],
        ['peak RSS fetch+parse', mb(replayed.peakRssMb)]
      ],
      checks: [check('export / fetch+parse', ratio(wallRatio), '≤ 1.5', wallRatio <= 1.5)]
    }
  } finally {
    server.close()
    dir.remove()
  }
}

await runMain(import.meta, bench, defaults)
