// The floor under the eval engine: the same number of chat requests, with the same client
// (undici) and concurrency, and nothing else. The gap from the ideal to this is the
// harness's (HTTP, timers, a shared 2-core machine), the gap from this to the engine is the engine's.
import { request } from 'undici'
import { peakRssMb } from './common.mjs'
import { performance } from 'node:perf_hooks'

const { url, requests, concurrency } = JSON.parse(process.argv[2])
let next = 0
const started = performance.now()
async function worker() {
  while (next < requests) {
    const index = next++
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'bench-model',
        messages: [{ role: 'user', content: `case ${index}` }]
      })
    })
    JSON.parse(await response.body.text())
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
console.log(JSON.stringify({ elapsedMs: performance.now() - started, peakRssMb: peakRssMb() }))
