/**
 * One JSON POST to a model API, and every way it can fail turned into a `ProviderError` whose
 * failure kind tells the scheduler whether to retry. Messages quote the provider's own words
 * and never contain a credential.
 */
import { STATUS_CODES } from 'node:http'
import { request, type Dispatcher } from 'undici'
import { field, isRecord, recordField, type JsonRecord } from '../../extract/values.js'
import { parseRetryAfter } from '../../http/retry.js'
import { isSensitiveName, redactUrl, scrubSecrets } from '../../http/secrets.js'
import { headerValue, looksLikeHtml, truncate, visibleText } from '../../http/text.js'
import { readBodyLimited, ResponseTooLargeError } from '../../http/body.js'
import { errorCode, messageOf, transportProblem } from '../../http/transport.js'
import { ProviderError, type ProviderFailure } from '../model.js'

/** Generous: a long answer from a reasoning model can take minutes. */
const DEFAULT_TIMEOUT_MS = 120_000
const RETRY_AFTER_MAX_MS = 60_000
/** A chat answer is kilobytes; anything near this is a broken or hostile endpoint. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024
const DETAIL_MAX_CHARS = 300

/** How to reach a provider; the same for every API kind. */
export interface ConnectionOptions {
  /** The API root; each provider has its own default. */
  baseUrl?: string
  apiKey?: string
  /** Extra request headers (`OpenAI-Organization`, `anthropic-beta`, OpenRouter's `HTTP-Referer`). */
  headers?: Record<string, string>
  /** Per request, including reading the answer. Default 120 s. */
  timeoutMs?: number
  /** Connection pool to send through; undici's global one by default. */
  dispatcher?: Dispatcher
  /** The environment variable the key came from, named when the provider rejects it. */
  apiKeyVariable?: string
}

/** A provider's fixed facts plus the caller's connection options, ready to send with. */
export interface Endpoint {
  /** Names the API in messages: `OpenAI`, `Anthropic`. */
  apiName: string
  apiKeyVariable: string
  headers: Record<string, string>
  /** Values that must never appear in a message. */
  secrets: string[]
  timeoutMs: number
  dispatcher?: Dispatcher
  nowMs: () => number
}

export function createEndpoint(
  apiName: string,
  options: ConnectionOptions,
  auth: { headers: Record<string, string>; apiKeyVariable: string }
): Endpoint {
  const extraHeaders = options.headers ?? {}
  const sensitiveExtras = Object.entries(extraHeaders)
    .filter(([name]) => isSensitiveName(name))
    .map(([, value]) => value)
  return {
    apiName,
    apiKeyVariable: options.apiKeyVariable ?? auth.apiKeyVariable,
    headers: { 'content-type': 'application/json', ...auth.headers, ...lowerCased(extraHeaders) },
    secrets: [...(options.apiKey ? [options.apiKey] : []), ...sensitiveExtras],
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    nowMs: Date.now
  }
}

/** The base URL as given, checked, without a trailing slash (so paths join with one). */
export function parseBaseUrl(input: string, apiName: string): URL {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    throw new Error(`Invalid ${apiName} base URL "${input}": expected e.g. https://host/v1`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Invalid ${apiName} base URL "${redactUrl(url)}": use http or https`)
  }
  url.pathname = url.pathname.replace(/\/+$/, '')
  url.hash = ''
  return url
}

/** `base` + `path`, keeping the base's path prefix and query (Azure's `api-version`). */
export function joinUrl(base: URL, path: string): URL {
  const url = new URL(base.href)
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`
  return url
}

/** The base URL as it may be printed and hashed into cache keys. */
export function printableBaseUrl(base: URL): string {
  return redactUrl(base).replace(/\/$/, '')
}

class RequestTimedOut extends Error {}

/**
 * POSTs `body` as JSON and returns the parsed answer of a 2xx response. `signal` is the
 * caller's (a cancelled run): its abort rejects with its own reason, not a `ProviderError`.
 */
export async function postJson(
  endpoint: Endpoint,
  url: URL,
  body: unknown,
  signal: AbortSignal
): Promise<unknown> {
  const shownUrl = redactUrl(url)
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(new RequestTimedOut()), endpoint.timeoutMs)
  let status: number
  let headers: Record<string, string | string[] | undefined>
  let text: string
  try {
    const response = await request(url, {
      method: 'POST',
      headers: endpoint.headers,
      body: JSON.stringify(body),
      signal: AbortSignal.any([signal, timeout.signal]),
      ...(endpoint.dispatcher ? { dispatcher: endpoint.dispatcher } : {})
    })
    status = response.statusCode
    headers = response.headers
    text = (await readBodyLimited(response.body, MAX_ANSWER_BYTES)).toString('utf8')
  } catch (error) {
    if (signal.aborted) throw signal.reason
    throw transportError(endpoint, shownUrl, timeout.signal.aborted ? new RequestTimedOut() : error)
  } finally {
    clearTimeout(timer)
  }
  const contentType = headerValue(headers['content-type'])
  if (status < 200 || status >= 300) {
    throw statusError(endpoint, shownUrl, { status, headers, text, contentType })
  }
  return parseAnswer(endpoint, shownUrl, status, text, contentType)
}

// undici's own limits (`headersTimeout`, `bodyTimeout`), which a long `timeoutMs` can reach first.
const UNDICI_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

