import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'

export interface ExpandOptions {
  cwd: string
  /** What a folder contributes, e.g. every `**\/*.eval.yaml` under it. */
  folderPattern: string
  /** What the files are, for the error: `trace files`, `datasets`. */
  what: string
}

/**
 * Files, folders and glob patterns to absolute file paths, in the order given and without
 * duplicates. A path that names nothing is an error rather than a silently smaller run.
 */
export async function expandPaths(paths: string[], options: ExpandOptions): Promise<string[]> {
  const files = new Set<string>()
  for (const path of paths) {
    const matches = await expandPath(path, options)
    if (matches.length === 0)
      throw new Error(`No ${options.what} match "${path}" (looked in ${options.cwd})`)
    for (const match of matches) files.add(match)
  }
  return [...files]
}

async function expandPath(path: string, { cwd, folderPattern }: ExpandOptions): Promise<string[]> {
  // A literal name wins over glob syntax, so a file called `trace[1].json` is still found.
  const literal = await stat(join(cwd, path)).catch(() => undefined)
  if (literal?.isFile()) return [join(cwd, path)]
  if (literal?.isDirectory()) {
    return (await glob(folderPattern, { cwd: join(cwd, path), absolute: true })).sort()
  }
  return (await glob(path, { cwd, absolute: true, onlyFiles: true })).sort()
}
