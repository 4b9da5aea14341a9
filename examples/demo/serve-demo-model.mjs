// Starts the demo model (demo-model.mjs) in the background and returns once it listens, so
// later steps of a workflow, or commands in a shell, can call it. It prints the base URL and,
// on GitHub Actions, writes `base-url=<url>` to $GITHUB_OUTPUT for `steps.<id>.outputs.base-url`.
// The server lives until it is stopped (`kill <pid>`; the pid is printed) or the job ends.
//
//   node examples/demo/serve-demo-model.mjs              # background; prints url and pid
//   node examples/demo/serve-demo-model.mjs --foreground # until Ctrl-C
import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { clearTimeout, setTimeout } from 'node:timers'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startDemoModel } from './demo-model.mjs'

const { values } = parseArgs({ options: { foreground: { type: 'boolean' } } })

if (values.foreground) {
  const { baseUrl } = await startDemoModel()
  // The background parent reads this message to learn where the server listens.
  if (process.send) {
    process.send({ baseUrl })
    process.disconnect()
  } else {
    console.log(`The demo model listens at ${baseUrl} (Ctrl-C stops it)`)
  }
} else {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--foreground'], {
    // Detached and holding none of this process's output: a workflow step ends only when every
    // process that holds its output has closed it.
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc']
  })
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the demo model did not start in 10 s')),
      10_000
    )
    child.once('message', message => {
      clearTimeout(timer)
      resolve(message.baseUrl)
    })
    child.once('exit', code => reject(new Error(`the demo model exited with code ${code}`)))
  })
  child.disconnect()
  child.unref()
  console.log(`The demo model listens at ${baseUrl} (pid ${child.pid})`)
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `base-url=${baseUrl}\n`)
}
