// Shared plumbing for the benchmarks: temp dirs, local servers, measured child processes,
// flag parsing and printing. Everything started here is registered for cleanup, so a failed
// or interrupted run leaves no server, child or temp dir behind.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { clearTimeout, setTimeout } from 'node:timers'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const DIST = join(ROOT, 'dist')
/** No child may outlive this, whatever happens to it. */
const CHILD_TIMEOUT_MS = 10 * 60_000

const cleanups = new Set()
function cleanupAll() {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup()
    } catch {
      // Best effort: the other cleanups must still run.
    }
  }
  cleanups.clear()
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanupAll()
    process.exit(130)
  })
}
process.once('exit', cleanupAll)

export function distFile(...parts) {
  const path = join(DIST, ...parts)
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`)
  return path
}

export const importDist = (...parts) => import(pathToFileURL(distFile(...parts)).href)

export function tempDir(prefix = 'toad-bench-') {
  const path = mkdtempSync(join(tmpdir(), prefix))
  const remove = () => {
    rmSync(path, { recursive: true, force: true })
    cleanups.delete(remove)
  }
  cleanups.add(remove)
  return { path, remove }
}

/** An HTTP server on 127.0.0.1 (an ephemeral port); `close()` also drops kept-alive sockets. */
export async function startServer(handler) {
  const sockets = new Set()
  const server = createServer(handler)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok))
  const close = () => {
    cleanups.delete(close)
    for (const socket of sockets) socket.destroy()
    server.close()
  }
  cleanups.add(close)
  return { url: `http://127.0.0.1:${server.address().port}`, close }
}

/** Runs `node ...args`, bounded in time; resolves with its exit code, output and wall time. */
export function runNode(
  args,
  { env = process.env, cwd = ROOT, timeoutMs = CHILD_TIMEOUT_MS } = {}
) {
  return new Promise((ok, fail) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const kill = () => child.kill('SIGKILL')
    cleanups.add(kill)
    const timer = setTimeout(kill, timeoutMs)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      cleanups.delete(kill)
      ok({ code, signal, stdout, stderr, ms: performance.now() - started })
    })
  })
}

/**
 * Runs a bench child script (bench/support/*-child.mjs) that prints one JSON line of figures.
 * The subject runs in its own process so that its peak RSS and CPU are its own, not the
 * fake server's.
 */
export async function runChild(script, input) {
  const result = await runNode([join(ROOT, 'bench', 'support', script), JSON.stringify(input)])
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.code !== 0) {
    throw new Error(
      `${script} failed (exit ${result.code ?? result.signal}):\n${result.stderr || result.stdout}`
    )
  }
  return JSON.parse(last)
}

/** For the children: the process's peak resident set so far, in MB (Linux reports KiB). */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024

export const ms = value => `${Math.round(value)} ms`
export const mb = value => `${value.toFixed(1)} MB`
export const ratio = value => value.toFixed(3)

/** A figure compared with its target: printed as met/MISSED, never a failure of the script. */
export function check(name, value, target, ok) {
  return { name, value, target, ok }
}

/**
 * Runs a bench as a script: parses `--name value` flags as numbers, prints its figures and
 * checks, and exits non-zero when the bench itself failed (not when a target is missed).
 */
export async function runMain(meta, bench, defaults) {
  if (process.argv[1] === undefined || meta.url !== pathToFileURL(resolve(process.argv[1])).href)
    return
  try {
    const options = numericFlags(defaults)
    printResult(await bench(options))
  } catch (error) {
    // A wrong flag needs its message; a broken bench needs its stack.
    console.error(`✗ ${isUsageError(error) ? error.message : (error?.stack ?? error)}`)
    process.exitCode = 1
  } finally {
    cleanupAll()
  }
}

const isUsageError = error =>
  error?.usage === true || String(error?.code).startsWith('ERR_PARSE_ARGS')

export function numericFlags(defaults, args = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(Object.keys(defaults).map(key => [key, { type: 'string' }]))
  })
  const options = { ...defaults }
  for (const [key, text] of Object.entries(values)) {
    const value = Number(text)
    if (!Number.isInteger(value) || value <= 0) {
      throw Object.assign(new Error(`--${key} must be a whole number above 0, got ${text}`), {
        usage: true
      })
    }
    options[key] = value
  }
  return options
}

export function printResult({ title, figures, checks = [] }) {
  console.log(`\n${title}`)
  const width = Math.max(...figures.map(([label]) => label.length))
  for (const [label, value] of figures) console.log(`  ${label.padEnd(width)}  ${value}`)
  for (const { name, value, target, ok } of checks) {
    console.log(`  ${ok ? '✓ met   ' : '✗ MISSED'}  ${name}: ${value} (target ${target})`)
  }
}
