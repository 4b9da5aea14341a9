import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { buildCase } from '../../src/dataset/build.js'
import type { DatasetHeader, EvalDataset } from '../../src/dataset/format.js'
import { mergeCases } from '../../src/dataset/merge.js'
import { llmCall } from '../helpers/llm-call.js'

const header: DatasetHeader = { name: 'support-bot', source: 'toad-eye-export' }
const first = buildCase(llmCall())
const second = buildCase(
  llmCall({
    spanId: '02e1a2b3c4d5e6f7',
    messages: [{ role: 'user', content: 'Where is order A-1187?' }]
  })
)
const third = buildCase(
  llmCall({ spanId: '03e1a2b3c4d5e6f7', messages: [{ role: 'user', content: 'Cancel my plan' }] })
)

describe('mergeCases', () => {
  it('writes a new file with every case', () => {
    const result = mergeCases(undefined, header, [first, second], 'support-bot.eval.yaml')
    expect(result.added.map(evalCase => evalCase.id)).toEqual([
      'how-do-i-reset-my-password-01e1a2b3',
      'where-is-order-a-1187-02e1a2b3'
    ])
    expect((parse(result.text) as EvalDataset).cases).toEqual([first, second])
  })

  it('changes no byte when every call is already there', () => {
    const { text } = mergeCases(undefined, header, [first, second], 'f')
    const again = mergeCases(text, header, [second, first], 'f')
    expect(again).toEqual({ text, added: [], alreadyPresent: 2, overLimit: 0 })
  })

  it('recognizes the same input from another trace as present', () => {
    const { text } = mergeCases(undefined, header, [first], 'f')
    const sameInputOtherSpan = buildCase(
      llmCall({
        spanId: 'ffe1a2b3c4d5e6f7',
        messages: [{ role: 'user', content: 'how do I  reset my password?' }]
      })
    )
    expect(mergeCases(text, header, [sameInputOtherSpan], 'f').added).toEqual([])
  })

  it('keeps a hand-edited file byte for byte and appends after it', () => {
    const edited = `# Reviewed by Ana on 2025-11-27: keep these.
name: support-bot
source: toad-eye-export
cases:
  - id: how-do-i-reset-my-password-01e1a2b3   # renamed? no, kept
    description: "The classic"
    variables:
      input: 'How do I reset my password?'
    assertions:
      - { type: contains, value: Settings }
      - type: llm_judge
        criteria: >
          Mentions the e-mailed link
    source: { trace_id: 4bf92f3577b34da6a1b2c3d4e5f60001, span_id: 01e1a2b3c4d5e6f7 }
  # a comment between cases stays
`
    const result = mergeCases(edited, header, [first, third], 'support-bot.eval.yaml')
    expect(result.added.map(evalCase => evalCase.id)).toEqual(['cancel-my-plan-03e1a2b3'])
    expect(result.text.startsWith(edited)).toBe(true)
    const parsed = parse(result.text) as EvalDataset
    expect(parsed.cases.map(evalCase => evalCase.id)).toEqual([
      'how-do-i-reset-my-password-01e1a2b3',
      'cancel-my-plan-03e1a2b3'
    ])
    expect(parsed.cases[1]).toEqual(third)
  })

  it('appends under a toad-eye suite whose list is not indented', () => {
    const suite = 'name: s\ncases:\n- id: one\n  variables: { input: a }\n  assertions: []'
    const result = mergeCases(suite, header, [third], 's.yaml')
    expect(result.text.startsWith(`${suite}\n- id: cancel-my-plan-03e1a2b3\n`)).toBe(true)
    expect((parse(result.text) as EvalDataset).cases.map(evalCase => evalCase.id)).toEqual([
      'one',
      'cancel-my-plan-03e1a2b3'
    ])
  })

  it('merges into the toad-eye corpus suite, keeping its cases first and untouched', async () => {
    const suite = await readFile('../shared/corpus/toad-eye/summarize-eval.yaml', 'utf8')
    const result = mergeCases(suite, header, [third], 'summarize-eval.yaml')
    expect(result.text.startsWith(suite)).toBe(true)
    expect((parse(result.text) as EvalDataset).cases.map(evalCase => evalCase.id)).toEqual([
      'short-article',
      'long-article',
      'edge-case-empty-ish',
      'cancel-my-plan-03e1a2b3'
    ])
  })

  it('edits the document when cases is not the last key or is an empty flow list', () => {
    const notLast = mergeCases(
      'name: s\ncases:\n  - id: one\n    variables: { input: a }\n    assertions: []\nmetadata: { model: m }\n',
      header,
      [third],
      's'
    )
    expect((parse(notLast.text) as EvalDataset).cases.map(evalCase => evalCase.id)).toEqual([
      'one',
      'cancel-my-plan-03e1a2b3'
    ])
    expect((parse(notLast.text) as EvalDataset).metadata).toEqual({ model: 'm' })
    const empty = mergeCases('name: s # keep me\ncases: []\n', header, [third], 's')
    expect(empty.text).toContain('# keep me')
    expect((parse(empty.text) as EvalDataset).cases).toEqual([third])
  })

  it('adds at most limit cases and counts the rest', () => {
    const { text } = mergeCases(undefined, header, [first], 'f')
    const result = mergeCases(text, header, [first, second, third], 'f', { limit: 1 })
    expect(result.added).toEqual([second])
    expect(result.alreadyPresent).toBe(1)
    expect(result.overLimit).toBe(1)
  })

  it('gives a new case a free id when a person already used it', () => {
    const taken =
      'name: s\ncases:\n  - id: cancel-my-plan-03e1a2b3\n    variables: { input: something else }\n    assertions: []\n'
    const result = mergeCases(taken, header, [third], 's')
    expect(result.added.map(evalCase => evalCase.id)).toEqual(['cancel-my-plan-03e1a2b3-2'])
  })
})
