import { afterEach, describe, expect, it } from '@jest/globals'
import { ProviderError, type ChatRequest } from '../../src/eval/model.js'
import { createProvider } from '../../src/eval/providers/index.js'
import { createScheduler, type SchedulerOptions } from '../../src/eval/scheduler.js'
import { startFakeOpenAI, type FakeLlm } from '../helpers/fake-llm.js'
import { recordingSleep } from '../helpers/http-server.js'

interface Attempt {
  settled: boolean
  resolve(value: string): void
  reject(error: unknown): void
}

/** A task whose every attempt waits until the test settles it. */
function controlledTask() {
  const attempts: Attempt[] = []
  const task = () =>
    new Promise<string>((resolve, reject) => {
      const attempt: Attempt = {
        settled: false,
        resolve: value => {
          attempt.settled = true
          resolve(value)
        },
        reject: error => {
          attempt.settled = true
          reject(error)
        }
      }
      attempts.push(attempt)
    })
  const running = () => attempts.filter(attempt => !attempt.settled)
  return { task, attempts, running }
}

/** Lets every pending promise callback run (sleeps are instant here). */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round++) await new Promise(resolve => setImmediate(resolve))
}

function schedulerFor(options: Partial<SchedulerOptions> & Pick<SchedulerOptions, 'concurrency'>) {
  const timing = recordingSleep()
  const scheduler = createScheduler({ sleep: timing.sleep, random: () => 0.5, ...options })
  return { scheduler, waits: timing.waits }
}

const rateLimited = (retryAfterMs?: number) =>
  new ProviderError('slow down', 'rate-limit', {
    status: 429,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs })
  })
const serverError = () => new ProviderError('boom', 'server', { status: 500 })

describe('createScheduler: concurrency', () => {
  it('runs at most `concurrency` tasks at once, starting the next as one finishes', async () => {
    const { scheduler } = schedulerFor({ concurrency: 3 })
    const { task, attempts } = controlledTask()

    const results = Array.from({ length: 7 }, () => scheduler.run(task))
    await settle()
    expect(attempts).toHaveLength(3)
    expect(scheduler.stats()).toMatchObject({ inFlight: 3, queued: 4 })

    attempts[0]?.resolve('first')
    await settle()
    expect(attempts).toHaveLength(4)

    for (const [index, attempt] of attempts.entries())
      if (index > 0) attempt.resolve(`task ${index}`)
    await settle()
    for (const [index, attempt] of attempts.entries())
      if (index >= 4) attempt.resolve(`task ${index}`)

    expect(await Promise.all(results)).toEqual([
      'first',
      'task 1',
      'task 2',
      'task 3',
      'task 4',
      'task 5',
      'task 6'
    ])
    expect(scheduler.stats()).toMatchObject({
      inFlight: 0,
      queued: 0,
      peakInFlight: 3,
      attempts: 7,
      retries: 0
    })
  })

  it('refuses a concurrency that is not a positive whole number', () => {
    expect(() => createScheduler({ concurrency: 0 })).toThrow(
      'concurrency must be a whole number of at least 1, got 0'
    )
  })
})

describe('createScheduler: retries', () => {
  it('retries server errors with exponential backoff and full jitter', async () => {
    const { scheduler, waits } = schedulerFor({ concurrency: 1 })
    let calls = 0
    const result = await scheduler.run(async () => {
      calls++
      if (calls < 4) throw serverError()
      return 'ok'
    })
    expect(result).toBe('ok')
    // random() = 0.5 of the ceilings 2 s, 4 s, 8 s.
    expect(waits).toEqual([1000, 2000, 4000])
    expect(scheduler.stats()).toMatchObject({ attempts: 4, retries: 3 })
  })

  it('waits what Retry-After asks, capped at 60 s', async () => {
    const { scheduler, waits } = schedulerFor({ concurrency: 1 })
    const failures = [rateLimited(7000), rateLimited(90_000)]
    const result = await scheduler.run(async () => {
      const failure = failures.shift()
      if (failure) throw failure
      return 'ok'
    })
    expect(result).toBe('ok')
    expect(waits).toEqual([7000, 60_000])
  })

  it('gives up after `retries` retries and throws the last failure', async () => {
    const { scheduler, waits } = schedulerFor({ concurrency: 2, retries: 2 })
    let calls = 0
    const last = new ProviderError('third', 'timeout')
    const outcome = scheduler.run(async () => {
      calls++
      throw calls === 3 ? last : new ProviderError('again', 'connection')
    })
    await expect(outcome).rejects.toBe(last)
    expect(calls).toBe(3)
    expect(waits).toEqual([1000, 2000])
    expect(scheduler.stats()).toMatchObject({ inFlight: 0, attempts: 3, retries: 2 })
  })

  it('does not retry what another try cannot fix', async () => {
    const { scheduler, waits } = schedulerFor({ concurrency: 2 })
    const auth = new ProviderError('bad key', 'auth', { status: 401 })
    const bug = new TypeError('not a provider failure')
    let calls = 0
    await expect(
      scheduler.run(async () => {
        calls++
        throw auth
      })
    ).rejects.toBe(auth)
    await expect(
      scheduler.run(async () => {
        calls++
        throw bug
      })
    ).rejects.toBe(bug)
    expect(calls).toBe(2)
    expect(waits).toEqual([])
  })

  it('rejects queued tasks with the reason when the run is cancelled', async () => {
    const controller = new AbortController()
    const { scheduler } = schedulerFor({ concurrency: 1, signal: controller.signal })
    const { task, attempts } = controlledTask()
    const running = scheduler.run(task)
    const queued = scheduler.run(task)
    await settle()

    const reason = new Error('cancelled')
    controller.abort(reason)
    await expect(queued).rejects.toBe(reason)
    attempts[0]?.resolve('done anyway')
    await expect(running).resolves.toBe('done anyway')
    expect(attempts).toHaveLength(1)
  })
})

