// Response cache: the eval-throughput run twice with the cache on. The first run asks the
// model and fills the cache; the second must ask nothing (0 requests) and is timed.
import { check, mb, ms, runChild, runMain, tempDir } from './support/common.mjs'
import { writeEvalFixture } from './support/eval-setup.mjs'
import { startModelServer } from './support/model-server.mjs'

export const defaults = { cases: 2000, concurrency: 32, latency: 50 }

export async function bench({ cases, concurrency, latency }) {
  const dir = tempDir()
  const server = await startModelServer({ latencyMs: latency })
  try {
    const files = writeEvalFixture(dir.path, cases)
    const input = {
      ...files,
      cwd: dir.path,
      cases,
      concurrency,
      baseUrl: `${server.url}/v1`,
      cacheDir: 'cache'
    }
    const cold = await runChild('eval-child.mjs', input)
    const coldRequests = server.requests()
    const warm = await runChild('eval-child.mjs', input)
    const warmRequests = server.requests() - coldRequests
    if (warm.cached !== 2 * cases)
      throw new Error(`expected ${2 * cases} cache hits, got ${warm.cached}`)
    return {
      title: `cache: N=${cases} cases × base+head, C=${concurrency}, L=${latency} ms, run twice`,
      figures: [
        [
          '1st run (fills cache)',
          `${ms(cold.elapsedMs)}, ${coldRequests} requests, peak RSS ${mb(cold.peakRssMb)}`
        ],
        [
          '2nd run (from cache)',
          `${ms(warm.elapsedMs)}, ${warmRequests} requests, peak RSS ${mb(warm.peakRssMb)}`
        ],
        ['2nd / 1st', (warm.elapsedMs / cold.elapsedMs).toFixed(3)]
      ],
      checks: [
        check('model requests on the 2nd run', String(warmRequests), '0', warmRequests === 0)
      ]
    }
  } finally {
    server.close()
    dir.remove()
  }
}

await runMain(import.meta, bench, defaults)
