import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { EXPORT_SETTING_ALIASES, EXPORT_SETTING_KEYS } from '../../src/settings/export.js'

const schema = { export: { keys: EXPORT_SETTING_KEYS, aliases: EXPORT_SETTING_ALIASES } }

describe('parseConfig', () => {
  it('reads the export section with flag names, snake_case names and plural aliases', () => {
    const { sections } = parseConfig(
      `export:
  url: http://jaeger:16686
  max_cases: 20
  with-tool-calls: true
  tags:
    gen_ai.operation.name: chat
  files: [a.json, b.json]
`,
      'toad-eval.yaml',
      schema
    )
    const exportSection = sections.get('export')!
    expect(exportSection.get('url')).toBe('http://jaeger:16686')
    expect(exportSection.get('max-cases')).toBe(20)
    expect(exportSection.get('with-tool-calls')).toBe(true)
    expect(exportSection.get('tag')).toEqual({ 'gen_ai.operation.name': 'chat' })
    expect(exportSection.get('file')).toEqual(['a.json', 'b.json'])
    expect(exportSection.describe('max-cases')).toBe('toad-eval.yaml: export.max_cases')
  })

  it('accepts an empty file', () => {
    expect(parseConfig('', 'toad-eval.yaml', schema).sections.size).toBe(0)
  })

  it.each([
    [
      'export:\n  limt: 5\n',
      /^toad-eval\.yaml: export\.limt is not a setting; allowed: source, url, /
    ],
    ['exprt:\n  limit: 5\n', 'toad-eval.yaml: unknown section "exprt"; allowed: export'],
    ['export: 5\n', 'toad-eval.yaml: export must be a mapping of settings'],
    ['- export\n', 'toad-eval.yaml: expected a mapping of sections (export)'],
    [
      'export:\n  tag:\n    a: { nested: 1 }\n',
      'toad-eval.yaml: export.tag must be a text, number, true/false, a list of them, or a mapping of them'
    ],
    ['export:\n  url: [\n', /^toad-eval\.yaml: not valid YAML/]
  ])('rejects %j naming the file and key', (text, message) => {
    expect(() => parseConfig(text, 'toad-eval.yaml', schema)).toThrow(message)
  })
})

describe('loadConfig', () => {
  it('returns undefined when the default file is absent, and fails for a missing explicit one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toad-eval-config-'))
    expect(await loadConfig(undefined, schema, dir)).toBeUndefined()
    await expect(loadConfig('missing.yaml', schema, dir)).rejects.toThrow(
      /^Cannot read config missing\.yaml: ENOENT/
    )
    await writeFile(join(dir, 'toad-eval.yaml'), 'export:\n  service: a\n')
    const loaded = await loadConfig(undefined, schema, dir)
    expect(loaded?.path).toBe('toad-eval.yaml')
    expect(loaded?.sections.get('export')?.get('service')).toBe('a')
  })
})
