/**
 * A real HTTP server on 127.0.0.1 for exercising the trace sources end to end: it records
 * every request as received (raw path, decoded query, headers, body) and answers through a handler.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

export interface RecordedRequest {
  method: string
  /** The path exactly as sent, still percent-encoded. */
  rawPath: string
  /** The path decoded segment by segment. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The request body as text; '' for a request without one. */
  body: string
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>

export interface TestServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

export async function startTestServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = []
  const server = createServer(async (incoming, response) => {
    const target = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    const body = await readBody(incoming)
    const recorded: RecordedRequest = {
      method: incoming.method ?? 'GET',
      rawPath: target.pathname,
      path: target.pathname.split('/').map(decodeURIComponent).join('/'),
      query: target.searchParams,
      headers: incoming.headers,
      body
    }
    requests.push(recorded)
    // A failing handler answers 599 at once, so a broken test fails fast instead of timing out.
    new Promise<void>(resolve => resolve(handler(recorded, response))).catch((error: unknown) => {
      response.statusCode = 599
      response.end(`test handler failed: ${String(error)}`)
    })
  })
  await listen(server)
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => close(server) }
}

/** The whole body; what arrived so far when the client gives up mid-upload. */
async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
  } catch {
    // An aborted upload: the request is recorded with the part that arrived.
  }
  return Buffer.concat(chunks).toString('utf8')
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
}

function close(server: Server): Promise<void> {
  // Drop kept-alive and still-pending connections, or close() waits for them.
  server.closeAllConnections()
  return new Promise((resolve, reject) =>
    server.close(error => (error ? reject(error) : resolve()))
  )
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

/** What Go's `http.Error` sends: the text, `text/plain`, and a trailing newline. */
export function sendGoError(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff'
  })
  response.end(`${text}\n`)
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  response.end(text)
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
  response.end(html)
}

export function sendGzip(
  response: ServerResponse,
  status: number,
  text: string,
  contentType: string
): void {
  response.writeHead(status, { 'content-type': contentType, 'content-encoding': 'gzip' })
  response.end(gzipSync(Buffer.from(text)))
}

/** Go's ServeMux answer for a path with no route. */
export function sendRouteNotFound(response: ServerResponse): void {
  sendGoError(response, 404, '404 page not found')
}

/** A sleep that records what it was asked to wait and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = []
  return {
    waits,
    sleep: async ms => {
      waits.push(ms)
    }
  }
}
