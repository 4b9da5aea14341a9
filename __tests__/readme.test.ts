import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { validateAssertions } from '../src/eval/scorers/index.js'
import { RUN_SETTING_KEYS, SUITE_SETTING_KEYS } from '../src/settings/eval.js'
import { EXPORT_SETTING_KEYS } from '../src/settings/export.js'
import { runToadEval } from './helpers/cli.js'

const readme = readFileSync('README.md', 'utf8')

/** The `toad-eval …` lines of the README's sh blocks. */
function readmeCommands(): string[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map(match => match[1]!)
  return blocks
    .join('\n')
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map(line => line.replace(/\s+#.*$/, '').trim())
    .filter(line => line.startsWith('toad-eval '))
}

/** Splits a shell line into words, honouring single quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map(match => match[1] ?? match[2]!)
}

describe('README', () => {
  it('lists every key of every toad-eval.yaml section', () => {
    const section = readme.slice(
      readme.indexOf('## `toad-eval.yaml` reference'),
      readme.indexOf('## Assertion types')
    )
    for (const key of [...EXPORT_SETTING_KEYS, ...SUITE_SETTING_KEYS, ...RUN_SETTING_KEYS]) {
      expect({ key, listed: section.includes(`\`${key}\``) }).toEqual({ key, listed: true })
    }
  })

  it('shows assertion examples that validate', () => {
    const section = readme.slice(readme.indexOf('## Assertion types'))
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    const { assertions } = parse(block) as { assertions: unknown[] }
    expect(assertions.length).toBeGreaterThanOrEqual(16)
    expect(validateAssertions(assertions, 'README')).toEqual([])
  })

  it('documents every input and output of both actions', () => {
    for (const file of ['action.yml', 'export/action.yml']) {
      const action = parse(readFileSync(file, 'utf8')) as { inputs: object; outputs: object }
      for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
        expect(readme).toContain(`| \`${name}\` |`)
      }
    }
  })

  it('shows only commands that run: the offline ones run here', async () => {
    const offline = readmeCommands().filter(line => line.includes('--file examples'))
    expect(offline.length).toBeGreaterThanOrEqual(3)
    for (const line of offline) {
      const result = await runToadEval(words(line).slice(1))
      expect({ line, code: result.code, stderr: result.stderr }).toEqual({
        line,
        code: 0,
        stderr: ''
      })
    }
  })

  it('names only commands and flags the CLI knows', async () => {
    for (const line of readmeCommands()) {
      const [command] = words(line).slice(1)
      const help = await runToadEval([command!, '--help'])
      expect({ line, code: help.code }).toEqual({ line, code: 0 })
      for (const flag of words(line).filter(word => word.startsWith('--'))) {
        expect({ line, flag, known: help.stdout.includes(flag.split('=')[0]!) }).toEqual({
          line,
          flag,
          known: true
        })
      }
    }
  })
})
