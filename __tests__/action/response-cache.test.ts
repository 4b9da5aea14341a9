import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
  type CacheService,
  type ResponseCacheOptions
} from '../../src/action/response-cache.js'

/** A cache service in memory: entries by key, restored by exact key, then by newest prefix. */
class FakeCacheService implements CacheService {
  readonly restores: Array<{ paths: string[]; primaryKey: string; restoreKeys: string[] }> = []
  readonly saves: Array<{ paths: string[]; key: string }> = []
  available = true
  /** Keys saved by earlier runs, oldest first, and the answers each holds. */
  entries: Array<{ key: string; answers: string[] }> = []
  restoreError?: Error
  saveError?: Error
  /** What `save` resolves to when it does not throw; -1 is how @actions/cache says "refused". */
  saveResult = 42

  isAvailable(): boolean {
    return this.available
  }

  async restore(paths: string[], primaryKey: string, restoreKeys: string[]) {
    this.restores.push({ paths, primaryKey, restoreKeys })
    if (this.restoreError) throw this.restoreError
    const match =
      this.entries.find(entry => entry.key === primaryKey) ??
      [...this.entries]
        .reverse()
        .find(entry => restoreKeys.some(prefix => entry.key.startsWith(prefix)))
    if (!match) return undefined
    for (const answer of match.answers) await writeAnswer(paths[0]!, answer)
    return match.key
  }

  async save(paths: string[], key: string) {
    this.saves.push({ paths, key })
    if (this.saveError) throw this.saveError
    return this.saveResult
  }
}

class Log {
  readonly infos: string[] = []
  readonly warnings: string[] = []
  info = (message: string) => void this.infos.push(message)
  warning = (message: string) => void this.warnings.push(message)
}

/** Writes one entry the way src/eval/cache.ts lays them out: `<dir>/<2 hex>/<key>.json`. */
async function writeAnswer(dir: string, key: string): Promise<void> {
  await mkdir(join(dir, key.slice(0, 2)), { recursive: true })
  await writeFile(join(dir, key.slice(0, 2), `${key}.json`), '{"format":1}')
}

const PREFIX = 'toad-eval-responses-v1-linux-all-'
let root: string
let dir: string
let service: FakeCacheService
let log: Log
let options: ResponseCacheOptions

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'toad-eval-response-cache-'))
  dir = join(root, '.toad-eval-cache')
  service = new FakeCacheService()
  log = new Log()
  options = { dir, keyPrefix: PREFIX, runKey: '9001-1', log }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('restoreResponseCache', () => {
  it('restores the newest entry by prefix, asking for a primary key no run saved', async () => {
    service.entries = [
      { key: `${PREFIX}8999-1`, answers: ['aa01'] },
      { key: `${PREFIX}9000-2`, answers: ['aa01', 'bb02', 'cc03'] },
      { key: 'toad-eval-responses-v1-linux-shard-1-of-2-9000-1', answers: ['dd04'] }
    ]

    const restored = await restoreResponseCache(service, options)

    expect(service.restores).toEqual([
      { paths: [dir], primaryKey: `${PREFIX}9001-1`, restoreKeys: [PREFIX] }
    ])
    expect(restored).toEqual({ restoredKey: `${PREFIX}9000-2`, available: true, entries: 3 })
    expect(log.infos).toEqual([
      `Restored the response cache ${PREFIX}9000-2: 3 cached model answers.`
    ])
    expect(log.warnings).toEqual([])
  })

  it('reports a miss as information, not a warning', async () => {
    const restored = await restoreResponseCache(service, options)

    expect(restored).toEqual({ available: true, entries: 0 })
    expect(log.infos).toEqual([`No response cache saved under ${PREFIX}* yet.`])
    expect(log.warnings).toEqual([])
  })

  it('warns and goes on without asking when the cache service is not available', async () => {
    service.available = false

    const restored = await restoreResponseCache(service, options)

    expect(restored).toEqual({ available: false, entries: 0 })
    expect(service.restores).toEqual([])
    expect(log.warnings).toEqual([
      'The Actions cache service is not available (off GitHub, or GitHub Enterprise Server ' +
        'without it): answers cached by earlier runs are not restored; the eval asks the model.'
    ])
  })

  it('treats an isAvailable that throws as unavailable', async () => {
    service.isAvailable = () => {
      throw new Error('ACTIONS_RUNTIME_TOKEN is not set')
    }

    await expect(restoreResponseCache(service, options)).resolves.toEqual({
      available: false,
      entries: 0
    })
    expect(log.warnings).toHaveLength(1)
  })

  it('warns and keeps the answers already in the directory when the restore throws', async () => {
    await writeAnswer(dir, 'ee05')
    service.restoreError = new Error(
      'getaddrinfo ENOTFOUND results-receiver.actions.githubusercontent.com'
    )

    const restored = await restoreResponseCache(service, options)

    expect(restored).toEqual({ available: true, entries: 1 })
    expect(log.warnings).toEqual([
      'Could not restore the response cache (getaddrinfo ENOTFOUND ' +
        'results-receiver.actions.githubusercontent.com): answers cached by earlier runs are ' +
        'not used; the eval asks the model.'
    ])
  })
})

