import { describe, expect, it } from '@jest/globals'
import { answerOf, scoreOne, toolAnswer } from './scorers-helpers.js'

describe('calls_tool', () => {
  it('passes when the named tool was called', async () => {
    expect(
      await scoreOne(
        { type: 'calls_tool', value: 'get_weather' },
        toolAnswer([{ name: 'get_weather' }])
      )
    ).toEqual({
      type: 'calls_tool',
      passed: true,
      reason: 'called get_weather'
    })
  })

  it('fails with the tools that were called instead', async () => {
    const answer = toolAnswer([{ name: 'search' }, { name: 'lookup' }, { name: 'search' }])
    expect(await scoreOne({ type: 'calls_tool', value: 'get_weather' }, answer)).toEqual({
      type: 'calls_tool',
      passed: false,
      reason: 'get_weather not called (called: search, lookup)'
    })
    expect(
      (await scoreOne({ type: 'calls_tool', value: 'get_weather' }, 'It is sunny.')).reason
    ).toBe('get_weather not called (no tool calls)')
  })

  it('matches arguments as a subset: listed keys must match, others are free', async () => {
    const answer = toolAnswer([
      { name: 'get_weather', arguments: { city: 'Berlin', unit: 'c' } },
      { name: 'get_weather', arguments: { city: 'Paris', unit: 'c', days: [1, 2] } }
    ])
    expect(
      await scoreOne(
        { type: 'calls_tool', value: 'get_weather', arguments: { city: 'Paris', days: [1, 2] } },
        answer
      )
    ).toEqual({
      type: 'calls_tool',
      passed: true,
      reason: 'called get_weather with matching arguments'
    })
    expect(
      await scoreOne(
        { type: 'calls_tool', value: 'get_weather', arguments: { city: 'Rome' } },
        answer
      )
    ).toEqual({
      type: 'calls_tool',
      passed: false,
      reason:
        'get_weather: arguments differ at /city: expected "Rome", got "Berlin" (2 calls, first shown)'
    })
  })

  it('reports a missing argument and reads arguments recorded as JSON text', async () => {
    const answer = toolAnswer([{ name: 'book', arguments: '{"room": {"size": 2}}' }])
    expect(
      (
        await scoreOne(
          { type: 'calls_tool', value: 'book', arguments: { room: { size: 2 } } },
          answer
        )
      ).passed
    ).toBe(true)
    expect(
      (
        await scoreOne(
          { type: 'calls_tool', value: 'book', arguments: { room: { view: 'sea' } } },
          answer
        )
      ).reason
    ).toBe('book: arguments differ at /room/view: expected "sea", got missing')
  })
})

describe('not_calls_tool', () => {
  it('without a value, wants no tool call at all', async () => {
    expect(await scoreOne({ type: 'not_calls_tool' }, 'Plain answer')).toEqual({
      type: 'not_calls_tool',
      passed: true,
      reason: 'no tool called'
    })
    expect(
      await scoreOne({ type: 'not_calls_tool' }, toolAnswer([{ name: 'delete_user' }]))
    ).toEqual({
      type: 'not_calls_tool',
      passed: false,
      reason: 'called delete_user'
    })
  })

  it('with a value, forbids that tool only', async () => {
    const answer = toolAnswer([
      { name: 'delete_user' },
      { name: 'delete_user' },
      { name: 'search' }
    ])
    expect((await scoreOne({ type: 'not_calls_tool', value: 'delete_user' }, answer)).reason).toBe(
      'called delete_user 2×'
    )
    expect(await scoreOne({ type: 'not_calls_tool', value: 'refund' }, answer)).toEqual({
      type: 'not_calls_tool',
      passed: true,
      reason: 'refund not called'
    })
  })
})

describe('latency_ms', () => {
  it('compares the measured latency with the maximum', async () => {
    expect(
      await scoreOne({ type: 'latency_ms', value: 2000 }, answerOf('x', { latencyMs: 2400.4 }))
    ).toEqual({
      type: 'latency_ms',
      passed: false,
      reason: '2400 ms > max 2000 ms',
      score: 2400.4
    })
    expect(
      await scoreOne({ type: 'max_latency_ms', value: 2000 }, answerOf('x', { latencyMs: 850 }))
    ).toEqual({
      type: 'max_latency_ms',
      passed: true,
      reason: '850 ms ≤ max 2000 ms',
      score: 850
    })
  })

  it('passes a cached answer, which has no latency, and says so', async () => {
    expect(
      await scoreOne({ type: 'latency_ms', value: 1 }, answerOf('x', { cached: true }))
    ).toEqual({
      type: 'latency_ms',
      passed: true,
      reason: 'cached: latency not measured'
    })
    expect((await scoreOne({ type: 'latency_ms', value: 1 }, answerOf('x'))).reason).toBe(
      'latency not measured'
    )
  })
})

describe('cost', () => {
  it('compares the cost in USD with the maximum', async () => {
    expect(
      await scoreOne({ type: 'max_cost', value: 0.003 }, answerOf('x', { costUsd: 0.0042 }))
    ).toEqual({
      type: 'max_cost',
      passed: false,
      reason: '$0.0042 > max $0.003',
      score: 0.0042
    })
    expect(
      (await scoreOne({ type: 'cost', value: 0.01 }, answerOf('x', { costUsd: 0.000123456 })))
        .reason
    ).toBe('$0.0001235 ≤ max $0.01')
  })

  it('passes when the cost is unknown, saying it was not checked', async () => {
    expect(await scoreOne({ type: 'cost', value: 0.01 }, 'x')).toEqual({
      type: 'cost',
      passed: true,
      reason: 'cost unknown (no price for the model): not checked'
    })
  })
})
