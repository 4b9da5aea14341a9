// Runs the eval engine in-process on a prepared dataset and prints its figures as JSON:
// the time evaluate() took (bundle loading excluded) and the process's peak RSS.
import { importDist, peakRssMb } from './common.mjs'
import { performance } from 'node:perf_hooks'

const input = JSON.parse(process.argv[2])
const { evaluate, parseRunSettings } = await importDist('lib', 'index.js')

const flags = {
  dataset: [input.dataset],
  prompt: input.prompt,
  'base-prompt': input.basePrompt,
  'base-url': input.baseUrl,
  concurrency: String(input.concurrency),
  ...(input.cacheDir ? { 'cache-dir': input.cacheDir } : { cache: false })
}
const settings = parseRunSettings({
  flags: { get: key => flags[key], describe: key => `--${key}` },
  // No OPENAI_* from the caller's environment may redirect the run.
  env: {}
})
// --base-prompt means no git: a reader that fails proves it is never asked.
const noGit = () => Promise.reject(new Error('the bench runs without git'))
const git = { readAtRef: noGit, resolveRef: noGit, defaultBaseRef: noGit }

const started = performance.now()
const [run] = await evaluate(settings, { cwd: input.cwd, git })
const elapsedMs = performance.now() - started

const samples = run.cases.flatMap(item => [...item.base.samples, ...item.head.samples])
const errors = samples.filter(sample => sample.error)
if (run.skipped || run.cases.length !== input.cases || errors.length > 0) {
  throw new Error(
    `bad run: skipped=${run.skipped} cases=${run.cases.length} errors=${errors.length} ${errors[0]?.error ?? ''}`
  )
}
console.log(
  JSON.stringify({
    elapsedMs,
    startedAt: performance.timeOrigin + started,
    peakRssMb: peakRssMb(),
    samples: samples.length,
    cached: samples.filter(sample => sample.cached).length
  })
)
