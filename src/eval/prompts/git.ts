import { execFile } from 'node:child_process'
import { relative, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Reads files as they are at a commit, with the git CLI that every runner has. */
export interface GitReader {
  /** The file's text at `ref`, or undefined when the file does not exist there. */
  readAtRef(path: string, ref: string): Promise<string | undefined>
  /** The commit a ref names, for the report. */
  resolveRef(ref: string): Promise<string>
  /** Where the branch left the default branch: the base a PR is compared with. */
  defaultBaseRef(): Promise<string>
}

export class GitError extends Error {
  override name = 'GitError'
}

export function createGitReader(cwd: string = process.cwd()): GitReader {
  const git = async (args: string[]): Promise<string> => {
    try {
      const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })
      return stdout
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim()
      throw new GitError(`git ${args.join(' ')} failed: ${stderr || (error as Error).message}`)
    }
  }
  // Refs come from flags and inputs: one starting with '-' would be read as an option.
  const checked = (ref: string): string => {
    if (ref.startsWith('-') || ref.trim() === '') throw new GitError(`"${ref}" is not a git ref`)
    return ref
  }
  let top: Promise<string> | undefined
  const topLevel = () => (top ??= git(['rev-parse', '--show-toplevel']).then(out => out.trim()))

  return {
    async readAtRef(path, ref) {
      // `ref:path` needs the path from the repository root, with forward slashes.
      const fromRoot = relative(await topLevel(), resolve(cwd, path))
        .split('\\')
        .join('/')
      if (fromRoot.startsWith('..')) throw new GitError(`${path} is outside the git repository`)
      const exists = await git(['ls-tree', '--name-only', checked(ref), '--', fromRoot])
      if (exists.trim() === '') return undefined
      return git(['show', `${ref}:${fromRoot}`])
    },
    async resolveRef(ref) {
      return (
        await git(['rev-parse', '--verify', '--end-of-options', `${checked(ref)}^{commit}`])
      ).trim()
    },
    async defaultBaseRef() {
      for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
        const found = await git([
          'rev-parse',
          '--verify',
          '--quiet',
          `${candidate}^{commit}`
        ]).catch(() => '')
        if (found.trim() === '') continue
        return (await git(['merge-base', 'HEAD', candidate])).trim()
      }
      throw new GitError(
        'no default branch found (origin/HEAD, origin/main, main); pass --base-ref'
      )
    }
  }
}
