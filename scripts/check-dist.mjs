// Rebuilds dist/ and fails when the committed bundles differ from what the sources produce.
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' })
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (changed.trim() !== '') {
  console.error(`dist/ is stale; run "npm run build" and commit the result:\n${changed}`)
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }))
  process.exit(1)
}
console.log('dist/ is up to date')
