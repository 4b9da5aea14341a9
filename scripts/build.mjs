// Bundles each entry point with ncc into dist/<name>/index.js. One bundle per entry, so the CLI
// never loads the Actions toolkit and the action never loads the CLI's argument parser.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const entries = [
  { source: 'src/cli.ts', out: 'dist/cli', executable: true },
  { source: 'src/lib.ts', out: 'dist/lib' }
]

const ncc = join('node_modules', '.bin', 'ncc')
const tsc = join('node_modules', '.bin', 'tsc')
for (const { source, out, executable } of entries) {
  if (!existsSync(source)) continue
  rmSync(out, { recursive: true, force: true })
  execFileSync(
    ncc,
    ['build', source, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit'
    }
  )
  if (executable) chmodSync(join(out, 'index.js'), 0o755)
}

// Type declarations for the programmatic API (src/lib.ts), which the bundles do not carry.
rmSync('dist/types', { recursive: true, force: true })
execFileSync(tsc, ['-p', 'tsconfig.build.json'], { stdio: 'inherit' })
