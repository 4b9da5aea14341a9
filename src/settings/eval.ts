import { DEFAULT_GATE } from '../compare/gate.js'
import type { GateSettings } from '../compare/model.js'
import type { RequestParams } from '../extract/model.js'
import type { ProviderKind } from '../eval/model.js'
import { parseDurationText } from '../traces/window.js'
import {
  layered,
  missingKeysNamedBy,
  readBoolean,
  readChoice,
  readKeyValues,
  readNumber,
  readParsed,
  readString,
  readStrings,
  SettingsError,
  type RawSettings
} from './raw.js'

/** Keys of one suite: in `suites:` entries, in the `eval:` defaults, and as flags. */
export const SUITE_SETTING_KEYS = [
  'name',
  'prompt',
  'base-prompt',
  'dataset',
  'provider',
  'base-url',
  'model',
  'base-model',
  'temperature',
  'max-tokens',
  'top-p',
  'seed',
  'repeat',
  'judge-model',
  'embedding-model',
  'max-regressions',
  'min-pass-rate',
  'max-errors',
  'alpha'
] as const

/** Keys that apply to the whole run: in the `eval:` section and as flags. */
export const RUN_SETTING_KEYS = [
  'base-ref',
  'concurrency',
  'timeout',
  'retries',
  'cache',
  'cache-dir',
  'shard',
  'results',
  'markdown',
  'junit',
  'run-unchanged',
  'suite',
  'price'
] as const

export const EVAL_SETTING_ALIASES: Record<string, string> = { datasets: 'dataset', prices: 'price' }

export const DEFAULT_CACHE_DIR = '.toad-eval-cache'
export const DEFAULT_CONCURRENCY = 8

export interface ProviderSettings {
  kind: ProviderKind
  baseUrl?: string
  apiKey?: string
}

export interface SuiteSettings {
  name: string
  /** Prompt file; absent: each case's recorded conversation is replayed (a model change). */
  prompt?: string
  /** Compare with this file instead of `prompt` at the base ref (two versions side by side, no git). */
  basePrompt?: string
  /** Dataset files or globs. */
  datasets: string[]
  provider: ProviderSettings
  /** Head's model; default the model the prompt file names, else each case's production model. */
  model?: string
  /** Base's model; default the same as head's when a prompt is compared, else production's. */
  baseModel?: string
  params: RequestParams
  repeat: number
  judgeModel?: string
  embeddingModel?: string
  gate: GateSettings
  /** Run even when base and head do not differ (the action sets it for suites whose datasets changed). */
  runUnchanged?: boolean
}

export interface RunSettings {
  suites: SuiteSettings[]
  /** Where the base prompt is read from; default the merge base with the default branch. */
  baseRef?: string
  concurrency: number
  timeoutMs?: number
  retries?: number
  /** Response cache folder; absent when caching is off. */
  cacheDir?: string
  shard?: { index: number; total: number }
  outputs: { results?: string; markdown?: string; junit?: string }
  /** USD per 1M input/output tokens, over the built-in table (for new or private models). */
  prices: Record<string, { input: number; output: number }>
}

export interface RunSettingsSources {
  /** The `eval:` section of toad-eval.yaml: defaults for the run and every suite. */
  defaults?: RawSettings
  /** The `suites:` entries of toad-eval.yaml. */
  suites?: RawSettings[]
  flags: RawSettings
  env: Record<string, string | undefined>
}

/**
 * One run's settings. `--dataset` on the command line makes a one-off suite; otherwise the
 * suites come from toad-eval.yaml, each layered over the `eval:` defaults, flags on top.
 */
