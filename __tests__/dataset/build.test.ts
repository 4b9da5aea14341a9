import { describe, expect, it } from '@jest/globals'
import { buildCase, caseId, contentHash } from '../../src/dataset/build.js'
import { createRedactor } from '../../src/dataset/redact.js'
import { llmCall } from '../helpers/llm-call.js'

describe('buildCase', () => {
  it('keeps the input, answer and where it came from', () => {
    expect(buildCase(llmCall())).toEqual({
      id: 'how-do-i-reset-my-password-01e1a2b3',
      variables: { input: 'How do I reset my password?' },
      assertions: expect.arrayContaining([{ type: 'max_length', value: 80 }]),
      output: 'Open Settings → Security and choose "Reset password".',
      source: {
        trace_id: '4bf92f3577b34da6a1b2c3d4e5f60001',
        span_id: '01e1a2b3c4d5e6f7',
        service: 'support-bot',
        operation: 'chat gpt-4o-mini',
        time: '2025-11-26T09:00:00.020Z',
        model: 'gpt-4o-mini',
        provider: 'openai',
        tokens: { input: 182, output: 31 },
        cost: 0.0000459,
        latency_ms: 1380
      }
    })
  })

  it('uses the last user turn as input and keeps a longer conversation and the system prompt', () => {
    const evalCase = buildCase(
      llmCall({
        system: 'You are a support agent.',
        messages: [
          { role: 'user', content: 'Where is order A-1187?' },
          {
            role: 'assistant',
            content: '',
            toolCalls: [{ id: 'call_1', name: 'lookup_order', arguments: { order_id: 'A-1187' } }]
          },
          {
            role: 'tool',
            content: '{"status":"shipped"}',
            toolCallId: 'call_1',
            name: 'lookup_order'
          },
          { role: 'user', content: 'And when will it arrive?' }
        ]
      })
    )
    expect(evalCase.variables.input).toBe('And when will it arrive?')
    expect(evalCase.system).toBe('You are a support agent.')
    expect(evalCase.messages).toEqual([
      { role: 'user', content: 'Where is order A-1187?' },
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ id: 'call_1', name: 'lookup_order', arguments: { order_id: 'A-1187' } }]
      },
      {
        role: 'tool',
        content: '{"status":"shipped"}',
        tool_call_id: 'call_1',
        name: 'lookup_order'
      },
      { role: 'user', content: 'And when will it arrive?' }
    ])
  })

  it('falls back to the whole prompt text when no user turn was recorded', () => {
    const evalCase = buildCase(
      llmCall({ messages: [], promptText: 'System rules\nSummarize: hello' })
    )
    expect(evalCase.variables.input).toBe('System rules\nSummarize: hello')
    expect(evalCase.messages).toBeUndefined()
  })

  it('redacts every text it writes, but measures assertions on the real answer', () => {
    const evalCase = buildCase(
      llmCall({
        system: 'Escalate to ops@acme.example',
        messages: [
          { role: 'user', content: 'My card is 4111 1111 1111 1111, email jo@example.com' }
        ],
        output: 'Thanks jo@example.com, I noted it.',
        outputToolCalls: [
          { name: 'notify', arguments: { to: 'jo@example.com', ip: '203.0.113.9' } }
        ]
      }),
      { redactor: createRedactor() }
    )
    expect(evalCase.id).toBe('my-card-is-email-01e1a2b3')
    expect(evalCase.variables.input).toBe('My card is [REDACTED:CARD], email [REDACTED:EMAIL]')
    expect(evalCase.system).toBe('Escalate to [REDACTED:EMAIL]')
    expect(evalCase.output).toBe('Thanks [REDACTED:EMAIL], I noted it.')
    expect(evalCase.tool_calls).toEqual([
      { name: 'notify', arguments: { to: '[REDACTED:EMAIL]', ip: '[REDACTED:IP]' } }
    ])
    expect(evalCase.assertions[0]).toEqual({ type: 'max_length', value: 51 })
    expect(JSON.stringify(evalCase)).not.toMatch(/jo@example|4111|203\.0\.113/)
  })

  it('keeps the tools production offered, for replays', () => {
    const tools = [
      { name: 'lookup_order', description: 'Find an order', parameters: { type: 'object' } }
    ]
    expect(buildCase(llmCall({ tools })).tools).toEqual(tools)
    expect(buildCase(llmCall()).tools).toBeUndefined()
  })

  it('marks a case built from truncated content', () => {
    expect(buildCase(llmCall({ truncated: true })).source?.truncated).toBe(true)
  })
})

describe('caseId', () => {
  it('slugs the input and ends with the span id prefix', () => {
    expect(caseId('  Ünïcode & "quotes": résumé?!', 'abcdef0123456789')).toBe(
      'unicode-quotes-resume-abcdef01'
    )
    expect(caseId('日本語だけ', 'abcdef0123456789')).toBe('case-abcdef01')
    expect(caseId('x'.repeat(100), '0011223344556677')).toBe(`${'x'.repeat(40)}-00112233`)
  })
})

describe('contentHash', () => {
  it('treats inputs differing only in case and spacing as the same', () => {
    expect(contentHash({ variables: { input: 'Reset  my password' } })).toBe(
      contentHash({ variables: { input: 'reset my PASSWORD ' } })
    )
    expect(contentHash({ variables: { input: 'Reset my password' } })).not.toBe(
      contentHash({ variables: { input: 'Reset my password' }, system: 'Other feature' })
    )
  })
})
