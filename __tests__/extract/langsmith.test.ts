import { describe, expect, it } from '@jest/globals'
import { extractLlmCalls } from '../../src/extract/index.js'
import { corpusTraces, traceOf } from '../helpers/corpus.js'
import { span } from '../helpers/span.js'

describe('LangSmith OTel exporter (bakeoff capture)', () => {
  const results = corpusTraces('oteltest-envelope.langsmith-otel.bakeoff.json').map(extractLlmCalls)

  it('finds the llm span of each trace; chain, prompt and parser spans are not calls', () => {
    // The ChatPromptTemplate span says gen_ai.operation.name "chat" and carries gen_ai.prompt.
    expect(results.map(result => result.calls.map(call => call.spanName))).toEqual([
      ['ChatOpenAI'],
      ['ChatOpenAI']
    ])
    expect(results.flatMap(result => result.skipped)).toEqual([])
  })

  it('reads the serialized HumanMessage and the LLMResult generation', () => {
    const call = results[0]?.calls[0]
    expect(call?.messages).toEqual([
      {
        role: 'user',
        content:
          '\n    You are a helpful assistant that provides clear and concise answers.\n\n    Question: What is the capital of France?\n\n    Please provide a helpful answer:\n    '
      }
    ])
    expect(call?.output).toBe('The capital of France is Paris.')
  })

  it('reads the metadata LangSmith records, not the span operation name "chain"', () => {
    expect(results[0]?.calls[0]).toMatchObject({
      service: 'langsmith',
      operation: 'chat',
      provider: 'openai',
      model: 'gpt-3.5-turbo',
      responseModel: 'gpt-3.5-turbo-0125',
      finishReason: 'stop',
      conventions: ['langsmith']
    })
    expect(results[0]?.calls[0]?.usage).toEqual({
      input: 39,
      output: 7,
      total: 46,
      cachedInput: 0,
      reasoning: 0
    })
    expect(results[1]?.calls[0]?.usage).toEqual({
      input: 38,
      output: 97,
      total: 135,
      cachedInput: 0,
      reasoning: 0
    })
  })
})

describe('LangSmith llm spans', () => {
  it('reads system messages, AI tool calls and a text-completion prompt', () => {
    const chat = span({
      attributes: {
        'langsmith.span.kind': 'llm',
        'langsmith.metadata.ls_model_type': 'chat',
        'gen_ai.prompt': JSON.stringify({
          messages: [
            [
              {
                lc: 1,
                type: 'constructor',
                id: ['langchain', 'schema', 'messages', 'SystemMessage'],
                kwargs: { content: 'Use tools.' }
              },
              {
                lc: 1,
                type: 'constructor',
                id: ['langchain', 'schema', 'messages', 'HumanMessage'],
                kwargs: { content: 'Stock of SKU-9?' }
              }
            ]
          ]
        }),
        'gen_ai.completion': JSON.stringify({
          generations: [
            [
              {
                text: '',
                message: {
                  lc: 1,
                  type: 'constructor',
                  id: ['langchain', 'schema', 'messages', 'AIMessage'],
                  kwargs: {
                    content: '',
                    tool_calls: [
                      { name: 'stock', args: { sku: 'SKU-9' }, id: 'call_s', type: 'tool_call' }
                    ],
                    response_metadata: {
                      finish_reason: 'tool_calls',
                      model_name: 'gpt-4o-2024-08-06'
                    }
                  }
                }
              }
            ]
          ]
        })
      }
    })
    const completion = span({
      spanId: '00000000000000c2',
      attributes: {
        'langsmith.span.kind': 'llm',
        'langsmith.metadata.ls_model_type': 'llm',
        'gen_ai.prompt': '{"prompts":["Complete: roses are"]}',
        'gen_ai.completion':
          '{"generations":[[{"text":" red","generation_info":{"finish_reason":"length"}}]]}'
      }
    })
    const { calls } = extractLlmCalls(traceOf([chat, completion]))
    expect(calls[0]).toMatchObject({
      system: 'Use tools.',
      messages: [{ role: 'user', content: 'Stock of SKU-9?' }],
      output: '',
      outputToolCalls: [{ id: 'call_s', name: 'stock', arguments: { sku: 'SKU-9' } }],
      finishReason: 'tool_calls',
      responseModel: 'gpt-4o-2024-08-06'
    })
    expect(calls[1]).toMatchObject({
      operation: 'text_completion',
      promptText: 'Complete: roses are',
      output: ' red',
      finishReason: 'length'
    })
  })
})
