/**
 * Rendered reports are kept in `__tests__/__outputs__/` so a reviewer reads the real comment
 * in the diff (as dorny/test-reporter does). `UPDATE_OUTPUTS=1 npm test` rewrites them.
 */
import { expect } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export function expectOutput(name: string, rendered: string): void {
  const path = join(process.cwd(), '__tests__/__outputs__', name)
  if (process.env.UPDATE_OUTPUTS === '1') {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, rendered)
    return
  }
  const hint = `__tests__/__outputs__/${name} differs from what the renderer writes now; if the change is intended, run UPDATE_OUTPUTS=1 npm test and review the diff`
  if (!existsSync(path)) throw new Error(`${hint} (the file does not exist yet)`)
  try {
    expect(rendered).toBe(readFileSync(path, 'utf8'))
  } catch (error) {
    if (error instanceof Error) error.message = `${hint}\n\n${error.message}`
    throw error
  }
}
