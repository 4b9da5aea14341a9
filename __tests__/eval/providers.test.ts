import { afterEach, describe, expect, it } from '@jest/globals'
import { Agent } from 'undici'
import { createProvider, type ProviderSettings } from '../../src/eval/providers/index.js'
import { ProviderError, type ChatRequest, type Provider } from '../../src/eval/model.js'
import {
  fakeEmbedding,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeLlm,
  type FakeLlmOptions
} from '../helpers/fake-llm.js'
import { sendJson, startTestServer, type Handler, type TestServer } from '../helpers/http-server.js'

const API_KEY = 'sk-test-0123456789abcdef'
const servers: Array<FakeLlm | TestServer> = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => server.close()))
})

async function fakeOpenAI(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  const fake = await startFakeOpenAI(options)
  servers.push(fake)
  return fake
}

async function fakeAnthropic(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  const fake = await startFakeAnthropic(options)
  servers.push(fake)
  return fake
}

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startTestServer(handler)
  servers.push(server)
  return server
}

function provider(
  settings: Partial<ProviderSettings> & Pick<ProviderSettings, 'kind' | 'baseUrl'>
): Provider {
  return createProvider({ apiKey: API_KEY, ...settings })
}

const never = new AbortController().signal

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  )
  if (!(error instanceof ProviderError))
    throw new Error(`expected a ProviderError, got ${String(error)}`)
  return error
}

const lookupOrder = {
  name: 'lookup_order',
  description: 'Find an order',
  parameters: {
    type: 'object',
    properties: { order_id: { type: 'string' } },
    required: ['order_id']
  }
}

/** A conversation with every kind of message: system, user, a tool call, its result. */
const toolConversation: ChatRequest = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are a support bot.' },
    { role: 'user', content: 'Where is order 4411?' },
    {
      role: 'assistant',
      content: '',
      toolCalls: [{ id: 'call_1', name: 'lookup_order', arguments: { order_id: '4411' } }]
    },
    { role: 'tool', content: '{"status":"shipped"}', toolCallId: 'call_1', name: 'lookup_order' }
  ],
  tools: [lookupOrder],
  params: { temperature: 0.2, maxTokens: 300, topP: 0.9, stop: ['END'], seed: 7 }
}

