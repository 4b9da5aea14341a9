// `npm run demo`: the whole loop on a fresh machine, offline. It exports datasets from the
// example traces, then runs the current and the changed prompts against them and gates.
// With OPENAI_API_KEY set (and optionally OPENAI_BASE_URL, --model NAME) it asks that model;
// without, it starts the deterministic demo model on 127.0.0.1.
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { startDemoModel } from './demo-model.mjs'

const CLI = 'dist/cli/index.js'
const CONFIG = 'examples/demo/toad-eval.yaml'
const OUT = 'examples/out'

const { values } = parseArgs({ options: { model: { type: 'string' } } })

/** Runs the built CLI as a user would; asynchronously, so the demo model in this process can answer. */
function toadEval(args) {
  console.log(`\n$ toad-eval ${args.join(' ')}`)
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'inherit' })
  return new Promise(resolve => child.on('close', code => resolve(code ?? 1)))
}

const exported = await toadEval(['export', '--config', CONFIG])
if (exported !== 0) process.exit(exported)

const realModel = Boolean(process.env.OPENAI_API_KEY)
const demo = realModel ? undefined : await startDemoModel()
const model = values.model ?? (realModel ? 'gpt-4o-mini' : 'toad-demo-model')
const where = realModel
  ? (process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1')
  : demo.baseUrl
console.log(
  realModel
    ? `\nModel: ${model} at ${where} (from OPENAI_API_KEY)`
    : `\nModel: the deterministic demo model at ${where} (examples/demo/demo-model.mjs); set OPENAI_API_KEY to use a real one`
)

try {
  const code = await toadEval([
    'run',
    '--config',
    CONFIG,
    '--model',
    model,
    ...(demo ? ['--base-url', demo.baseUrl] : [])
  ])
  if (code > 1) process.exit(code)
  console.log(
    `\nThe gate ${code === 0 ? 'passed' : 'failed'}${realModel ? '' : ' (the changed support prompt is meant to regress: it refuses refunds and drops JSON)'}.` +
      `\nReport: ${OUT}/report.md   results: ${OUT}/results.json   JUnit: ${OUT}/junit.xml   datasets: ${OUT}/datasets/`
  )
} finally {
  await demo?.close()
}
