// Runs every bench in turn at sizes that finish in a few minutes on a 2-core machine, then
// prints one table of the targets. Flags give other sizes, e.g. the targets' own:
//   node bench/run-all.mjs --cases 2000 --concurrency 32 --latency 50 --traces 1000
import { execFileSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { numericFlags, printResult, ROOT } from './support/common.mjs'
import * as cache from './cache.mjs'
import * as evalThroughput from './eval-throughput.mjs'
import * as exporting from './export.mjs'
import * as startup from './startup.mjs'

let options
try {
  options = numericFlags({ cases: 500, concurrency: 32, latency: 50, traces: 250, runs: 9 })
} catch (error) {
  console.error(`✗ ${error.message}`)
  process.exit(1)
}
let commit = 'unknown'
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8'
  }).trim()
} catch {
  // Not a git checkout: the figures still stand, only unlabelled.
}
console.log(
  `${new Date().toISOString()}  node ${process.version}  ${cpus().length} CPUs  ` +
    `load average ${loadavg()
      .map(load => load.toFixed(2))
      .join(' ')}  commit ${commit}`
)

// Startup first: it times short processes, best spawned before the others fill this process's heap.
const benches = [
  ['startup', startup],
  ['eval throughput', evalThroughput],
  ['cache', cache],
  ['export', exporting]
]
const rows = []
let failed = false
for (const [name, module] of benches) {
  try {
    const result = await module.bench(options)
    printResult(result)
    for (const item of result.checks)
      rows.push([name, item.name, item.value, item.target, item.ok ? 'met' : 'MISSED'])
  } catch (error) {
    // One broken bench must not hide the others' figures.
    console.error(`\n✗ ${name} failed: ${error?.stack ?? error}`)
    rows.push([name, '(bench failed)', '', '', 'FAILED'])
    failed = true
  }
}

const widths = rows[0].map((_, column) => Math.max(...rows.map(row => row[column].length)))
console.log('\nsummary')
for (const row of rows)
  console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`)
process.exitCode = failed ? 1 : 0