describe('OpenAI provider: requests', () => {
  it('posts the conversation, tools and params as Chat Completions expects', async () => {
    const fake = await fakeOpenAI({ apiKey: API_KEY })
    const openai = provider({ kind: 'openai', baseUrl: fake.baseUrl })

    const response = await openai.chat(toolConversation, never)

    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]?.method).toBe('POST')
    expect(fake.requests[0]?.path).toBe('/v1/chat/completions')
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(fake.requests[0]?.headers['content-type']).toBe('application/json')
    expect(fake.bodies()[0]).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a support bot.' },
        { role: 'user', content: 'Where is order 4411?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'lookup_order', arguments: '{"order_id":"4411"}' }
            }
          ]
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{"status":"shipped"}' }
      ],
      tools: [{ type: 'function', function: lookupOrder }],
      temperature: 0.2,
      top_p: 0.9,
      max_tokens: 300,
      stop: ['END'],
      seed: 7
    })
    expect(response).toEqual({
      text: 'Tool said: {"status":"shipped"}',
      toolCalls: [],
      usage: { input: 10, output: 3 },
      finishReason: 'stop',
      model: 'gpt-4o-mini'
    })
  })

  it('reads tool calls with their arguments parsed', async () => {
    const fake = await fakeOpenAI()
    const openai = provider({ kind: 'openai', baseUrl: fake.baseUrl })

    const response = await openai.chat(
      {
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Where is my order #A-17?' }],
        tools: [lookupOrder],
        params: {}
      },
      never
    )

    expect(response).toEqual({
      text: '',
      toolCalls: [{ id: 'call_fake_1', name: 'lookup_order', arguments: { order_id: 'A-17' } }],
      usage: { input: 5, output: 1 },
      finishReason: 'tool_calls',
      model: 'gpt-4o'
    })
  })

  it('gives recorded tool calls without ids stable ids and pairs their results', async () => {
    const fake = await fakeOpenAI()
    const openai = provider({ kind: 'openai', baseUrl: fake.baseUrl })
    const withoutIds: ChatRequest = {
      ...toolConversation,
      messages: [
        { role: 'user', content: 'Two orders: 1 and 2' },
        {
          role: 'assistant',
          content: 'Checking.',
          toolCalls: [
            { name: 'lookup_order', arguments: { order_id: '1' } },
            { name: 'lookup_order', arguments: '{"order_id": "2"' }
          ]
        },
        { role: 'tool', content: 'one' },
        { role: 'tool', content: 'two' }
      ],
      params: {}
    }

    await openai.chat(withoutIds, never)

    const body = fake.bodies()[0] as { messages: unknown[] }
    expect(body.messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          {
            id: 'call_1_0',
            type: 'function',
            function: { name: 'lookup_order', arguments: '{"order_id":"1"}' }
          },
          {
            id: 'call_1_1',
            type: 'function',
            function: { name: 'lookup_order', arguments: '{"order_id": "2"' }
          }
        ]
      },
      { role: 'tool', tool_call_id: 'call_1_0', content: 'one' },
      { role: 'tool', tool_call_id: 'call_1_1', content: 'two' }
    ])
  })

  it('asks reasoning models for max_completion_tokens', async () => {
    const fake = await fakeOpenAI()
    const openai = provider({ kind: 'openai', baseUrl: fake.baseUrl })

    await openai.chat(
      { model: 'o4-mini', messages: [{ role: 'user', content: 'hi' }], params: { maxTokens: 50 } },
      never
    )

    expect(fake.bodies()[0]).toEqual({
      model: 'o4-mini',
      messages: [{ role: 'user', content: 'hi' }],
      max_completion_tokens: 50
    })
  })

  it('talks to Azure OpenAI with an api-key header and an api-version', async () => {
    const server = await serve((_, res) =>
      sendJson(res, 200, {
        choices: [{ message: { content: 'ok' }, finish_reason: 'stop' }],
        model: 'gpt-4o-2024-08-06'
      })
    )
    const azure = provider({
      kind: 'openai',
      baseUrl: `${server.url}/openai/deployments/prod-4o`,
      azureApiVersion: '2024-10-21'
    })

    const response = await azure.chat(
      { model: 'prod-4o', messages: [{ role: 'user', content: 'hi' }], params: {} },
      never
    )

    expect(server.requests[0]?.path).toBe('/openai/deployments/prod-4o/chat/completions')
    expect(server.requests[0]?.query.get('api-version')).toBe('2024-10-21')
    expect(server.requests[0]?.headers['api-key']).toBe(API_KEY)
    expect(server.requests[0]?.headers.authorization).toBeUndefined()
    expect(azure.baseUrl).toBe(`${server.url}/openai/deployments/prod-4o?api-version=2024-10-21`)
    expect(response).toEqual({
      text: 'ok',
      toolCalls: [],
      usage: {},
      finishReason: 'stop',
      model: 'gpt-4o-2024-08-06'
    })
  })

  it('recognises an Azure host and adds the default api-version', async () => {
    const server = await serve((_, res) =>
      sendJson(res, 200, { choices: [{ message: { content: 'ok' } }] })
    )
    const port = new URL(server.url).port
    // Resolves every host to the test server, so the Azure host name reaches 127.0.0.1.
    const toTestServer = new Agent({
      connect: {
        lookup: (_host, options, callback) =>
          options.all
            ? callback(null, [{ address: '127.0.0.1', family: 4 }])
            : callback(null, '127.0.0.1', 4)
      }
    })
    const azure = provider({
      kind: 'openai',
      baseUrl: `http://contoso.openai.azure.com:${port}/openai/deployments/gpt-4o`,
      dispatcher: toTestServer
    })

    try {
      await azure.chat(
        { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], params: {} },
        never
      )
    } finally {
      await toTestServer.close()
    }

    expect(server.requests[0]?.headers.host).toBe(`contoso.openai.azure.com:${port}`)
    expect(server.requests[0]?.path).toBe('/openai/deployments/gpt-4o/chat/completions')
    expect(server.requests[0]?.query.get('api-version')).toBe('2024-10-21')
    expect(server.requests[0]?.headers['api-key']).toBe(API_KEY)
    expect(server.requests[0]?.headers.authorization).toBeUndefined()
  })

  it('sends no credentials to a local server without a key, and extra headers as given', async () => {
    const fake = await fakeOpenAI()
    const local = createProvider({
      kind: 'openai',
      baseUrl: `${fake.baseUrl}/`,
      headers: { 'X-Title': 'evals' }
    })

    await local.chat(
      { model: 'llama3', messages: [{ role: 'user', content: 'hi' }], params: {} },
      never
    )

    expect(fake.requests[0]?.headers.authorization).toBeUndefined()
    expect(fake.requests[0]?.headers['x-title']).toBe('evals')
    expect(local.baseUrl).toBe(fake.baseUrl)
  })

  it('embeds texts in input order', async () => {
    const server = await serve((_, res) =>
      sendJson(res, 200, {
        data: [
          { index: 1, embedding: [0, 1] },
          { index: 0, embedding: [1, 0] }
        ]
      })
    )
    const openai = provider({ kind: 'openai', baseUrl: server.url })

    const vectors = await openai.embed?.(['a', 'b'], 'text-embedding-3-small', never)

    expect(server.requests[0]?.path).toBe('/embeddings')
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      model: 'text-embedding-3-small',
      input: ['a', 'b']
    })
    expect(vectors).toEqual([
      [1, 0],
      [0, 1]
    ])
  })

  it('embeds through the fake server, letter by letter', async () => {
    const fake = await fakeOpenAI()
    const vectors = await provider({ kind: 'openai', baseUrl: fake.baseUrl }).embed?.(
      ['ab'],
      'e',
      never
    )
    expect(vectors).toEqual([fakeEmbedding('ab')])
    const [a, b, c] = vectors?.[0] ?? []
    expect([a, b, c].map(value => value?.toFixed(4))).toEqual(['0.7071', '0.7071', '0.0000'])
  })
})

