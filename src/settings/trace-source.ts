import { TRACE_SOURCE_KINDS, type TraceSourceSettings } from '../traces/index.js'
import type { TraceQuery } from '../traces/source.js'
import { parseDurationText, parseLookback } from '../traces/window.js'
import {
  readChoice,
  readDate,
  readKeyValues,
  readNumber,
  readParsed,
  readString,
  readStrings,
  SettingsError,
  type RawSettings
} from './raw.js'

export const DEFAULT_JAEGER_URL = 'http://localhost:16686'

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/**
 * Where traces come from. Keys: source, url (alias jaeger-url), file, header, timeout, retries.
 * The bearer token comes from the environment only, never from a flag that shows in `ps`.
 */
export function parseTraceSourceSettings(
  raw: RawSettings,
  env: Record<string, string | undefined>
): TraceSourceSettings {
  const files = readStrings(raw, 'file')
  const kind =
    readChoice(raw, 'source', TRACE_SOURCE_KINDS) ?? (files.length > 0 ? 'files' : 'jaeger')
  if (kind === 'files') {
    if (files.length === 0)
      throw new SettingsError(
        `${raw.describe('source')} files needs at least one ${raw.describe('file')}`
      )
    return { kind, files }
  }
  if (files.length > 0) {
    throw new SettingsError(
      `${raw.describe('file')} cannot be combined with ${raw.describe('source')} ${kind}`
    )
  }
  const headers = readKeyValues(raw, 'header', ':')
  for (const name of Object.keys(headers)) {
    if (!HEADER_NAME.test(name))
      throw new SettingsError(`${raw.describe('header')}: "${name}" is not a valid header name`)
  }
  const url =
    readString(raw, 'url') ?? readString(raw, 'jaeger-url') ?? env.JAEGER_URL ?? DEFAULT_JAEGER_URL
  if (!/^https?:\/\//i.test(url)) {
    throw new SettingsError(`${raw.describe('url')} must be an http:// or https:// URL`)
  }
  const timeout = readParsed(raw, 'timeout', parseDurationText)
  const retries = readNumber(raw, 'retries', { min: 0, max: 10, integer: true })
  const token = env.TOAD_EVAL_TRACE_TOKEN
  return {
    kind,
    url,
    headers,
    ...(token ? { bearerToken: token } : {}),
    ...(timeout !== undefined ? { timeoutMs: timeout.value } : {}),
    ...(retries !== undefined ? { retries } : {})
  }
}

/**
 * Which traces to search for. Keys: service, operation, tag, lookback, start, end,
 * min-duration, max-duration, limit, traceql.
 */
export function parseTraceQuery(raw: RawSettings): TraceQuery {
  const query: TraceQuery = {}
  const text = (key: string) => readString(raw, key)
  const service = text('service')
  const operation = text('operation')
  const tags = readKeyValues(raw, 'tag')
  // Kept as text: the source resolves it against its own clock; parsed here to check it.
  const lookback = readParsed(raw, 'lookback', parseLookback)?.text
  const start = readDate(raw, 'start')
  const end = readDate(raw, 'end')
  const minDuration = readParsed(raw, 'min-duration', parseDurationText)?.text
  const maxDuration = readParsed(raw, 'max-duration', parseDurationText)?.text
  const limit = readNumber(raw, 'limit', { min: 1, integer: true })
  const traceql = text('traceql')
  if (service !== undefined) query.service = service
  if (operation !== undefined) query.operation = operation
  if (Object.keys(tags).length > 0) query.tags = tags
  if (lookback !== undefined) query.lookback = lookback
  if (start) query.start = start
  if (end) query.end = end
  if (start && end && start >= end)
    throw new SettingsError(`${raw.describe('start')} must be before ${raw.describe('end')}`)
  if (minDuration !== undefined) query.minDuration = minDuration
  if (maxDuration !== undefined) query.maxDuration = maxDuration
  if (limit !== undefined) query.limit = limit
  if (traceql !== undefined) query.traceql = traceql
  return query
}
