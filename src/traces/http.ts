/**
 * A small JSON-over-HTTP client for trace backends: retries with backoff, timeouts,
 * decompression, and error messages that say what went wrong without leaking secrets.
 */
import { STATUS_CODES } from 'node:http'
import { promisify } from 'node:util'
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib'
import { getGlobalDispatcher, interceptors, request, type Dispatcher } from 'undici'
import { backoffDelayMs, parseRetryAfter } from '../http/retry.js'
import { isSensitiveName, redactUrl, scrubSecrets } from '../http/secrets.js'
import { headerValue, looksLikeHtml, truncate, visibleText } from '../http/text.js'
import { readBodyLimited, ResponseTooLargeError } from '../http/body.js'
import { errorCode, messageOf, transportProblem } from '../http/transport.js'
import { parseJsonDocuments } from './json.js'

const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_RETRIES = 3
const MAX_REDIRECTS = 3
const SERVER_MESSAGE_MAX_CHARS = 300
const PAGE_TEXT_MAX_CHARS = 200
const DEFAULT_USER_AGENT = 'toad-eye-eval-action'
/** The largest trace response read (a page of traces, or one trace), after decompression. */
export const MAX_RESPONSE_BYTES = 256 * 1024 * 1024

export type HttpAuth = { bearer: string } | { username: string; password: string }

export interface HttpClientOptions {
  /** The server's root, which may carry a path prefix (`https://host/jaeger/`). */
  baseUrl: string
  /** Extra request headers, e.g. `X-Scope-OrgID` for a multi-tenant Tempo. */
  headers?: Record<string, string>
  auth?: HttpAuth
  /** Per attempt, including reading the body. Default 30 s. */
  timeoutMs?: number
  /** Retries after the first attempt. Default 3. */
  retries?: number
  userAgent?: string
  /** Connection pool to send through; undici's global one by default. */
  dispatcher?: Dispatcher
  sleep?: (ms: number) => Promise<void>
  /** A number in [0, 1) for backoff jitter. */
  random?: () => number
  /** Epoch milliseconds; used to read `Retry-After` dates. */
  nowMs?: () => number
  /** The largest response read, after decompression. Default 256 MiB. */
  maxResponseBytes?: number
}

export type QueryParams = Record<string, string | number | undefined>

export interface JsonResponse {
  status: number
  /** The request URL with credentials and secret query values removed. */
  url: string
  /** The JSON values of the body in order; empty when the body is empty or (on an error status) not JSON. */
  documents: unknown[]
  text: string
}

export interface GetJsonOptions {
  query?: QueryParams
  /** Error statuses that are answers (404 meaning "nothing there"): returned instead of thrown. */
  expectedStatuses?: readonly number[]
  /** Finer test than `expectedStatuses`, for answers told apart by their body. */
  isExpected?: (response: JsonResponse) => boolean
}

export interface HttpClient {
  /** The base URL as it is safe to print. */
  readonly baseUrl: string
  getJson(path: string, options?: GetJsonOptions): Promise<JsonResponse>
}

/** What went wrong: an error status, no connection, no answer in time, or a body that is not JSON. */
export type HttpFailureKind =
  'status' | 'connection' | 'timeout' | 'html' | 'invalid-json' | 'other'

export class HttpError extends Error {
  override readonly name = 'HttpError'

  constructor(
    message: string,
    readonly kind: HttpFailureKind,
    /** Redacted: no credentials, no secret query values. */
    readonly url: string,
    readonly status?: number,
    readonly attempts = 1
  ) {
    super(message)
  }
}

/**
 * True when the error says the endpoint itself is not there: a route 404/405, or an HTML
 * page or non-JSON body where JSON was due (a UI or proxy answering for an unknown path).
 */
export function isEndpointMissing(error: unknown): boolean {
  if (!(error instanceof HttpError)) return false
  if (error.kind === 'html' || error.kind === 'invalid-json') return true
  return error.kind === 'status' && (error.status === 404 || error.status === 405)
}

/**
 * Builds `/a/b/c` from raw segments, percent-encoding each one, so a service name such as
 * `billing/v2` or a `?` in an id stays inside its segment.
 */
