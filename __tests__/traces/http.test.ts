import { afterEach, describe, expect, it } from '@jest/globals'
import { deflateSync, brotliCompressSync } from 'node:zlib'
import {
  createHttpClient,
  HttpError,
  isEndpointMissing,
  serverMessage,
  urlPath,
  type HttpClientOptions
} from '../../src/traces/http.js'
import {
  recordingSleep,
  sendGoError,
  sendGzip,
  sendHtml,
  sendJson,
  sendText,
  startTestServer,
  type Handler,
  type TestServer
} from '../helpers/http-server.js'

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(handler: Handler): Promise<TestServer> {
  server = await startTestServer(handler)
  return server
}

/** A client that never really waits: retries are instant and their waits recorded. */
function clientFor(base: string, options: Partial<HttpClientOptions> = {}) {
  const timing = recordingSleep()
  const client = createHttpClient({
    baseUrl: base,
    sleep: timing.sleep,
    random: () => 0.5,
    ...options
  })
  return { client, waits: timing.waits }
}

async function failureOf(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  )
  if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`)
  return error
}

describe('createHttpClient: requests', () => {
  it('joins a base URL that has a path prefix and sends the query', async () => {
    const { url, requests } = await serve((_, res) => sendJson(res, 200, { data: ['a'] }))
    const { client } = clientFor(`${url}/jaeger/`)

    const response = await client.getJson('/api/traces', {
      query: { service: 'support bot', tags: '{"a":"b"}', limit: 20, operation: undefined }
    })

    expect(requests).toHaveLength(1)
    expect(requests[0]?.rawPath).toBe('/jaeger/api/traces')
    expect(Object.fromEntries(requests[0]?.query ?? [])).toEqual({
      service: 'support bot',
      tags: '{"a":"b"}',
      limit: '20'
    })
    expect(response.status).toBe(200)
    expect(response.documents).toEqual([{ data: ['a'] }])
    expect(response.url).toBe(
      `${url}/jaeger/api/traces?service=support+bot&tags=%7B%22a%22%3A%22b%22%7D&limit=20`
    )
  })

  it('sends Accept, Accept-Encoding, its User-Agent, extra headers and a bearer token', async () => {
    const { url, requests } = await serve((_, res) => sendJson(res, 200, {}))
    const { client } = clientFor(url, {
      headers: { 'X-Scope-OrgID': 'tenant-1' },
      auth: { bearer: 'tok-123' }
    })

    await client.getJson('/api/services')

    const headers = requests[0]?.headers
    expect(headers?.accept).toBe('application/json')
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br')
    expect(headers?.['user-agent']).toBe('toad-eye-eval-action')
    expect(headers?.['x-scope-orgid']).toBe('tenant-1')
    expect(headers?.authorization).toBe('Bearer tok-123')
  })

  it('sends basic auth, from the options or from credentials in the URL', async () => {
    const { url, requests } = await serve((_, res) => sendJson(res, 200, {}))
    const fromOptions = clientFor(url, { auth: { username: 'alice', password: 'pa:ss' } }).client
    const fromUrl = clientFor(url.replace('http://', 'http://bob:p%40ss@')).client

    await fromOptions.getJson('/a')
    await fromUrl.getJson('/b')

    expect(requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('alice:pa:ss').toString('base64')}`
    )
    expect(requests[1]?.headers.authorization).toBe(
      `Basic ${Buffer.from('bob:p@ss').toString('base64')}`
    )
    expect(fromUrl.baseUrl).toBe(url)
  })

  it('encodes every path segment built with urlPath', async () => {
    const { url, requests } = await serve((_, res) => sendJson(res, 200, {}))
    const { client } = clientFor(url)

    await client.getJson(urlPath('api', 'services', 'billing/v2 ?#%', 'operations'))

    expect(requests[0]?.rawPath).toBe('/api/services/billing%2Fv2%20%3F%23%25/operations')
    expect(requests[0]?.path).toBe('/api/services/billing/v2 ?#%/operations')
  })

  it('refuses dot segments, which URL parsing would collapse', () => {
    expect(() => urlPath('api', 'services', '..', 'operations')).toThrow(
      'Cannot use ".." as a URL path segment'
    )
    expect(() => urlPath('api', '')).toThrow('Cannot use "" as a URL path segment')
  })
})