export function parseRunSettings(sources: RunSettingsSources): RunSettings {
  const { flags, env } = sources
  const defaults = sources.defaults ? layered(sources.defaults, flags) : flags
  const oneOff = readStrings(flags, 'dataset').length > 0
  const entries = oneOff
    ? [defaults]
    : (sources.suites ?? []).map(suite =>
        missingKeysNamedBy(layered(...compact(sources.defaults, suite, flags)), suite)
      )
  if (entries.length === 0) {
    throw new SettingsError(
      'No suites to run: add "suites" to toad-eval.yaml or pass --dataset FILE'
    )
  }
  const runUnchanged = readBoolean(defaults, 'run-unchanged') ?? false
  let suites = entries.map((raw, index) => ({
    ...parseSuite(raw, env, `suite-${index + 1}`),
    ...(runUnchanged ? { runUnchanged } : {})
  }))
  const only = readStrings(defaults, 'suite')
  if (only.length > 0) {
    const unknown = only.filter(name => !suites.some(suite => suite.name === name))
    if (unknown.length > 0) {
      throw new SettingsError(
        `${defaults.describe('suite')}: no suite named ${unknown.map(n => `"${n}"`).join(', ')}; ` +
          `suites: ${suites.map(suite => suite.name).join(', ')}`
      )
    }
    suites = suites.filter(suite => only.includes(suite.name))
  }
  const names = new Set<string>()
  for (const suite of suites) {
    if (names.has(suite.name))
      throw new SettingsError(`Two suites are named "${suite.name}"; names must be unique`)
    names.add(suite.name)
  }

  const cacheOn = readBoolean(defaults, 'cache') ?? true
  const timeout = readParsed(defaults, 'timeout', parseDurationText)
  const retries = readNumber(defaults, 'retries', { min: 0, max: 10, integer: true })
  const baseRef = readString(defaults, 'base-ref')
  const shard = parseShard(defaults)
  return {
    suites,
    ...(baseRef ? { baseRef } : {}),
    concurrency:
      readNumber(defaults, 'concurrency', { min: 1, max: 256, integer: true }) ??
      DEFAULT_CONCURRENCY,
    ...(timeout !== undefined ? { timeoutMs: timeout.value } : {}),
    ...(retries !== undefined ? { retries } : {}),
    ...(cacheOn ? { cacheDir: readString(defaults, 'cache-dir') ?? DEFAULT_CACHE_DIR } : {}),
    ...(shard ? { shard } : {}),
    outputs: outputs(defaults),
    prices: parsePrices(defaults)
  }
}

/** `--price my-model=0.3/1.2`, or in YAML `prices: { my-model: 0.3/1.2 }`: USD per 1M tokens. */
function parsePrices(raw: RawSettings): RunSettings['prices'] {
  const prices: RunSettings['prices'] = {}
  for (const [model, text] of Object.entries(readKeyValues(raw, 'price'))) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(text)
    if (!match) {
      throw new SettingsError(
        `${raw.describe('price')}: ${model} must be "input/output" in USD per 1M tokens, such as 0.3/1.2; got "${text}"`
      )
    }
    prices[model] = { input: Number(match[1]), output: Number(match[2]) }
  }
  return prices
}

function compact(...layers: Array<RawSettings | undefined>): RawSettings[] {
  return layers.filter((layer): layer is RawSettings => layer !== undefined)
}

function parseSuite(
  raw: RawSettings,
  env: Record<string, string | undefined>,
  fallbackName: string
): SuiteSettings {
  const datasets = readStrings(raw, 'dataset')
  if (datasets.length === 0)
    throw new SettingsError(`${raw.describe('dataset')} is required: the dataset files to run`)
  const model = readString(raw, 'model')
  const baseModel = readString(raw, 'base-model')
  const prompt = readString(raw, 'prompt')
  const basePrompt = readString(raw, 'base-prompt')
  if (basePrompt && !prompt) {
    throw new SettingsError(
      `${raw.describe('base-prompt')} needs ${raw.describe('prompt')}: the head prompt to compare it with`
    )
  }
  const judgeModel = readString(raw, 'judge-model')
  const embeddingModel = readString(raw, 'embedding-model')
  return {
    name:
      readString(raw, 'name') ?? (datasets.length === 1 ? datasetName(datasets[0]!) : fallbackName),
    ...(prompt ? { prompt } : {}),
    ...(basePrompt ? { basePrompt } : {}),
    datasets,
    provider: parseProvider(raw, env, model),
    ...(model ? { model } : {}),
    ...(baseModel ? { baseModel } : {}),
    params: parseParams(raw),
    repeat: readNumber(raw, 'repeat', { min: 1, max: 100, integer: true }) ?? 1,
    ...(judgeModel ? { judgeModel } : {}),
    ...(embeddingModel ? { embeddingModel } : {}),
    gate: parseGate(raw)
  }
}