export function urlPath(...segments: string[]): string {
  return segments
    .map(segment => {
      if (segment === '' || segment === '.' || segment === '..') {
        throw new Error(`Cannot use "${segment}" as a URL path segment`)
      }
      return `/${encodeURIComponent(segment)}`
    })
    .join('')
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { url: base, userinfoAuth } = parseBaseUrl(options.baseUrl)
  const auth = options.auth ?? userinfoAuth
  const headers = requestHeaders(options, auth)
  const secrets = secretsOf(options.headers, auth)
  const settings: RequestSettings = {
    headers,
    scrub: text => scrubSecrets(text, secrets),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    dispatcher: (options.dispatcher ?? getGlobalDispatcher()).compose(
      interceptors.redirect({ maxRedirections: MAX_REDIRECTS })
    ),
    sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    nowMs: options.nowMs ?? Date.now,
    maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES
  }
  return {
    // Without the slash parseBaseUrl adds for joining paths: this is for people to read.
    baseUrl: redactUrl(base).replace(/\/$/, ''),
    getJson: (path, getOptions = {}) =>
      getJsonWithRetries(buildUrl(base, path, getOptions.query), getOptions, settings)
  }
}

interface RequestSettings {
  headers: Record<string, string>
  scrub: (text: string) => string
  timeoutMs: number
  retries: number
  dispatcher: Dispatcher
  sleep: (ms: number) => Promise<void>
  random: () => number
  nowMs: () => number
  maxResponseBytes: number
}

type AttemptResult =
  | { ok: true; response: JsonResponse }
  | { ok: false; error: HttpError; retryable: boolean; retryAfterMs?: number }

function failed(error: HttpError, retryable: boolean, retryAfterMs?: number): AttemptResult {
  return { ok: false, error, retryable, retryAfterMs }
}

async function getJsonWithRetries(
  url: URL,
  options: GetJsonOptions,
  settings: RequestSettings
): Promise<JsonResponse> {
  const maxAttempts = settings.retries + 1
  for (let attempt = 1; ; attempt++) {
    const result = await attemptGet(url, options, settings, attempt)
    if (result.ok) return result.response
    if (!result.retryable || attempt >= maxAttempts) throw result.error
    await settings.sleep(result.retryAfterMs ?? backoffDelayMs(attempt, settings.random))
  }
}

async function attemptGet(
  url: URL,
  options: GetJsonOptions,
  settings: RequestSettings,
  attempt: number
): Promise<AttemptResult> {
  const shownUrl = redactUrl(url)
  let raw: RawResponse
  try {
    raw = await send(url, settings)
  } catch (error) {
    return transportFailure(error, shownUrl, settings, attempt)
  }
  let text: string
  try {
    text = await decodeBody(raw.body, raw.headers['content-encoding'], settings.maxResponseBytes)
  } catch (error) {
    const message = `GET ${shownUrl} returned a body that could not be decompressed: ${messageOf(error)}`
    return failed(new HttpError(message, 'other', shownUrl, raw.status, attempt), false)
  }
  return interpretResponse({ ...raw, text, url: shownUrl }, options, settings, attempt)
}

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

class AttemptTimeout extends Error {}

async function send(url: URL, settings: RequestSettings): Promise<RawResponse> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new AttemptTimeout()), settings.timeoutMs)
  try {
    const response = await request(url, {
      method: 'GET',
      headers: settings.headers,
      dispatcher: settings.dispatcher,
      signal: controller.signal
    })
    const body = await readBodyLimited(response.body, settings.maxResponseBytes)
    return { status: response.statusCode, headers: response.headers, body }
  } catch (error) {
    // undici rejects with the abort reason, or with its own AbortError wrapping it.
    throw controller.signal.aborted ? new AttemptTimeout() : error
  } finally {
    clearTimeout(timer)
  }
}

