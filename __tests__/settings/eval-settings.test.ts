import { describe, expect, it } from '@jest/globals'
import { parseRunSettings } from '../../src/settings/eval.js'
import { flagName, rawSettings, type RawValue } from '../../src/settings/raw.js'

const flags = (values: Record<string, RawValue>) => rawSettings(values, flagName)
const section = (name: string, values: Record<string, RawValue>) =>
  rawSettings(values, key => `toad-eval.yaml: ${name}.${key}`)

describe('parseRunSettings', () => {
  it("makes a one-off suite from --dataset and --model (toad-eye's run)", () => {
    const settings = parseRunSettings({
      flags: flags({ dataset: ['evals/support-bot.eval.yaml'], model: 'gpt-4o' }),
      env: { OPENAI_API_KEY: 'sk-test' }
    })
    expect(settings).toEqual({
      suites: [
        {
          name: 'support-bot',
          datasets: ['evals/support-bot.eval.yaml'],
          provider: { kind: 'openai', apiKey: 'sk-test' },
          model: 'gpt-4o',
          params: {},
          repeat: 1,
          gate: { maxRegressions: 0, alpha: 0.05 }
        }
      ],
      concurrency: 8,
      cacheDir: '.toad-eval-cache',
      outputs: {},
      prices: {}
    })
  })

  it('reads price overrides for models the table lacks', () => {
    const settings = parseRunSettings({
      defaults: section('eval', { price: { 'acme-ft-1': '0.3/1.2' } }),
      flags: flags({ dataset: ['x.yaml'], price: ['local-llama=0/0'] }),
      env: {}
    })
    expect(settings.prices).toEqual({ 'local-llama': { input: 0, output: 0 } })
    expect(() =>
      parseRunSettings({ flags: flags({ dataset: ['x.yaml'], price: ['m=cheap'] }), env: {} })
    ).toThrow(
      '--price: m must be "input/output" in USD per 1M tokens, such as 0.3/1.2; got "cheap"'
    )
  })

  it('layers each suite over the eval defaults, flags on top', () => {
    const settings = parseRunSettings({
      defaults: section('eval', {
        provider: 'anthropic',
        repeat: 3,
        concurrency: 4,
        'max-regressions': 1
      }),
      suites: [
        section('suites[0]', {
          name: 'support',
          prompt: 'prompts/support.md',
          dataset: 'evals/support.eval.yaml',
          temperature: 0
        }),
        section('suites[1]', {
          name: 'summaries',
          dataset: ['evals/a.eval.yaml', 'evals/b.eval.yaml'],
          repeat: 5
        })
      ],
      flags: flags({
        'min-pass-rate': '0.9',
        shard: '2/3',
        'no-cache': true,
        cache: false,
        results: 'out/results.json'
      }),
      env: { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9/anthropic' }
    })
    expect(
      settings.suites.map(suite => [
        suite.name,
        suite.repeat,
        suite.gate,
        suite.params,
        suite.provider.kind
      ])
    ).toEqual([
      [
        'support',
        3,
        { maxRegressions: 1, minPassRate: 0.9, alpha: 0.05 },
        { temperature: 0 },
        'anthropic'
      ],
      ['summaries', 5, { maxRegressions: 1, minPassRate: 0.9, alpha: 0.05 }, {}, 'anthropic']
    ])
    expect(settings.suites[0]?.provider).toEqual({
      kind: 'anthropic',
      baseUrl: 'http://127.0.0.1:9/anthropic',
      apiKey: 'k'
    })
    expect(settings.concurrency).toBe(4)
    expect(settings.shard).toEqual({ index: 2, total: 3 })
    expect(settings.cacheDir).toBeUndefined()
    expect(settings.outputs).toEqual({ results: 'out/results.json' })
  })

  it('picks Anthropic for a Claude model and runs only the suites asked for', () => {
    const settings = parseRunSettings({
      suites: [
        section('suites[0]', { name: 'a', dataset: 'a.yaml', model: 'claude-3-5-haiku-latest' }),
        section('suites[1]', { name: 'b', dataset: 'b.yaml' })
      ],
      flags: flags({ suite: ['a'] }),
      env: {}
    })
    expect(settings.suites.map(suite => [suite.name, suite.provider.kind])).toEqual([
      ['a', 'anthropic']
    ])
  })

  it.each([
    [{}, undefined, 'No suites to run: add "suites" to toad-eval.yaml or pass --dataset FILE'],
    [
      { dataset: ['x.yaml'], shard: '3/2' },
      undefined,
      '--shard must be i/n with 1 <= i <= n, such as 2/4; got "3/2"'
    ],
    [
      { dataset: ['x.yaml'], repeat: '0' },
      undefined,
      '--repeat must be a whole number from 1 to 100, got "0"'
    ],
    [
      { dataset: ['x.yaml'], provider: 'gemini' },
      undefined,
      '--provider must be one of openai, anthropic; got "gemini"'
    ],
    [
      { dataset: ['x.yaml'], 'base-url': 'localhost:11434' },
      undefined,
      '--base-url must be an http:// or https:// URL'
    ],
    [
      { suite: ['c'] },
      [{ name: 'a', dataset: 'a.yaml' }],
      '--suite: no suite named "c"; suites: a'
    ],
    [
      {},
      [
        { name: 'a', dataset: 'a.yaml' },
        { name: 'a', dataset: 'b.yaml' }
      ],
      'Two suites are named "a"; names must be unique'
    ],
    [{}, [{ name: 'a' }], 'toad-eval.yaml: suites[0].dataset is required: the dataset files to run']
  ])('rejects %j', (flagValues, suites, message) => {
    expect(() =>
      parseRunSettings({
        flags: flags(flagValues as Record<string, RawValue>),
        ...(suites ? { suites: suites.map((suite, i) => section(`suites[${i}]`, suite)) } : {}),
        env: {}
      })
    ).toThrow(message)
  })
})
