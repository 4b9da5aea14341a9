/**
 * Keeps the eval response cache (`.toad-eval-cache`) between workflow runs with the Actions
 * cache, so an unchanged base prompt asks no model on the next push.
 *
 * A cache entry is immutable: a key once saved can never be updated. So each run restores the
 * newest entry whose key starts with the prefix (the primary key, prefix + this run's id, never
 * exists yet) and saves what it has under its own new key afterwards. The cache is an
 * optimisation only: when the service is missing (off GitHub, GitHub Enterprise Server without
 * it) or refuses (another job reserved the key, a read-only token, the network), a warning is
 * logged and the eval runs with whatever the directory holds.
 */
import * as cache from '@actions/cache'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** The part of `@actions/cache` this module uses; tests pass a fake. */
export interface CacheService {
  isAvailable(): boolean
  /** Resolves to the key restored, or undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  /** Resolves to the cache id; -1 when the service refused without throwing. */
  save(paths: string[], key: string): Promise<number>
}

export function actionsCacheService(): CacheService {
  return {
    isAvailable: () => cache.isFeatureAvailable(),
    restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
    save: (paths, key) => cache.saveCache(paths, key)
  }
}

export interface ResponseCacheLog {
  info(message: string): void
  warning(message: string): void
}

export interface ResponseCacheOptions {
  /** The response cache directory the eval reads and writes. */
  dir: string
  /** Shared by every run's key, such as `toad-eval-responses-v1-linux-all-`; restore matches on it. */
  keyPrefix: string
  /** Unique per run attempt, such as `123456789-1`; appended to the prefix. */
  runKey: string
  log: ResponseCacheLog
}

export interface RestoredResponseCache {
  /** The key of the entry restored; absent on a miss, or when the cache could not be used. */
  restoredKey?: string
  /** False when the service is missing: the save then says nothing more than the restore did. */
  available: boolean
  /** Answers in the directory after the restore; the save skips when no answer was added. */
  entries: number
}

/** Restores the newest entry saved under the prefix into `dir`. Never rejects. */
export async function restoreResponseCache(
  service: CacheService,
  options: ResponseCacheOptions
): Promise<RestoredResponseCache> {
  const { dir, keyPrefix, log } = options
  if (!isAvailable(service)) {
    log.warning(
      `The Actions cache service is not available (off GitHub, or GitHub Enterprise Server ` +
        `without it): answers cached by earlier runs are not restored; the eval asks the model.`
    )
    return { available: false, entries: await countEntries(dir) }
  }
  let restoredKey: string | undefined
  try {
    restoredKey = await service.restore([dir], primaryKey(options), [keyPrefix])
  } catch (error) {
    log.warning(
      `Could not restore the response cache (${errorText(error)}): answers cached by earlier ` +
        `runs are not used; the eval asks the model.`
    )
    return { available: true, entries: await countEntries(dir) }
  }
  const entries = await countEntries(dir)
  if (restoredKey === undefined) {
    log.info(`No response cache saved under ${keyPrefix}* yet.`)
    return { available: true, entries }
  }
  log.info(`Restored the response cache ${restoredKey}: ${entries} cached model answers.`)
  return { restoredKey, available: true, entries }
}

export interface SaveResponseCacheOptions extends ResponseCacheOptions {
  /** What the restore returned; without it the directory is saved whenever it has answers. */
  restored?: RestoredResponseCache
}

/**
 * Saves `dir` under prefix + run key, unless it holds no answers or none were added since the
 * restore (an identical entry would only use up the repository's cache space). Never rejects.
 */
export async function saveResponseCache(
  service: CacheService,
  options: SaveResponseCacheOptions
): Promise<{ savedKey?: string }> {
  const { dir, log, restored } = options
  const entries = await countEntries(dir)
  if (entries === 0) {
    log.info('No model answers to cache.')
    return {}
  }
  if (restored && entries === restored.entries) {
    log.info(
      restored.restoredKey
        ? `No new model answers: the response cache ${restored.restoredKey} is current.`
        : 'No new model answers to cache.'
    )
    return {}
  }
  if (!isAvailable(service)) {
    const message = 'The Actions cache service is not available: model answers are not saved.'
    if (restored?.available === false) log.info(message)
    else log.warning(message)
    return {}
  }
  const key = primaryKey(options)
  let id: number
  try {
    id = await service.save([dir], key)
  } catch (error) {
    log.warning(`Could not save the response cache as ${key} (${errorText(error)}).`)
    return {}
  }
  if (id === -1) {
    log.warning(
      `The cache service did not save the response cache as ${key} ` +
        `(the key may exist already, or this run's token may only read the cache).`
    )
    return {}
  }
  log.info(`Saved ${entries} model answers to the response cache as ${key}.`)
  return { savedKey: key }
}

/**
 * Keys for the response cache of one run. The prefix names the runner OS (a cache saved on
 * one OS is not restored on another) and the shard, so that shard 2 of 4 restores the answers
 * shard 2 asked for last time rather than another slice's; `all` for an unsharded run, so
 * neither prefix starts the other. The run key is unique per run attempt, because a key once
 * saved can never be written again.
 */
export function responseCacheKeys(run: {
  os: string
  runId: string
  runAttempt: string
  shard?: { index: number; total: number }
}): { keyPrefix: string; runKey: string } {
  const slice = run.shard ? `shard-${run.shard.index}-of-${run.shard.total}` : 'all'
  return {
    keyPrefix: `toad-eval-responses-v1-${run.os.toLowerCase()}-${slice}-`,
    runKey: `${run.runId}-${run.runAttempt}`
  }
}

function primaryKey(options: ResponseCacheOptions): string {
  return `${options.keyPrefix}${options.runKey}`
}

function isAvailable(service: CacheService): boolean {
  try {
    return service.isAvailable()
  } catch {
    return false
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Answers in the cache directory (`<dir>/<2 hex>/<key>.json`); 0 when it does not exist. */
async function countEntries(dir: string): Promise<number> {
  let buckets: string[]
  try {
    buckets = await readdir(dir)
  } catch {
    return 0
  }
  let count = 0
  for (const bucket of buckets) {
    try {
      const files = await readdir(join(dir, bucket))
      count += files.filter(file => file.endsWith('.json')).length
    } catch {
      // not a bucket folder
    }
  }
  return count
}
