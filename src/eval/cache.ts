/**
 * Answers kept on disk, keyed by everything that determines them, so re-running an
 * unchanged prompt asks no model. Layout: `<dir>/<first 2 hex of key>/<key>.json`, written
 * to a temporary file and renamed into place so a reader never sees half an entry. An entry
 * that cannot be read or parsed is a miss, never an error.
 */
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  asCount,
  asText,
  compact,
  field,
  isRecord,
  recordField,
  recordsIn
} from '../extract/values.js'
import type {
  ChatMessage,
  ChatResponse,
  ProviderKind,
  RequestParams,
  ToolCall,
  ToolDefinition
} from './model.js'

/** Bumped when the entry format or the key's meaning changes, which invalidates old entries. */
const CACHE_FORMAT = 1

/** Everything that determines a model's answer. */
export interface CacheKeyParts {
  provider: ProviderKind
  /** Printable (no credentials). */
  baseUrl: string
  model: string
  params: RequestParams
  messages: ChatMessage[]
  tools?: ToolDefinition[]
  /** 0-based among a case's repeats: each sample is its own answer. */
  sample: number
}

export interface CacheStats {
  hits: number
  misses: number
  /** Entries that could not be stored; the first reason, for a warning. */
  writeFailures: number
  firstWriteError?: string
}

export interface ResponseCache {
  get(key: string): Promise<ChatResponse | undefined>
  /** Never rejects: a cache that cannot be written must not fail the eval. */
  set(key: string, response: ChatResponse): Promise<void>
  stats(): CacheStats
}

/** sha256 of the canonical JSON (sorted keys, no `undefined`) of the parts. */
export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(canonicalJson({ format: CACHE_FORMAT, ...parts }))
    .digest('hex')
}

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    isRecord(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map(key => [key, item[key]])
        )
      : item
  )
}

export function createResponseCache(dir: string): ResponseCache {
  const stats: CacheStats = { hits: 0, misses: 0, writeFailures: 0 }
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)

  return {
    async get(key) {
      const response = await readEntry(pathOf(key), key)
      if (response) stats.hits++
      else stats.misses++
      return response
    },
    async set(key, response) {
      const path = pathOf(key)
      const temporary = `${path}.${randomUUID()}.tmp`
      try {
        await mkdir(join(dir, key.slice(0, 2)), { recursive: true })
        await writeFile(temporary, JSON.stringify({ format: CACHE_FORMAT, key, response }))
        await rename(temporary, path)
      } catch (error) {
        stats.writeFailures++
        stats.firstWriteError ??= `could not write ${path}: ${String(error)}`
        await rm(temporary, { force: true }).catch(() => undefined)
      }
    },
    stats: () => ({ ...stats })
  }
}

/** For `--no-cache`: nothing is read or written, and nothing counted. */
export function disabledCache(): ResponseCache {
  return {
    get: async () => undefined,
    set: async () => undefined,
    stats: () => ({ hits: 0, misses: 0, writeFailures: 0 })
  }
}

async function readEntry(path: string, key: string): Promise<ChatResponse | undefined> {
  let entry: unknown
  try {
    entry = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return undefined
  }
  if (!isRecord(entry) || field(entry, 'format') !== CACHE_FORMAT || field(entry, 'key') !== key) {
    return undefined
  }
  return parseStoredResponse(field(entry, 'response'))
}

/** A stored response, checked field by field: a hand-edited or truncated entry is a miss. */
function parseStoredResponse(value: unknown): ChatResponse | undefined {
  if (!isRecord(value)) return undefined
  const text = field(value, 'text')
  const toolCalls = field(value, 'toolCalls')
  const usage = recordField(value, 'usage')
  if (typeof text !== 'string' || !Array.isArray(toolCalls) || !usage) return undefined
  const calls = recordsIn(toolCalls).flatMap((call): ToolCall[] => {
    const name = asText(field(call, 'name'))
    return name
      ? [compact({ id: asText(field(call, 'id')), name, arguments: field(call, 'arguments') })]
      : []
  })
  if (calls.length !== toolCalls.length) return undefined
  return compact({
    text,
    toolCalls: calls,
    usage: compact({
      input: asCount(field(usage, 'input')),
      output: asCount(field(usage, 'output'))
    }),
    finishReason: asText(field(value, 'finishReason')),
    model: asText(field(value, 'model'))
  })
}
