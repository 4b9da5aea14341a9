import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { EvalDataset } from '../../src/dataset/format.js'
import { datasetToYaml, parseDataset, writeFileAtomic } from '../../src/dataset/yaml.js'

/** A small deterministic generator, so a failure names a reproducible string. */
function* hostileStrings(count: number): Generator<string> {
  const pieces = [
    'a',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\t',
    ':',
    ': ',
    '- ',
    '#',
    ' #',
    '"',
    "'",
    '\\',
    '{',
    '}',
    '[',
    ']',
    ',',
    '&a',
    '*a',
    '!tag',
    '|',
    '>',
    '%',
    '@',
    '`',
    '---',
    '...',
    '?',
    'yes',
    'no',
    'null',
    '~',
    '0x1F',
    '1e3',
    '007',
    'é',
    '日本',
    '🙂',
    '\u0000',
    '\u0007',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '</details>',
    '${{ secrets.X }}'
  ]
  let seed = 42
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
  }
  for (let i = 0; i < count; i++) {
    let text = ''
    const length = next() % 12
    for (let j = 0; j < length; j++) text += pieces[next() % pieces.length]
    yield text
  }
}

describe('datasetToYaml', () => {
  it('round-trips any text exactly', () => {
    const inputs = [...hostileStrings(600)]
    const dataset: EvalDataset = {
      name: 'hostile',
      cases: inputs.map((input, index) => ({
        id: `case-${index}`,
        variables: { input },
        output: input,
        assertions: [{ type: 'contains', value: input }]
      }))
    }
    const parsed = parse(datasetToYaml(dataset)) as EvalDataset
    expect(parsed.cases.map(evalCase => evalCase.variables.input)).toEqual(inputs)
    expect(parsed.cases.map(evalCase => evalCase.output)).toEqual(inputs)
    expect(parsed.cases.map(evalCase => evalCase.assertions[0]?.value)).toEqual(inputs)
  })

  it('writes long lines unfolded and repeated values without anchors', () => {
    const long = 'word '.repeat(100).trim()
    const shared = { type: 'max_length', value: 10 }
    const text = datasetToYaml({
      name: 'plain',
      cases: [
        { id: 'a', variables: { input: long }, assertions: [shared] },
        { id: 'b', variables: { input: long }, assertions: [shared] }
      ]
    })
    expect(text).toContain(`input: ${long}\n`)
    expect(text).not.toMatch(/[&*]a\d/)
  })

  it('writes the toad-eye keys first, in its layout', () => {
    const text = datasetToYaml({
      name: 'exported-trace-abc123de',
      source: 'toad-eye-export',
      metadata: {
        trace_id: 'abc123de',
        exported_at: '2026-03-15T14:22:00.000Z',
        model: 'gpt-4o',
        provider: 'openai'
      },
      cases: [
        {
          id: 'production-case-1',
          variables: { input: 'What are the side effects of ibuprofen?' },
          assertions: [
            { type: 'max_length', value: 1500 },
            { type: 'not_contains', value: 'i cannot' }
          ]
        }
      ]
    })
    expect(text).toBe(`name: exported-trace-abc123de
source: toad-eye-export
metadata:
  trace_id: abc123de
  exported_at: 2026-03-15T14:22:00.000Z
  model: gpt-4o
  provider: openai
cases:
  - id: production-case-1
    variables:
      input: What are the side effects of ibuprofen?
    assertions:
      - type: max_length
        value: 1500
      - type: not_contains
        value: i cannot
`)
  })
})

describe('parseDataset', () => {
  it('reads a toad-eye eval suite', async () => {
    const text = await readFile('../shared/corpus/toad-eye/summarize-eval.yaml', 'utf8')
    const dataset = parseDataset(text, 'summarize-eval.yaml')
    expect(dataset.name).toBe('summarize-eval')
    expect(dataset.cases.map(evalCase => evalCase.id)).toEqual([
      'short-article',
      'long-article',
      'edge-case-empty-ish'
    ])
    expect(dataset.cases[0]?.assertions[3]).toEqual({
      type: 'llm_judge',
      criteria:
        'The summary captures the main topic (protein structure prediction) and mentions the potential impact (drug discovery)'
    })
  })

  it.each([
    ['name: x\ncases: [\n', /^bad\.yaml: not valid YAML/],
    ['- just\n- a list\n', 'bad.yaml: expected a mapping with "name" and "cases"'],
    ['name: x\ncases: 3\n', 'bad.yaml: "cases" must be a list'],
    ['name: x\ncases:\n  - variables: {}\n', 'bad.yaml: cases[0] needs a string "id"'],
    ['name: x\nname: y\ncases: []\n', /^bad\.yaml: not valid YAML: Map keys must be unique/]
  ])('rejects %j with a message naming the file', (text, message) => {
    expect(() => parseDataset(text, 'bad.yaml')).toThrow(message)
  })
})

describe('writeFileAtomic', () => {
  it('creates folders and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toad-eval-'))
    const path = join(dir, 'nested', 'support-bot.eval.yaml')
    await writeFileAtomic(path, 'name: x\ncases: []\n')
    await writeFileAtomic(path, 'name: y\ncases: []\n')
    expect(await readFile(path, 'utf8')).toBe('name: y\ncases: []\n')
    expect(await readdir(join(dir, 'nested'))).toEqual(['support-bot.eval.yaml'])
  })
})
