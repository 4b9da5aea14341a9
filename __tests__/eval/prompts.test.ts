import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitReader } from '../../src/eval/prompts/git.js'
import {
  fillPlaceholders,
  parsePromptFile,
  renderPrompt,
  stripRecordedSystem
} from '../../src/eval/prompts/template.js'

describe('parsePromptFile', () => {
  it('reads plain text and markdown as the system prompt', () => {
    expect(parsePromptFile('You are terse.\n', 'prompts/support.md')).toEqual({
      kind: 'system',
      system: 'You are terse.\n'
    })
  })

  it('reads a chat template with its model', () => {
    const template = parsePromptFile(
      'model: gpt-4o-mini\nmessages:\n  - role: system\n    content: Be brief.\n  - role: user\n    content: "Q: {{input}}"\n',
      'prompt.yaml'
    )
    expect(template).toEqual({
      kind: 'chat',
      model: { name: 'gpt-4o-mini' },
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Q: {{input}}' }
      ]
    })
  })

  it("reads toad-eye's prompt file: its template is one user message, its model the default", async () => {
    const text = await readFile('../shared/corpus/toad-eye/summarize.yaml', 'utf8')
    const template = parsePromptFile(text, 'summarize.yaml')
    expect(template.model).toEqual({ provider: 'gemini', name: 'gemini-2.5-flash' })
    expect(template.kind === 'chat' && template.messages[0]?.content).toMatch(
      /^You are a concise summarizer\./
    )
    expect(template.kind === 'chat' && template.messages[0]?.content).toContain('Text: {{text}}')
  })

  it.each([
    ['messages: []\n', 'p.yaml: messages must be a non-empty list of {role, content}'],
    [
      'messages:\n  - role: robot\n    content: x\n',
      'p.yaml: messages[0].role must be one of system, user, assistant'
    ],
    ['messages:\n  - role: user\n', 'p.yaml: messages[0].content must be text'],
    [
      'title: x\n',
      'p.yaml: expected "messages" (a list of {role, content}), "system" or "template" (text)'
    ],
    ['[1, 2]\n', 'p.yaml: expected a mapping with "messages", "system" or "template"'],
    ['messages: [\n', /^p\.yaml: not valid YAML/]
  ])('rejects %j naming the file', (text, message) => {
    expect(() => parsePromptFile(text, 'p.yaml')).toThrow(message)
  })
})

describe('fillPlaceholders', () => {
  it('fills {{name}} and {{ name }} from variables, JSON for non-text values', () => {
    expect(fillPlaceholders('{{ a }}-{{b}}-{{c}}', { a: 'x', b: 2, c: { k: [1] } })).toBe(
      'x-2-{"k":[1]}'
    )
  })

  it('names every placeholder without a value instead of leaving empty text', () => {
    expect(() => fillPlaceholders('{{text}} and {{lang}} and {{text}}', {})).toThrow(
      "no value for {{text}}, {{lang}} in the case's variables"
    )
  })

  it('does not read inherited properties as values', () => {
    expect(() => fillPlaceholders('{{constructor}}', {})).toThrow('no value for {{constructor}}')
  })
})

describe('renderPrompt', () => {
  const conversation = {
    input: 'Where is A-1187?',
    variables: { input: 'Where is A-1187?', lang: 'fr' }
  }

  it('puts a system prompt before the case input', () => {
    expect(renderPrompt({ kind: 'system', system: 'Answer in {{lang}}.' }, conversation)).toEqual([
      { role: 'system', content: 'Answer in fr.' },
      { role: 'user', content: 'Where is A-1187?' }
    ])
  })

  it("uses the case's recorded conversation when it has one", () => {
    const messages = [
      { role: 'user' as const, content: 'Hi' },
      { role: 'assistant' as const, content: 'Hello!' },
      { role: 'user' as const, content: 'Where is A-1187?' }
    ]
    expect(renderPrompt({ kind: 'system', system: 'S' }, { ...conversation, messages })).toEqual([
      { role: 'system', content: 'S' },
      ...messages
    ])
  })

  it('keeps a chat template that ends with the user turn as it is, and appends the case otherwise', () => {
    expect(
      renderPrompt(
        { kind: 'chat', messages: [{ role: 'user', content: 'Q: {{input}}' }] },
        conversation
      )
    ).toEqual([{ role: 'user', content: 'Q: Where is A-1187?' }])
    expect(
      renderPrompt({ kind: 'chat', messages: [{ role: 'system', content: 'S' }] }, conversation)
    ).toEqual([
      { role: 'system', content: 'S' },
      { role: 'user', content: 'Where is A-1187?' }
    ])
  })

  it('replays the recorded system prompt and conversation without a template', () => {
    expect(renderPrompt(undefined, { ...conversation, system: 'Production system' })).toEqual([
      { role: 'system', content: 'Production system' },
      { role: 'user', content: 'Where is A-1187?' }
    ])
  })
})

describe('stripRecordedSystem', () => {
  const system = 'You are the support assistant of Acme. Answer briefly.'

  it("takes the base system prompt out of toad-eye's joined prompt text", () => {
    expect(stripRecordedSystem(`${system}\nHow do I reset my password?`, `${system}\n`)).toBe(
      'How do I reset my password?'
    )
  })

  it('leaves the input alone when the system prompt is absent, too short, or all there is', () => {
    expect(stripRecordedSystem('How do I reset my password?', system)).toBe(
      'How do I reset my password?'
    )
    expect(stripRecordedSystem('Be brief. Hello', 'Be brief.')).toBe('Be brief. Hello')
    expect(stripRecordedSystem(system, system)).toBe(system)
  })
})

describe('createGitReader', () => {
  it('reads a prompt as it was at a ref, and knows when it did not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toad-eval-git-'))
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir
      })
    git('init', '-q', '-b', 'main')
    await writeFile(join(dir, 'prompt.md'), 'v1\n')
    git('add', '.')
    git('commit', '-qm', 'v1')
    const first = git('rev-parse', 'HEAD').toString().trim()
    await writeFile(join(dir, 'prompt.md'), 'v2\n')
    await writeFile(join(dir, 'new.md'), 'new\n')
    git('add', '.')
    git('commit', '-qm', 'v2')

    const reader = createGitReader(dir)
    expect(await reader.readAtRef('prompt.md', first)).toBe('v1\n')
    expect(await reader.readAtRef('prompt.md', 'HEAD')).toBe('v2\n')
    expect(await reader.readAtRef('new.md', first)).toBeUndefined()
    expect(await reader.resolveRef('HEAD~1')).toBe(first)
    expect(await reader.defaultBaseRef()).toBe(git('rev-parse', 'HEAD').toString().trim())
    await expect(reader.readAtRef('prompt.md', '--output=/tmp/x')).rejects.toThrow(
      '"--output=/tmp/x" is not a git ref'
    )
    await expect(reader.resolveRef('no-such-branch')).rejects.toThrow(/^git rev-parse .* failed: /)
  })
})
