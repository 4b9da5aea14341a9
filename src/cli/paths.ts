import { isAbsolute, relative } from 'node:path'

/** A path as a user reads it: relative to where they ran the CLI when it is inside it. */
export function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path)
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path
}
