// Bundles each entry point with ncc: the action at dist/index.js (action.yml runs it), the
// CLI at dist/cli/index.js, the library at dist/lib/index.js, plus the library's types.
// One bundle per entry, so the CLI never loads the Actions toolkit.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const ncc = join('node_modules', '.bin', 'ncc')
const tsc = join('node_modules', '.bin', 'tsc')

const entries = [
  { source: 'src/index.ts', out: 'dist' },
  { source: 'src/cli.ts', out: 'dist/cli', executable: true },
  { source: 'src/lib.ts', out: 'dist/lib' }
]

// Start clean: ncc does not remove chunks that a new build no longer writes.
rmSync('dist', { recursive: true, force: true })
for (const { source, out, executable } of entries) {
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
execFileSync(tsc, ['-p', 'tsconfig.build.json'], { stdio: 'inherit' })