function interpretResponse(
  response: RawResponse & { text: string; url: string },
  options: GetJsonOptions,
  settings: RequestSettings,
  attempt: number
): AttemptResult {
  const { status, text, url } = response
  const contentType = headerValue(response.headers['content-type'])
  if (status >= 200 && status < 300) {
    return successfulResponse(status, url, text, contentType, settings, attempt)
  }
  const answer: JsonResponse = { status, url, text, documents: lenientJson(text, contentType) }
  const expected = options.expectedStatuses?.includes(status) || options.isExpected?.(answer)
  if (expected) return { ok: true, response: answer }

  const retryable = isRetryableStatus(status)
  const detail = serverMessage(text, contentType)
  const retried = attempt > 1 ? ` (gave up after ${attempts(attempt)})` : ''
  const message = `GET ${url} failed: HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd()
  const error = new HttpError(
    settings.scrub(`${message}${detail ? `: ${detail}` : ''}${retried}`),
    'status',
    url,
    status,
    attempt
  )
  const retryAfter = headerValue(response.headers['retry-after'])
  return failed(
    error,
    retryable,
    retryable ? parseRetryAfter(retryAfter, settings.nowMs()) : undefined
  )
}

function successfulResponse(
  status: number,
  url: string,
  text: string,
  contentType: string,
  settings: RequestSettings,
  attempt: number
): AttemptResult {
  if (looksLikeHtml(text, contentType)) {
    const page = visibleText(text, PAGE_TEXT_MAX_CHARS)
    const message =
      `GET ${url} returned an HTML page (HTTP ${status}) instead of JSON; is the URL the API ` +
      `server and not a UI, proxy or login page? Page text: "${page}"`
    return failed(new HttpError(settings.scrub(message), 'html', url, status, attempt), false)
  }
  try {
    const documents = text.trim() === '' ? [] : parseJsonDocuments(text)
    return { ok: true, response: { status, url, text, documents } }
  } catch (error) {
    const excerpt = truncate(text.trim(), PAGE_TEXT_MAX_CHARS)
    const message = `GET ${url} returned a body that is not JSON (HTTP ${status}): ${messageOf(error)}. Body starts: "${excerpt}"`
    return failed(
      new HttpError(settings.scrub(message), 'invalid-json', url, status, attempt),
      false
    )
  }
}

/** 429, 408 and 5xx are worth another try; 501/505 say the server will never do it. */
function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true
  return status >= 500 && status !== 501 && status !== 505
}

function transportFailure(
  error: unknown,
  url: string,
  settings: RequestSettings,
  attempt: number
): AttemptResult {
  const tries = attempts(attempt)
  if (error instanceof ResponseTooLargeError) {
    const message = `GET ${url} stopped reading: ${error.message}; narrow the search (limit, lookback, service).`
    return failed(new HttpError(message, 'other', url, undefined, attempt), false)
  }
  if (error instanceof AttemptTimeout) {
    const message = `GET ${url} timed out after ${formatSeconds(settings.timeoutMs)} (${tries}); is the server overloaded? Narrow the query or raise the timeout.`
    return failed(new HttpError(message, 'timeout', url, undefined, attempt), true)
  }
  const code = errorCode(error)
  const problem = transportProblem(code)
  if (problem === 'connect' || problem === 'dropped') {
    const what = problem === 'connect' ? 'could not connect' : 'lost the connection'
    const message = `GET ${url} ${what} (${code}) after ${tries}: is the URL right and the server up?`
    return failed(new HttpError(message, 'connection', url, undefined, attempt), true)
  }
  if (problem === 'dns') {
    const message = `GET ${url} could not resolve the host name (ENOTFOUND): is the URL right?`
    return failed(new HttpError(message, 'connection', url, undefined, attempt), false)
  }
  const message = settings.scrub(
    `GET ${url} failed: ${messageOf(error)}${code ? ` (${code})` : ''}`
  )
  return failed(new HttpError(message, 'other', url, undefined, attempt), false)
}

// A small compressed body can inflate to gigabytes: the inflated size has the same cap.
type Decompress = (input: Buffer, limit: { maxOutputLength: number }) => Promise<Buffer>
const decompressors: Record<string, Decompress> = {
  gzip: (input, limit) => promisify(gunzip)(input, limit),
  'x-gzip': (input, limit) => promisify(gunzip)(input, limit),
  br: (input, limit) => promisify(brotliDecompress)(input, limit),
  // "deflate" should be zlib-wrapped, but some servers send raw deflate.
  deflate: (input, limit) =>
    promisify(inflate)(input, limit).catch(() => promisify(inflateRaw)(input, limit))
}

async function decodeBody(
  body: Buffer,
  contentEncoding: string | string[] | undefined,
  maxOutputLength: number
): Promise<string> {
  // Codings are listed in the order they were applied, so undo them from the last.
  const codings = headerValue(contentEncoding)
    .split(',')
    .map(coding => coding.trim().toLowerCase())
    .filter(coding => coding !== '' && coding !== 'identity')
    .reverse()
  let bytes = body
  for (const coding of codings) {
    const decompress = decompressors[coding]
    if (!decompress) throw new Error(`unsupported Content-Encoding "${coding}"`)
    bytes = await decompress(bytes, { maxOutputLength })
  }
  return new TextDecoder('utf-8').decode(bytes)
}

function lenientJson(text: string, contentType: string): unknown[] {
  if (text.trim() === '' || looksLikeHtml(text, contentType)) return []
  try {
    return parseJsonDocuments(text)
  } catch {
    return []
  }
}

/**
 * The server's own words from an error body: Jaeger v1 `{errors:[{msg}]}`, api_v3 and
 * grpc-gateway `{error:{message}}`, `{message}`, an HTML page's text, or plain text (Tempo).
 */
export function serverMessage(text: string, contentType = ''): string {
  if (looksLikeHtml(text, contentType)) return visibleText(text, SERVER_MESSAGE_MAX_CHARS)
  const fromJson = lenientJson(text, contentType)
    .map(messageFromJson)
    .find(message => message)
  return truncate((fromJson ?? text).replace(/\s+/g, ' ').trim(), SERVER_MESSAGE_MAX_CHARS)
}

function messageFromJson(document: unknown): string | undefined {
  if (!isRecord(document)) return undefined
  const { errors, error, message } = document
  if (Array.isArray(errors)) {
    const messages = errors.map(item =>
      isRecord(item) && typeof item.msg === 'string' ? item.msg : undefined
    )
    const joined = messages.filter(text => text).join('; ')
    if (joined) return joined
  }
  if (isRecord(error) && typeof error.message === 'string') return error.message
  if (typeof error === 'string') return error
  if (typeof message === 'string') return message
  return undefined
}

function parseBaseUrl(input: string): { url: URL; userinfoAuth?: HttpAuth } {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    throw new Error(
      `Invalid server URL "${stripUserinfo(input)}": expected e.g. http://jaeger:16686`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Invalid server URL "${redactUrl(url)}": only http and https are supported`)
  }
  // Credentials in the URL become basic auth and never reach a printed URL.
  const userinfoAuth =
    url.username || url.password
      ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : undefined
  url.username = ''
  url.password = ''
  url.hash = ''
  return { url, userinfoAuth }
}