describe('OpenAI provider: responses', () => {
  async function answerWith(body: unknown) {
    const server = await serve((_, res) => sendJson(res, 200, body))
    return provider({ kind: 'openai', baseUrl: server.url }).chat(
      { model: 'm', messages: [{ role: 'user', content: 'hi' }], params: {} },
      never
    )
  }

  it('joins content parts and keeps arguments that are not JSON as text', async () => {
    const response = await answerWith({
      choices: [
        {
          message: {
            content: [
              { type: 'text', text: 'Hello ' },
              { type: 'text', text: 'there' }
            ],
            tool_calls: [
              { id: 'c1', type: 'function', function: { name: 'f', arguments: '{not json' } }
            ]
          },
          finish_reason: 'tool_calls'
        }
      ],
      usage: { prompt_tokens: 10, completion_tokens: 4 }
    })
    expect(response).toEqual({
      text: 'Hello there',
      toolCalls: [{ id: 'c1', name: 'f', arguments: '{not json' }],
      usage: { input: 10, output: 4 },
      finishReason: 'tool_calls'
    })
  })

  it('takes a refusal as the answer text', async () => {
    const response = await answerWith({
      choices: [{ message: { content: null, refusal: "I can't help with that." } }]
    })
    expect(response.text).toBe("I can't help with that.")
  })

  it('reports an error inside a 200 body by its code', async () => {
    const error = await failureOf(
      answerWith({ error: { code: 429, message: 'Upstream rate limited' } })
    )
    expect(error.failure).toBe('rate-limit')
    expect(error.message).toMatch(/answered with an error: Upstream rate limited$/)
  })

  it('rejects JSON without choices', async () => {
    const error = await failureOf(answerWith({ object: 'list', data: [] }))
    expect(error.failure).toBe('invalid-response')
    expect(error.message).toMatch(/answered with JSON without choices\[0\]\.message$/)
  })
})

