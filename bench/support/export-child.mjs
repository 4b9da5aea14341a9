// Either runs the export in-process (mode "export") or, for the baseline, replays the same
// GET requests with undici and only JSON.parse's the bodies (mode "replay"). Prints its
// figures as JSON: the time of that work alone (module loading excluded) and peak RSS.
import { importDist, peakRssMb } from './common.mjs'
import { performance } from 'node:perf_hooks'
import { TextDecoder } from 'node:util'

const input = JSON.parse(process.argv[2])

if (input.mode === 'export') {
  const { createTraceSource, runExport } = await importDist('lib', 'index.js')
  const started = performance.now()
  const report = await runExport(createTraceSource({ kind: 'jaeger-v1', url: input.url }), {
    query: { service: input.service, limit: input.traces, lookback: '24h' },
    outputDir: input.outputDir
  })
  const elapsedMs = performance.now() - started
  const { tracesScanned, llmCalls, newCases, skipped, files, redactions } = report
  console.log(
    JSON.stringify({
      elapsedMs,
      peakRssMb: peakRssMb(),
      tracesScanned,
      llmCalls,
      newCases,
      skipped: skipped.length,
      files: files.length,
      redactions
    })
  )
} else {
  // The same client and headers as the trace source (src/traces/http.ts), one request at a time as it does.
  const { request } = await import('undici')
  const headers = {
    accept: 'application/json',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': 'toad-eye-eval-action'
  }
  const started = performance.now()
  let bytes = 0
  let traces = 0
  for (const path of input.paths) {
    const response = await request(new URL(path, input.url), { method: 'GET', headers })
    const body = Buffer.from(await response.body.arrayBuffer())
    bytes += body.length
    const parsed = JSON.parse(new TextDecoder('utf-8').decode(body))
    traces += Array.isArray(parsed.data) ? parsed.data.length : 0
  }
  const elapsedMs = performance.now() - started
  console.log(JSON.stringify({ elapsedMs, peakRssMb: peakRssMb(), bytes, traces }))
}