function stripUserinfo(text: string): string {
  return text.replace(/\/\/[^/@]*@/, '//')
}

function buildUrl(base: URL, path: string, query: QueryParams = {}): URL {
  const url = new URL(base.href)
  url.pathname = base.pathname.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`)
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.append(name, String(value))
  }
  return url
}

function requestHeaders(
  options: HttpClientOptions,
  auth: HttpAuth | undefined
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT
  }
  for (const [name, value] of Object.entries(options.headers ?? {}))
    headers[name.toLowerCase()] = value
  if (auth) headers.authorization = authorizationHeader(auth)
  return headers
}

function authorizationHeader(auth: HttpAuth): string {
  if ('bearer' in auth) return `Bearer ${auth.bearer}`
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
}

function secretsOf(
  headers: Record<string, string> | undefined,
  auth: HttpAuth | undefined
): string[] {
  const secrets = Object.entries(headers ?? {})
    .filter(([name]) => isSensitiveName(name))
    .map(([, value]) => value)
  if (auth) {
    secrets.push(authorizationHeader(auth).replace(/^\w+ /, ''))
    secrets.push('bearer' in auth ? auth.bearer : auth.password)
  }
  return secrets
}

function attempts(count: number): string {
  return count === 1 ? '1 attempt' : `${count} attempts`
}

function formatSeconds(ms: number): string {
  return `${ms / 1000}s`
}

// Narrowing helpers for the JSON bodies the sources read.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The strings of a JSON array; anything else (null, absent, other types) gives none. */
export function stringsIn(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

/** Distinct, non-empty, sorted: stable lists of services and operations. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter(value => value !== '').sort()
}