describe('Anthropic provider', () => {
  it('posts system, tool_use and tool_result blocks as the Messages API expects', async () => {
    const fake = await fakeAnthropic({ apiKey: API_KEY })
    const anthropic = provider({ kind: 'anthropic', baseUrl: fake.baseUrl })

    const response = await anthropic.chat(
      { ...toolConversation, model: 'claude-3-5-haiku-latest' },
      never
    )

    expect(fake.requests[0]?.path).toBe('/v1/messages')
    expect(fake.requests[0]?.headers['x-api-key']).toBe(API_KEY)
    expect(fake.requests[0]?.headers['anthropic-version']).toBe('2023-06-01')
    expect(fake.requests[0]?.headers.authorization).toBeUndefined()
    expect(fake.bodies()[0]).toEqual({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 300,
      system: 'You are a support bot.',
      messages: [
        { role: 'user', content: 'Where is order 4411?' },
        {
          role: 'assistant',
          content: [
            { type: 'tool_use', id: 'call_1', name: 'lookup_order', input: { order_id: '4411' } }
          ]
        },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'call_1', content: '{"status":"shipped"}' }]
        }
      ],
      tools: [
        { name: 'lookup_order', description: 'Find an order', input_schema: lookupOrder.parameters }
      ],
      temperature: 0.2,
      top_p: 0.9,
      stop_sequences: ['END']
    })
    expect(response).toEqual({
      text: 'Tool said: {"status":"shipped"}',
      toolCalls: [],
      usage: { input: 10, output: 3 },
      finishReason: 'end_turn',
      model: 'claude-3-5-haiku-latest'
    })
  })

  it('defaults max_tokens, merges parallel tool results into one turn, and reads tool_use', async () => {
    const fake = await fakeAnthropic()
    const anthropic = provider({ kind: 'anthropic', baseUrl: `${fake.baseUrl}/v1` })

    const response = await anthropic.chat(
      {
        model: 'claude-sonnet-4-20250514',
        messages: [
          { role: 'user', content: 'Check two' },
          {
            role: 'assistant',
            content: 'Sure.',
            toolCalls: [
              { name: 'a', arguments: {} },
              { name: 'b', arguments: 'oops' }
            ]
          },
          { role: 'tool', content: 'A done' },
          { role: 'tool', content: 'B done' },
          { role: 'user', content: 'Now where is order 77?' }
        ],
        tools: [lookupOrder],
        params: {}
      },
      never
    )

    expect(fake.requests[0]?.path).toBe('/v1/messages')
    const body = fake.bodies()[0] as Record<string, unknown>
    expect(body.max_tokens).toBe(1024)
    expect(body.system).toBeUndefined()
    expect(body.messages).toEqual([
      { role: 'user', content: 'Check two' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Sure.' },
          { type: 'tool_use', id: 'call_1_0', name: 'a', input: {} },
          { type: 'tool_use', id: 'call_1_1', name: 'b', input: {} }
        ]
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'call_1_0', content: 'A done' },
          { type: 'tool_result', tool_use_id: 'call_1_1', content: 'B done' },
          { type: 'text', text: 'Now where is order 77?' }
        ]
      }
    ])
    expect(response).toEqual({
      text: '',
      toolCalls: [{ id: 'call_fake_1', name: 'lookup_order', arguments: { order_id: '77' } }],
      usage: { input: 12, output: 1 },
      finishReason: 'tool_use',
      model: 'claude-sonnet-4-20250514'
    })
  })

  it('joins text blocks and counts cached prompt tokens as input', async () => {
    const server = await serve((_, res) =>
      sendJson(res, 200, {
        content: [
          { type: 'text', text: 'Part one, ' },
          { type: 'tool_use', id: 't1', name: 'f', input: { x: 1 } },
          { type: 'text', text: 'part two.' }
        ],
        stop_reason: 'tool_use',
        usage: {
          input_tokens: 10,
          cache_creation_input_tokens: 100,
          cache_read_input_tokens: 1000,
          output_tokens: 5
        }
      })
    )
    const response = await provider({ kind: 'anthropic', baseUrl: server.url }).chat(
      { model: 'claude-opus-4', messages: [{ role: 'user', content: 'hi' }], params: {} },
      never
    )
    expect(response).toEqual({
      text: 'Part one, part two.',
      toolCalls: [{ id: 't1', name: 'f', arguments: { x: 1 } }],
      usage: { input: 1110, output: 5 },
      finishReason: 'tool_use'
    })
  })
})