/** `evals/support-bot.eval.yaml` → `support-bot`. */
function datasetName(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/(\.eval)?\.ya?ml$/, '')
}

const PROVIDER_ENV: Record<ProviderKind, { key: string; baseUrl: string }> = {
  openai: { key: 'OPENAI_API_KEY', baseUrl: 'OPENAI_BASE_URL' },
  anthropic: { key: 'ANTHROPIC_API_KEY', baseUrl: 'ANTHROPIC_BASE_URL' }
}

/** The provider named, else the one a Claude model implies, else OpenAI-compatible. */
function parseProvider(
  raw: RawSettings,
  env: Record<string, string | undefined>,
  model: string | undefined
): ProviderSettings {
  const kind =
    readChoice(raw, 'provider', ['openai', 'anthropic'] as const) ??
    (model?.startsWith('claude') ? 'anthropic' : 'openai')
  const baseUrl = readString(raw, 'base-url') ?? env[PROVIDER_ENV[kind].baseUrl]
  if (baseUrl !== undefined && !/^https?:\/\//i.test(baseUrl)) {
    throw new SettingsError(`${raw.describe('base-url')} must be an http:// or https:// URL`)
  }
  const apiKey = env[PROVIDER_ENV[kind].key]
  return { kind, ...(baseUrl ? { baseUrl } : {}), ...(apiKey ? { apiKey } : {}) }
}

/** The environment variable that holds a provider's key, for messages. */
export function apiKeyVariable(kind: ProviderKind): string {
  return PROVIDER_ENV[kind].key
}

function parseParams(raw: RawSettings): RequestParams {
  const temperature = readNumber(raw, 'temperature', { min: 0, max: 2 })
  const maxTokens = readNumber(raw, 'max-tokens', { min: 1, integer: true })
  const topP = readNumber(raw, 'top-p', { min: 0, max: 1 })
  const seed = readNumber(raw, 'seed', { integer: true })
  return {
    ...(temperature !== undefined ? { temperature } : {}),
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(topP !== undefined ? { topP } : {}),
    ...(seed !== undefined ? { seed } : {})
  }
}

function parseGate(raw: RawSettings): GateSettings {
  const minPassRate = readNumber(raw, 'min-pass-rate', { min: 0, max: 1 })
  const maxErrors = readNumber(raw, 'max-errors', { min: 0, integer: true })
  return {
    maxRegressions:
      readNumber(raw, 'max-regressions', { min: 0, integer: true }) ?? DEFAULT_GATE.maxRegressions,
    ...(minPassRate !== undefined ? { minPassRate } : {}),
    ...(maxErrors !== undefined ? { maxErrors } : {}),
    alpha: readNumber(raw, 'alpha', { min: 0.0001, max: 0.5 }) ?? DEFAULT_GATE.alpha
  }
}

/** `--shard 2/4`: the second of four slices. */
function parseShard(raw: RawSettings): { index: number; total: number } | undefined {
  const text = readString(raw, 'shard')
  if (text === undefined) return undefined
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const total = Number(match?.[2])
  if (!match || total < 1 || index < 1 || index > total) {
    throw new SettingsError(
      `${raw.describe('shard')} must be i/n with 1 <= i <= n, such as 2/4; got "${text}"`
    )
  }
  return { index, total }
}

function outputs(raw: RawSettings): RunSettings['outputs'] {
  const results = readString(raw, 'results')
  const markdown = readString(raw, 'markdown')
  const junit = readString(raw, 'junit')
  return {
    ...(results ? { results } : {}),
    ...(markdown ? { markdown } : {}),
    ...(junit ? { junit } : {})
  }
}