function transportError(endpoint: Endpoint, url: string, error: unknown): ProviderError {
  const { apiName } = endpoint
  if (error instanceof ResponseTooLargeError) {
    return new ProviderError(
      `${apiName} ${url} stopped reading: ${error.message}`,
      'invalid-response'
    )
  }
  const code = errorCode(error)
  if (error instanceof RequestTimedOut || (code && UNDICI_TIMEOUT_CODES.has(code))) {
    const seconds = endpoint.timeoutMs / 1000
    return new ProviderError(
      `${apiName} ${url} did not answer within ${seconds}s; is the model overloaded? Raise the request timeout for long answers.`,
      'timeout'
    )
  }
  let message: string
  switch (transportProblem(code)) {
    case 'connect':
      message = `Could not connect to ${apiName} at ${url} (${code}): is the base URL right and the server up?`
      break
    case 'dropped':
      message = `${apiName} ${url} dropped the connection (${code})`
      break
    case 'dns':
      message = `Could not resolve the host of ${apiName} ${url} (ENOTFOUND): is the base URL right?`
      break
    default:
      message = `Request to ${apiName} ${url} failed: ${messageOf(error)}${code ? ` (${code})` : ''}`
  }
  return new ProviderError(scrubSecrets(message, endpoint.secrets), 'connection')
}

interface ErrorResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  contentType: string
}

function statusError(endpoint: Endpoint, url: string, response: ErrorResponse): ProviderError {
  const { status, text, contentType } = response
  const body = lenientJson(text)
  const error = isRecord(body) ? recordField(body, 'error') : undefined
  const failure = failureForStatus(status, field(error, 'code'))
  const detail = looksLikeHtml(text, contentType)
    ? visibleText(text, DETAIL_MAX_CHARS)
    : (providerMessage(body) ?? truncate(text.replace(/\s+/g, ' ').trim(), DETAIL_MAX_CHARS))
  const statusText = `HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd()
  let message = `${endpoint.apiName} ${url} answered ${statusText}${detail ? `: ${detail}` : ''}`
  if (failure === 'auth') message += `. Set ${endpoint.apiKeyVariable} to a valid API key.`
  const retryAfterMs =
    failure === 'rate-limit' || failure === 'server'
      ? retryAfterOf(response.headers, endpoint.nowMs())
      : undefined
  return new ProviderError(scrubSecrets(message, endpoint.secrets), failure, {
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs })
  })
}

/**
 * The failure an HTTP status means. Anthropic's 529 (overloaded) is a 5xx like any other.
 * OpenAI's 429 `insufficient_quota` is a billing problem that no retry fixes.
 */
export function failureForStatus(status: number, errorCode?: unknown): ProviderFailure {
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return errorCode === 'insufficient_quota' ? 'client' : 'rate-limit'
  if (status === 408) return 'timeout'
  if (status >= 500) return 'server'
  if (status >= 400) return 'client'
  return 'invalid-response'
}

/**
 * How long the provider asks us to wait: OpenAI and Azure send `retry-after-ms` next to the
 * standard `Retry-After` (seconds or a date). Capped at 60 s so a bad header cannot stall a run.
 */
function retryAfterOf(
  headers: Record<string, string | string[] | undefined>,
  nowMs: number
): number | undefined {
  const milliseconds = Number.parseFloat(headerValue(headers['retry-after-ms']))
  if (Number.isFinite(milliseconds) && milliseconds >= 0) {
    return Math.min(RETRY_AFTER_MAX_MS, Math.round(milliseconds))
  }
  return parseRetryAfter(headerValue(headers['retry-after']), nowMs, RETRY_AFTER_MAX_MS)
}

/**
 * The provider's own explanation: OpenAI `{error:{message,type}}`, Anthropic
 * `{type:'error',error:{type,message}}`, Ollama `{error:'…'}`, vLLM `{message}`.
 */
export function providerMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined
  const error = field(body, 'error')
  if (typeof error === 'string' && error.trim() !== '') return truncate(error, DETAIL_MAX_CHARS)
  const source = isRecord(error) ? error : body
  const message = field(source, 'message')
  if (typeof message !== 'string' || message.trim() === '') return undefined
  const type = field(source, 'type')
  const typed = typeof type === 'string' && type !== 'error' ? `${message} (${type})` : message
  return truncate(typed.replace(/\s+/g, ' ').trim(), DETAIL_MAX_CHARS)
}

function parseAnswer(
  endpoint: Endpoint,
  url: string,
  status: number,
  text: string,
  contentType: string
): unknown {
  if (looksLikeHtml(text, contentType)) {
    throw invalidResponse(
      endpoint,
      url,
      `an HTML page (HTTP ${status}) instead of JSON; is the base URL the API and not a web page or proxy? Page text: "${visibleText(text, DETAIL_MAX_CHARS)}"`
    )
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const excerpt = truncate(text.trim(), DETAIL_MAX_CHARS)
    throw invalidResponse(
      endpoint,
      url,
      `a body that is not JSON (HTTP ${status}): ${messageOf(error)}. Body starts: "${excerpt}"`
    )
  }
}

/** A 2xx answer that cannot be read: what it was instead of what was due. */
export function invalidResponse(endpoint: Endpoint, url: string, what: string): ProviderError {
  return new ProviderError(
    scrubSecrets(`${endpoint.apiName} ${url} answered with ${what}`, endpoint.secrets),
    'invalid-response'
  )
}

/** An error reported inside a 2xx body (OpenRouter does this when the upstream model fails). */
export function errorInBody(endpoint: Endpoint, url: string, error: JsonRecord): ProviderError {
  const code = field(error, 'code')
  const status = typeof code === 'number' && code >= 400 && code < 600 ? code : undefined
  const failure = status === undefined ? 'server' : failureForStatus(status)
  const detail = providerMessage({ error }) ?? 'no message'
  return new ProviderError(
    scrubSecrets(`${endpoint.apiName} ${url} answered with an error: ${detail}`, endpoint.secrets),
    failure,
    status === undefined ? {} : { status }
  )
}

function lenientJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
  )
}