describe('provider errors', () => {
  const hello: ChatRequest = {
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'hello' }],
    params: {}
  }

  it('reports a rate limit with the wait from Retry-After', async () => {
    const fake = await fakeOpenAI({ script: [{ status: 429, headers: { 'retry-after': '7' } }] })
    const error = await failureOf(
      provider({ kind: 'openai', baseUrl: fake.baseUrl }).chat(hello, never)
    )

    expect(error.failure).toBe('rate-limit')
    expect(error.retryable).toBe(true)
    expect(error.options).toEqual({ status: 429, retryAfterMs: 7000 })
    expect(error.message).toBe(
      `OpenAI ${fake.baseUrl}/chat/completions answered HTTP 429 Too Many Requests: Rate limit reached for requests (rate_limit_error)`
    )
  })

  it('prefers retry-after-ms and caps the wait at 60 s', async () => {
    const fake = await fakeOpenAI({
      script: [
        { status: 429, headers: { 'retry-after-ms': '1500.5', 'retry-after': '2' } },
        { status: 429, headers: { 'retry-after': '3600' } }
      ]
    })
    const openai = provider({ kind: 'openai', baseUrl: fake.baseUrl })
    expect((await failureOf(openai.chat(hello, never))).options.retryAfterMs).toBe(1501)
    expect((await failureOf(openai.chat(hello, never))).options.retryAfterMs).toBe(60_000)
  })

  it('does not retry an exhausted quota', async () => {
    const body = {
      error: {
        message: 'You exceeded your current quota',
        type: 'insufficient_quota',
        code: 'insufficient_quota'
      }
    }
    const fake = await fakeOpenAI({ script: [{ status: 429, body }] })
    const error = await failureOf(
      provider({ kind: 'openai', baseUrl: fake.baseUrl }).chat(hello, never)
    )
    expect(error.failure).toBe('client')
    expect(error.retryable).toBe(false)
  })

  it('reports 5xx and Anthropic overload as server failures', async () => {
    const openaiFake = await fakeOpenAI({ script: [{ status: 500 }] })
    const anthropicFake = await fakeAnthropic({
      script: [{ status: 529, headers: { 'retry-after': '1' } }]
    })

    const openaiError = await failureOf(
      provider({ kind: 'openai', baseUrl: openaiFake.baseUrl }).chat(hello, never)
    )
    const anthropicError = await failureOf(
      provider({ kind: 'anthropic', baseUrl: anthropicFake.baseUrl }).chat(hello, never)
    )

    expect([openaiError.failure, openaiError.options.status]).toEqual(['server', 500])
    expect(anthropicError.failure).toBe('server')
    expect(anthropicError.options).toEqual({ status: 529, retryAfterMs: 1000 })
    expect(anthropicError.message).toBe(
      `Anthropic ${anthropicFake.baseUrl}/v1/messages answered HTTP 529: Overloaded (overloaded_error)`
    )
  })

  it('names the key variable on auth failures and never shows the key, even when the server echoes it', async () => {
    const openaiFake = await fakeOpenAI({ apiKey: 'the-right-key' })
    const anthropicFake = await fakeAnthropic({ apiKey: 'the-right-key' })

    const openaiError = await failureOf(
      provider({ kind: 'openai', baseUrl: openaiFake.baseUrl }).chat(hello, never)
    )
    const anthropicError = await failureOf(
      provider({ kind: 'anthropic', baseUrl: anthropicFake.baseUrl }).chat(hello, never)
    )

    expect(openaiError.failure).toBe('auth')
    expect(openaiError.message).toBe(
      `OpenAI ${openaiFake.baseUrl}/chat/completions answered HTTP 401 Unauthorized: Incorrect API key provided: ***. (invalid_request_error). Set OPENAI_API_KEY to a valid API key.`
    )
    expect(anthropicError.failure).toBe('auth')
    expect(anthropicError.message).toMatch(/Set ANTHROPIC_API_KEY to a valid API key\.$/)
    expect(`${openaiError.message} ${anthropicError.message}`).not.toContain(API_KEY)
  })

  it('names the variable the key came from when told, and Azure’s by default', async () => {
    const server = await serve((_, res) => sendJson(res, 403, { error: { message: 'Forbidden' } }))
    const named = provider({ kind: 'openai', baseUrl: server.url, apiKeyVariable: 'GROQ_API_KEY' })
    const azure = provider({ kind: 'openai', baseUrl: server.url, azureApiVersion: '2024-10-21' })
    expect((await failureOf(named.chat(hello, never))).message).toMatch(
      /Set GROQ_API_KEY to a valid API key\.$/
    )
    const azureError = await failureOf(azure.chat(hello, never))
    expect(azureError.message).toMatch(
      /^Azure OpenAI .* Set AZURE_OPENAI_API_KEY to a valid API key\.$/
    )
  })

  it('quotes the provider on other client errors', async () => {
    const body = {
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens: must be at most 8192' }
    }
    const fake = await fakeAnthropic({ script: [{ status: 400, body }] })
    const error = await failureOf(
      provider({ kind: 'anthropic', baseUrl: fake.baseUrl }).chat(hello, never)
    )
    expect(error.failure).toBe('client')
    expect(error.retryable).toBe(false)
    expect(error.message).toBe(
      `Anthropic ${fake.baseUrl}/v1/messages answered HTTP 400 Bad Request: max_tokens: must be at most 8192 (invalid_request_error)`
    )
  })

  it('reports an HTML page and a malformed body as invalid responses', async () => {
    const fake = await fakeOpenAI({ script: ['html', 'malformed'] })
    const openai = provider({ kind: 'openai', baseUrl: fake.baseUrl })

    const html = await failureOf(openai.chat(hello, never))
    const malformed = await failureOf(openai.chat(hello, never))

    expect(html.failure).toBe('invalid-response')
    expect(html.message).toMatch(
      /answered with an HTML page \(HTTP 200\) instead of JSON; .* Page text: "Sign in"$/
    )
    expect(malformed.failure).toBe('invalid-response')
    expect(malformed.message).toMatch(
      /answered with a body that is not JSON \(HTTP 200\): .*Body starts: "\{"choices":\[\{"mess"$/
    )
  })

  it('reports an HTML error page by its text', async () => {
    const server = await serve((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end('<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>')
    })
    const error = await failureOf(
      provider({ kind: 'openai', baseUrl: server.url }).chat(hello, never)
    )
    expect(error.failure).toBe('server')
    expect(error.message).toBe(
      `OpenAI ${server.url}/chat/completions answered HTTP 502 Bad Gateway: 502 Bad Gateway nginx`
    )
  })

  it('times out a request that gets no answer', async () => {
    const fake = await fakeOpenAI({ script: ['hang'] })
    const error = await failureOf(
      provider({ kind: 'openai', baseUrl: fake.baseUrl, timeoutMs: 50 }).chat(hello, never)
    )
    expect(error.failure).toBe('timeout')
    expect(error.retryable).toBe(true)
    expect(error.message).toMatch(/did not answer within 0\.05s/)
  })

  it('rejects with the caller’s reason when the caller aborts', async () => {
    const fake = await fakeOpenAI({ script: ['hang'] })
    const controller = new AbortController()
    const reason = new Error('run cancelled')
    const pending = provider({ kind: 'openai', baseUrl: fake.baseUrl }).chat(
      hello,
      controller.signal
    )
    while (fake.requests.length === 0) await new Promise(resolve => setImmediate(resolve))
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
  })

  it('reports a refused connection', async () => {
    const server = await startTestServer(() => undefined)
    await server.close()
    const error = await failureOf(
      provider({ kind: 'anthropic', baseUrl: server.url }).chat(hello, never)
    )
    expect(error.failure).toBe('connection')
    expect(error.message).toBe(
      `Could not connect to Anthropic at ${server.url}/v1/messages (ECONNREFUSED): is the base URL right and the server up?`
    )
  })

  it('rejects a base URL that is not http(s)', () => {
    expect(() => createProvider({ kind: 'openai', baseUrl: 'ftp://host' })).toThrow(
      'Invalid OpenAI base URL "ftp://host/": use http or https'
    )
  })
})
