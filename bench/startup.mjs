// Startup: median wall time of `toad-eval --version` and of loading the action bundle
// (an unknown command makes it fail right after loading), next to `node -e 0`; and the size
// of every bundle file in dist/. Target: ≤ 0.15 s for each command.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { check, DIST, distFile, ms, runMain, runNode } from './support/common.mjs'

export const defaults = { runs: 9 }
const TARGET_MS = 150

/**
 * Median wall time of each command, the commands taking turns so that a burst of load on
 * this shared machine hits all of them alike.
 */
async function medianMs(commands, runs) {
  const times = commands.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (const [index, { args, env = {}, expect }] of commands.entries()) {
      const result = await runNode(args, { env: { ...process.env, ...env } })
      if (!expect(result))
        throw new Error(
          `node ${args.join(' ')} did not behave as expected:\n${result.stdout}${result.stderr}`
        )
      times[index].push(result.ms)
    }
  }
  return times.map(list => list.sort((a, b) => a - b)[Math.floor(list.length / 2)])
}

/** Every .js file of a bundle folder: its entry first, then its chunks, largest first. */
function bundleSizes(folder) {
  const dir = join(DIST, folder)
  const files = readdirSync(dir)
    .filter(name => name.endsWith('.js'))
    .map(name => ({ name, kb: statSync(join(dir, name)).size / 1024 }))
    .sort((a, b) => (a.name === 'index.js' ? -1 : b.name === 'index.js' ? 1 : b.kb - a.kb))
  const total = files.reduce((sum, file) => sum + file.kb, 0)
  const list = files.map(file => `${file.name} ${file.kb.toFixed(0)}`).join(', ')
  return [`dist/${folder || '.'} (KB)`, `total ${total.toFixed(0)}: ${list}`]
}

export async function bench({ runs }) {
  const cli = distFile('cli', 'index.js')
  const action = distFile('index.js')
  const [baseline, version, load] = await medianMs(
    [
      { args: ['-e', '0'], expect: result => result.code === 0 },
      {
        args: [cli, '--version'],
        expect: result => result.code === 0 && /\d+\.\d+\.\d+/.test(result.stdout)
      },
      // The action reads INPUT_COMMAND right after loading and fails on an unknown one.
      {
        args: [action],
        env: { INPUT_COMMAND: 'bogus' },
        expect: result => result.code === 1 && result.stdout.includes('bogus')
      }
    ],
    runs
  )
  const over = value => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))} over node`
  return {
    title: `startup: median of ${runs} runs each`,
    figures: [
      ['node -e 0', ms(baseline)],
      ['toad-eval --version', `${ms(version)} (${over(version - baseline)})`],
      ['action bundle load', `${ms(load)} (${over(load - baseline)})`],
      bundleSizes(''),
      bundleSizes('cli'),
      bundleSizes('lib')
    ],
    checks: [
      check('toad-eval --version', ms(version), `≤ ${TARGET_MS} ms`, version <= TARGET_MS),
      check('action bundle load', ms(load), `≤ ${TARGET_MS} ms`, load <= TARGET_MS)
    ]
  }
}

await runMain(import.meta, bench, defaults)