describe('saveResponseCache', () => {
  it('saves the directory under prefix + run key when the run added answers', async () => {
    service.entries = [{ key: `${PREFIX}9000-1`, answers: ['aa01'] }]
    const restored = await restoreResponseCache(service, options)
    await writeAnswer(dir, 'bb02')
    await writeAnswer(dir, 'bb03')

    const saved = await saveResponseCache(service, { ...options, restored })

    expect(saved).toEqual({ savedKey: `${PREFIX}9001-1` })
    expect(service.saves).toEqual([{ paths: [dir], key: `${PREFIX}9001-1` }])
    expect(log.infos.at(-1)).toBe(`Saved 3 model answers to the response cache as ${PREFIX}9001-1.`)
    expect(log.warnings).toEqual([])
  })

  it('saves without a restore result whenever the directory has answers', async () => {
    await writeAnswer(dir, 'aa01')

    await expect(saveResponseCache(service, options)).resolves.toEqual({
      savedKey: `${PREFIX}9001-1`
    })
  })

  it('saves nothing when no answer was added since the restore', async () => {
    service.entries = [{ key: `${PREFIX}9000-1`, answers: ['aa01', 'bb02'] }]
    const restored = await restoreResponseCache(service, options)

    const saved = await saveResponseCache(service, { ...options, restored })

    expect(saved).toEqual({})
    expect(service.saves).toEqual([])
    expect(log.infos.at(-1)).toBe(
      `No new model answers: the response cache ${PREFIX}9000-1 is current.`
    )
  })

  it('saves nothing when the directory is missing or empty', async () => {
    await expect(saveResponseCache(service, options)).resolves.toEqual({})
    await mkdir(dir)
    await expect(saveResponseCache(service, options)).resolves.toEqual({})
    expect(service.saves).toEqual([])
    expect(log.infos).toEqual(['No model answers to cache.', 'No model answers to cache.'])
  })

  it('warns when the service refuses without throwing (save resolves to -1)', async () => {
    await writeAnswer(dir, 'aa01')
    service.saveResult = -1

    await expect(saveResponseCache(service, options)).resolves.toEqual({})
    expect(log.warnings).toEqual([
      `The cache service did not save the response cache as ${PREFIX}9001-1 ` +
        `(the key may exist already, or this run's token may only read the cache).`
    ])
  })

  it('warns and resolves when the save throws (another job reserved the key)', async () => {
    await writeAnswer(dir, 'aa01')
    service.saveError = Object.assign(
      new Error(
        `Unable to reserve cache with key ${PREFIX}9001-1, another job may be creating this cache.`
      ),
      { name: 'ReserveCacheError' }
    )

    await expect(saveResponseCache(service, options)).resolves.toEqual({})
    expect(log.warnings).toEqual([
      `Could not save the response cache as ${PREFIX}9001-1 (Unable to reserve cache with key ` +
        `${PREFIX}9001-1, another job may be creating this cache.).`
    ])
  })

  it('warns once in all when the service is unavailable: the restore already said so', async () => {
    service.available = false
    const restored = await restoreResponseCache(service, options)
    await writeAnswer(dir, 'aa01')

    await expect(saveResponseCache(service, { ...options, restored })).resolves.toEqual({})
    expect(service.saves).toEqual([])
    expect(log.warnings).toHaveLength(1)
    expect(log.infos).toEqual([
      'The Actions cache service is not available: model answers are not saved.'
    ])
  })

  it('warns about an unavailable service when it was not restored first', async () => {
    service.available = false
    await writeAnswer(dir, 'aa01')

    await saveResponseCache(service, options)

    expect(log.warnings).toEqual([
      'The Actions cache service is not available: model answers are not saved.'
    ])
  })
})

describe('responseCacheKeys', () => {
  it('puts the OS and the slice in the prefix and the run attempt in the run key', () => {
    expect(responseCacheKeys({ os: 'Linux', runId: '123456789', runAttempt: '2' })).toEqual({
      keyPrefix: 'toad-eval-responses-v1-linux-all-',
      runKey: '123456789-2'
    })
    expect(
      responseCacheKeys({
        os: 'macOS',
        runId: '123456789',
        runAttempt: '1',
        shard: { index: 2, total: 4 }
      })
    ).toEqual({ keyPrefix: 'toad-eval-responses-v1-macos-shard-2-of-4-', runKey: '123456789-1' })
  })
})
