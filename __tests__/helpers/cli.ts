import { runCli } from '../../src/cli/main.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `toad-eval` in-process, as a terminal would, capturing what it prints. */
export async function runToadEval(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {}
): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdout: text => out.push(text),
    stderr: text => err.push(text)
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}