describe('createHttpClient: bodies', () => {
  it('stops reading a response over the size limit, compressed or not', async () => {
    const { url } = await serve((req, res) => {
      if (req.rawPath === '/plain') return sendText(res, 200, `{"data":"${'x'.repeat(5000)}"}`)
      // A gzip bomb in miniature: 120 bytes that inflate to 1 MB.
      sendGzip(res, 200, `{"data":"${'0'.repeat(1024 * 1024)}"}`, 'application/json')
    })
    const { client } = clientFor(url, { maxResponseBytes: 4096, retries: 0 })

    const tooLong = await failureOf(client.getJson('/plain'))
    expect(tooLong.message).toBe(
      `GET ${url}/plain stopped reading: the response is larger than 4 KiB; narrow the search (limit, lookback, service).`
    )
    const bomb = await failureOf(client.getJson('/bomb'))
    expect(bomb.message).toMatch(
      new RegExp(`^GET ${url}/bomb returned a body that could not be decompressed: `)
    )
  })

  it('decompresses gzip and parses JSON sent as text/plain', async () => {
    const { url } = await serve((_, res) =>
      sendGzip(res, 200, '{"data":[1,2,3]}', 'text/plain; charset=utf-8')
    )
    const { client } = clientFor(url)

    const response = await client.getJson('/api/traces')

    expect(response.documents).toEqual([{ data: [1, 2, 3] }])
  })

  it('decompresses deflate and brotli', async () => {
    const { url } = await serve((req, res) => {
      const body = Buffer.from(JSON.stringify({ path: req.rawPath }))
      const br = req.rawPath === '/br'
      res.writeHead(200, { 'content-encoding': br ? 'br' : 'deflate' })
      res.end(br ? brotliCompressSync(body) : deflateSync(body))
    })
    const { client } = clientFor(url)

    expect((await client.getJson('/deflate')).documents).toEqual([{ path: '/deflate' }])
    expect((await client.getJson('/br')).documents).toEqual([{ path: '/br' }])
  })

  it('returns every value of a body that holds several JSON values', async () => {
    const { url } = await serve((_, res) =>
      sendText(res, 200, '{"result":{"a":1}}\n{"result":{"b":2}}')
    )
    const { client } = clientFor(url)

    expect((await client.getJson('/api/v3/traces')).documents).toEqual([
      { result: { a: 1 } },
      { result: { b: 2 } }
    ])
  })

  it('fails on a 200 body that is not JSON, showing how it starts, without retrying', async () => {
    const { url, requests } = await serve((_, res) => sendText(res, 200, '{"data": [1, 2'))
    const { client } = clientFor(url)

    const error = await failureOf(client.getJson('/api/services'))

    expect(error.kind).toBe('invalid-json')
    expect(error.message).toMatch(
      new RegExp(
        `^GET ${url}/api/services returned a body that is not JSON \\(HTTP 200\\): .+\\. Body starts: "\\{"data": \\[1, 2"$`
      )
    )
    expect(requests).toHaveLength(1)
  })

  it('says so when a proxy answers with an HTML page, quoting its visible text', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>Sign in</title><style>body{color:red}</style>' +
      '<script>var x = "<b>"</script></head><body><h1>Sign in to Corp&nbsp;SSO</h1><p>Use your badge.</p></body></html>'
    const { url } = await serve((_, res) => sendHtml(res, 200, page))
    const { client } = clientFor(url)

    const error = await failureOf(client.getJson('/api/services'))

    expect(error.kind).toBe('html')
    expect(error.status).toBe(200)
    expect(error.message).toBe(
      `GET ${url}/api/services returned an HTML page (HTTP 200) instead of JSON; is the URL the API server ` +
        'and not a UI, proxy or login page? Page text: "Sign in Sign in to Corp SSO Use your badge."'
    )
    expect(isEndpointMissing(error)).toBe(true)
  })
})