describe('createScheduler: adaptive concurrency', () => {
  it('halves the limit once per burst of rate limits and recovers one step per N successes', async () => {
    const { scheduler } = schedulerFor({ concurrency: 8, recoverAfter: 2 })
    const { task, running } = controlledTask()
    const results = Array.from({ length: 12 }, () => scheduler.run(task))
    await settle()
    expect(running()).toHaveLength(8)

    // Eight requests that started together all hit the limit: one halving, 8 → 4.
    for (const attempt of running()) attempt.reject(rateLimited(0))
    await settle()
    expect(scheduler.stats()).toMatchObject({ limit: 4, lowestLimit: 4, inFlight: 4, queued: 8 })

    // A rate limit on a request started after the halving halves again: 4 → 2.
    running()[0]?.reject(rateLimited(0))
    await settle()
    expect(scheduler.stats()).toMatchObject({ limit: 2, lowestLimit: 2, inFlight: 3 })

    // Every 2 successes add one back; in flight follows the limit.
    const limits: number[] = []
    const inFlight: number[] = []
    for (let success = 0; success < 6; success++) {
      running()[0]?.resolve('ok')
      await settle()
      limits.push(scheduler.stats().limit)
      inFlight.push(scheduler.stats().inFlight)
    }
    expect(limits).toEqual([2, 3, 3, 4, 4, 5])
    expect(inFlight).toEqual([2, 3, 3, 4, 4, 5])

    while (running().length > 0) {
      for (const attempt of running()) attempt.resolve('ok')
      await settle()
    }
    expect(await Promise.all(results)).toEqual(Array(12).fill('ok'))
    // Twelve successes after the second halving: 2 + 12 / 2 = 8, back to the configured limit.
    expect(scheduler.stats()).toEqual({
      limit: 8,
      lowestLimit: 2,
      inFlight: 0,
      peakInFlight: 8,
      queued: 0,
      attempts: 21,
      retries: 9,
      rateLimited: 9
    })
  })
})

describe('createScheduler: recovery ceiling', () => {
  it('never raises the limit above the configured concurrency', async () => {
    const { scheduler } = schedulerFor({ concurrency: 2, recoverAfter: 1 })
    let calls = 0
    await scheduler.run(async () => {
      calls++
      if (calls === 1) throw rateLimited(0)
      return 'ok'
    })
    expect(scheduler.stats()).toMatchObject({ limit: 2, lowestLimit: 1 })
    for (let run = 0; run < 5; run++) await scheduler.run(async () => 'ok')
    expect(scheduler.stats().limit).toBe(2)
  })
})

describe('createScheduler with a throttling server', () => {
  let fake: FakeLlm | undefined

  afterEach(async () => {
    await fake?.close()
    fake = undefined
  })

  it('honours Retry-After, halves concurrency and gets every answer', async () => {
    // The first four requests (the first wave at concurrency 4) are throttled.
    const throttled = { status: 429, headers: { 'retry-after': '1' } }
    fake = await startFakeOpenAI({ script: [throttled, throttled, throttled, throttled] })
    const provider = createProvider({
      kind: 'openai',
      baseUrl: fake.baseUrl,
      apiKey: 'sk-test-key'
    })
    const { scheduler, waits } = schedulerFor({ concurrency: 4 })
    const request = (text: string): ChatRequest => ({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: text }],
      params: {}
    })

    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        scheduler.run(signal => provider.chat(request(`question ${index}`), signal))
      )
    )

    expect(answers.map(answer => answer.text)).toEqual(
      Array.from({ length: 8 }, (_, index) => `Answer: question ${index}`)
    )
    expect(waits).toEqual([1000, 1000, 1000, 1000])
    expect(fake.requests).toHaveLength(12)
    // 8 successes after the halving to 2 recover one step (every 5).
    expect(scheduler.stats()).toEqual({
      limit: 3,
      lowestLimit: 2,
      inFlight: 0,
      peakInFlight: 4,
      queued: 0,
      attempts: 12,
      retries: 4,
      rateLimited: 4
    })
  })
})
