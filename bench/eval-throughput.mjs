// Eval throughput: N cases × (base, head) against a fake model answering after L ms, at
// concurrency C. With no overhead the run takes ceil(2N/C)·L; the ratio to that is the
// engine's cost. Target: ratio ≤ 1.10 and peak RSS ≤ 150 MB at N=2000, C=32, L=50.
import { check, mb, ms, ratio, runChild, runMain, tempDir } from './support/common.mjs'
import { writeEvalFixture } from './support/eval-setup.mjs'
import { startModelServer } from './support/model-server.mjs'

export const defaults = { cases: 2000, concurrency: 32, latency: 50 }

export async function bench({ cases, concurrency, latency }) {
  const dir = tempDir()
  const server = await startModelServer({ latencyMs: latency })
  try {
    const files = writeEvalFixture(dir.path, cases)
    const result = await runChild('eval-child.mjs', {
      ...files,
      cwd: dir.path,
      cases,
      concurrency,
      baseUrl: `${server.url}/v1`
    })
    const requests = server.requests()
    const peakInFlight = server.peakInFlight()
    const setupMs = server.firstAt() - result.startedAt
    if (requests !== 2 * cases)
      throw new Error(`expected ${2 * cases} model requests, got ${requests}`)
    const floor = await runChild('http-floor-child.mjs', {
      url: `${server.url}/v1/chat/completions`,
      requests,
      concurrency
    })
    const idealMs = Math.ceil((2 * cases) / concurrency) * latency
    const wallRatio = result.elapsedMs / idealMs
    return {
      title: `eval throughput: N=${cases} cases × base+head, C=${concurrency}, L=${latency} ms`,
      figures: [
        ['wall time', ms(result.elapsedMs)],
        ['ideal ceil(2N/C)·L', ms(idealMs)],
        ['ratio', ratio(wallRatio)],
        ['before the 1st model request', ms(setupMs)],
        ['model requests', String(requests)],
        [
          'floor: bare undici, same requests',
          `${ms(floor.elapsedMs)} (ratio ${ratio(floor.elapsedMs / idealMs)}, peak RSS ${mb(floor.peakRssMb)})`
        ],
        ['peak in flight at server', String(peakInFlight)],
        ['peak RSS (engine process)', mb(result.peakRssMb)]
      ],
      checks: [
        check('wall / ideal', ratio(wallRatio), '≤ 1.10', wallRatio <= 1.1),
        check('peak RSS', mb(result.peakRssMb), '≤ 150 MB', result.peakRssMb <= 150)
      ]
    }
  } finally {
    server.close()
    dir.remove()
  }
}

await runMain(import.meta, bench, defaults)