describe('createHttpClient: errors and retries', () => {
  it('retries a 500 and returns the answer that follows', async () => {
    let calls = 0
    const { url, requests } = await serve((_, res) => {
      calls++
      if (calls === 1) sendJson(res, 500, { errors: [{ code: 500, msg: 'storage timeout' }] })
      else sendJson(res, 200, { data: [] })
    })
    const { client, waits } = clientFor(url)

    const response = await client.getJson('/api/traces')

    expect(response.documents).toEqual([{ data: [] }])
    expect(requests).toHaveLength(2)
    // Full jitter: random (0.5) times the first backoff ceiling (500 ms).
    expect(waits).toEqual([250])
  })

  it('waits as long as Retry-After says on a 429, in seconds or as a date', async () => {
    let calls = 0
    const { url } = await serve((_, res) => {
      calls++
      if (calls === 1) sendText(res, 429, 'slow down', { 'retry-after': '7' })
      else if (calls === 2)
        sendText(res, 503, 'busy', { 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' })
      else sendJson(res, 200, { ok: true })
    })
    const { client, waits } = clientFor(url, { nowMs: () => Date.parse('2025-01-01T00:00:00Z') })

    await client.getJson('/api/search')

    expect(waits).toEqual([7000, 3000])
  })

  it('gives up after the retries with the server message and the attempt count', async () => {
    const { url, requests } = await serve((_, res) =>
      sendGoError(
        res,
        500,
        JSON.stringify({ error: { httpCode: 500, message: 'failed to search: index closed' } })
      )
    )
    const { client, waits } = clientFor(url)

    const error = await failureOf(
      client.getJson('/api/v3/traces', { query: { 'query.serviceName': 'x' } })
    )

    expect(error.message).toBe(
      `GET ${url}/api/v3/traces?query.serviceName=x failed: HTTP 500 Internal Server Error: ` +
        'failed to search: index closed (gave up after 4 attempts)'
    )
    expect(error.status).toBe(500)
    expect(error.attempts).toBe(4)
    expect(requests).toHaveLength(4)
    expect(waits).toEqual([250, 500, 1000])
  })

  it('does not retry a 404, and reports Jaeger v1 error messages', async () => {
    const { url, requests } = await serve((_, res) =>
      sendGoError(
        res,
        404,
        JSON.stringify({ data: null, errors: [{ code: 404, msg: 'trace not found' }] })
      )
    )
    const { client, waits } = clientFor(url)

    const error = await failureOf(client.getJson('/api/traces/abc'))

    expect(error.message).toBe(
      `GET ${url}/api/traces/abc failed: HTTP 404 Not Found: trace not found`
    )
    expect(requests).toHaveLength(1)
    expect(waits).toEqual([])
    expect(isEndpointMissing(error)).toBe(true)
  })

  it('returns expected statuses instead of throwing them', async () => {
    const { url } = await serve((_, res) => sendGoError(res, 404, '404 page not found'))
    const { client } = clientFor(url)

    const response = await client.getJson('/api/v2/traces/1', { expectedStatuses: [404] })

    expect(response).toMatchObject({ status: 404, documents: [], text: '404 page not found\n' })
  })

  it('truncates a long plain-text error body (Tempo) to 300 characters', async () => {
    const { url } = await serve((_, res) =>
      sendText(res, 400, `invalid TraceQL query: ${'x'.repeat(500)}`)
    )
    const { client } = clientFor(url)

    const error = await failureOf(client.getJson('/api/search'))

    const detail = error.message.split('HTTP 400 Bad Request: ')[1] ?? ''
    expect(detail).toHaveLength(300)
    expect(detail.startsWith('invalid TraceQL query: xxx')).toBe(true)
    expect(detail.endsWith('…')).toBe(true)
  })

  it('reports the visible text of an HTML error page from a proxy, and retries a 502', async () => {
    const { url, requests } = await serve((_, res) =>
      sendHtml(
        res,
        502,
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
      )
    )
    const { client } = clientFor(url, { retries: 1 })

    const error = await failureOf(client.getJson('/api/services'))

    expect(error.message).toBe(
      `GET ${url}/api/services failed: HTTP 502 Bad Gateway: 502 Bad Gateway 502 Bad Gateway nginx (gave up after 2 attempts)`
    )
    expect(requests).toHaveLength(2)
  })

  it('says it could not connect, after retrying, when nothing listens', async () => {
    const closed = await startTestServer(() => undefined)
    await closed.close()
    const { client, waits } = clientFor(closed.url)

    const error = await failureOf(client.getJson('/api/services'))

    expect(error.kind).toBe('connection')
    expect(error.message).toBe(
      `GET ${closed.url}/api/services could not connect (ECONNREFUSED) after 4 attempts: is the URL right and the server up?`
    )
    expect(waits).toHaveLength(3)
  })

  it('times out a request the server never answers', async () => {
    const { url } = await serve(() => undefined)
    const { client } = clientFor(url, { timeoutMs: 50, retries: 0 })

    const error = await failureOf(client.getJson('/api/traces'))

    expect(error.kind).toBe('timeout')
    expect(error.message).toBe(
      `GET ${url}/api/traces timed out after 0.05s (1 attempt); is the server overloaded? Narrow the query or raise the timeout.`
    )
  })

  it('keeps credentials and tokens out of error messages', async () => {
    const { url } = await serve((req, res) =>
      sendText(
        res,
        401,
        `bad credentials: ${req.headers.authorization ?? ''} / ${String(req.headers['x-api-key'])}`
      )
    )
    const withUserinfo = url.replace('http://', 'http://alice:hunter2-secret@')
    const { client } = clientFor(withUserinfo, { headers: { 'X-Api-Key': 'key-0123456789' } })

    const error = await failureOf(
      client.getJson('/api/search', { query: { access_token: 'tok-abcdef', q: '{}' } })
    )

    const basic = Buffer.from('alice:hunter2-secret').toString('base64')
    for (const secret of ['alice', 'hunter2-secret', basic, 'key-0123456789', 'tok-abcdef']) {
      expect(error.message).not.toContain(secret)
      expect(error.url).not.toContain(secret)
    }
    expect(error.message).toBe(
      `GET ${url}/api/search?access_token=REDACTED&q=%7B%7D failed: HTTP 401 Unauthorized: bad credentials: Basic *** / ***`
    )
  })

  it('rejects a base URL that is not http(s), without echoing its credentials', () => {
    expect(() => createHttpClient({ baseUrl: 'ftp://u:p@host/' })).toThrow(
      'Invalid server URL "ftp://host/": only http and https are supported'
    )
    expect(() => createHttpClient({ baseUrl: 'not a url' })).toThrow(
      'Invalid server URL "not a url"'
    )
  })
})

describe('helpers', () => {
  it('reads server messages from Jaeger, api_v3, grpc-gateway and plain bodies', () => {
    expect(serverMessage('{"data":null,"errors":[{"code":400,"msg":"a"},{"msg":"b"}]}')).toBe(
      'a; b'
    )
    expect(serverMessage('{"error":{"httpCode":404,"message":"No traces found"}}\n')).toBe(
      'No traces found'
    )
    expect(serverMessage('{"code":5,"message":"trace not found","details":[]}')).toBe(
      'trace not found'
    )
    expect(serverMessage('  too many\n  requests  ')).toBe('too many requests')
  })

  it('tells a missing endpoint from other failures', () => {
    expect(isEndpointMissing(new HttpError('', 'status', 'u', 404))).toBe(true)
    expect(isEndpointMissing(new HttpError('', 'status', 'u', 405))).toBe(true)
    expect(isEndpointMissing(new HttpError('', 'invalid-json', 'u', 200))).toBe(true)
    expect(isEndpointMissing(new HttpError('', 'status', 'u', 500))).toBe(false)
    expect(isEndpointMissing(new HttpError('', 'connection', 'u'))).toBe(false)
    expect(isEndpointMissing(new Error('404'))).toBe(false)
  })
})
