import { describe, expect, it } from '@jest/globals'
import { readCompletion } from '../../src/extract/completion.js'
import { readMessages, splitSystem } from '../../src/extract/messages.js'

describe('readMessages: one normalized shape from every convention', () => {
  it('splits Anthropic tool_result blocks out of a user message into tool turns', () => {
    expect(
      readMessages([
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Checking.' },
            { type: 'tool_use', id: 'tu_1', name: 'stock', input: { sku: 'A1' } }
          ]
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'tu_1',
              content: [{ type: 'text', text: '3 left' }]
            },
            { type: 'text', text: 'Order two.' }
          ]
        }
      ])
    ).toEqual([
      {
        role: 'assistant',
        content: 'Checking.',
        toolCalls: [{ id: 'tu_1', name: 'stock', arguments: { sku: 'A1' } }]
      },
      { role: 'tool', toolCallId: 'tu_1', content: '3 left' },
      { role: 'user', content: 'Order two.' }
    ])
  })

  it('reads Gemini turns (`model` role, parts without a type)', () => {
    expect(
      readMessages({
        messages: [{ role: 'model', parts: [{ text: 'Hola' }, { inline_data: {} }] }]
      })
    ).toEqual([{ role: 'assistant', content: 'Hola' }])
  })

  it('reads LangChain messages, serialized or plain', () => {
    expect(
      readMessages([
        {
          lc: 1,
          type: 'constructor',
          id: ['langchain_core', 'messages', 'ToolMessage'],
          kwargs: { content: 'ok', tool_call_id: 'c9' }
        },
        { content: 'Thanks', type: 'human', additional_kwargs: {} },
        {
          lc: 1,
          type: 'constructor',
          id: ['langchain', 'schema', 'messages', 'AIMessageChunk'],
          kwargs: { content: 'Sure' }
        }
      ])
    ).toEqual([
      { role: 'tool', content: 'ok', toolCallId: 'c9' },
      { role: 'user', content: 'Thanks' },
      { role: 'assistant', content: 'Sure' }
    ])
  })

  it('reads OpenAI legacy function calls and Vercel AI SDK 5 tool outputs', () => {
    expect(
      readMessages([
        {
          role: 'assistant',
          content: null,
          function_call: { name: 'lookup', arguments: '{"q":"x"}' }
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'v1',
              toolName: 'lookup',
              output: { type: 'json', value: { hits: 2 } }
            }
          ]
        }
      ])
    ).toEqual([
      { role: 'assistant', content: '', toolCalls: [{ name: 'lookup', arguments: { q: 'x' } }] },
      { role: 'tool', toolCallId: 'v1', name: 'lookup', content: '{"hits":2}' }
    ])
  })

  it('keeps text a user typed as JSON, and leaves out messages with nothing readable', () => {
    expect(
      readMessages([
        { role: 'user', content: '[1, 2, 3]' },
        { role: 'assistant', content: null }
      ])
    ).toEqual([{ role: 'user', content: '[1, 2, 3]' }])
  })

  it('separates system messages, joined with newlines', () => {
    expect(
      splitSystem([
        { role: 'system', content: 'A' },
        { role: 'user', content: 'hi' },
        { role: 'system', content: 'B' }
      ])
    ).toEqual({ system: 'A\nB', messages: [{ role: 'user', content: 'hi' }] })
  })
})

describe('readCompletion', () => {
  it('reads the first choice of an OpenAI response', () => {
    expect(
      readCompletion({
        choices: [
          { message: { role: 'assistant', content: 'first' }, finish_reason: 'stop' },
          { message: { role: 'assistant', content: 'second' } }
        ]
      })
    ).toEqual({ text: 'first', finishReason: 'stop' })
  })

  it('reads a legacy completion choice with text, and an Anthropic stop reason', () => {
    expect(readCompletion({ choices: [{ text: ' done', finish_reason: 'length' }] })).toEqual({
      text: ' done',
      finishReason: 'length'
    })
    expect(
      readCompletion({
        role: 'assistant',
        content: [{ type: 'text', text: 'Hi' }],
        stop_reason: 'end_turn'
      })
    ).toEqual({
      text: 'Hi',
      finishReason: 'end_turn'
    })
  })

  it('finds no answer in a shape it does not know', () => {
    expect(readCompletion({ generations: [] })).toBeUndefined()
    expect(readCompletion(42)).toBeUndefined()
  })
})
