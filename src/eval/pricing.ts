/**
 * What a call cost, from a table of list prices. A model the table does not know has an
 * unknown cost (`undefined`), never a free one.
 */
import type { TokenCounts } from './model.js'

/** USD per 1M tokens. */
export interface ModelPrice {
  input: number
  output: number
}

/** Keyed by model name or name prefix (`gpt-4o-mini` also prices `gpt-4o-mini-2024-07-18`). */
export type PriceTable = Readonly<Record<string, ModelPrice>>

/**
 * Standard (non-batch, uncached) list prices published by OpenAI and Anthropic, checked
 * 2025-11. Prices change: override or extend them in the config (`prices:`, `model: "in/out"`) rather than
 * waiting for a release. Entries that a shorter name would wrongly price (`o3-pro` under
 * `o3`, `claude-opus-4-5` under `claude-opus-4`) are listed on their own.
 */
export const DEFAULT_PRICES: PriceTable = {
  // OpenAI
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-2024-05-13': { input: 5, output: 15 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-4': { input: 30, output: 60 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  o1: { input: 15, output: 60 },
  'o1-mini': { input: 1.1, output: 4.4 },
  o3: { input: 2, output: 8 },
  'o3-pro': { input: 20, output: 80 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
  'text-embedding-ada-002': { input: 0.1, output: 0 },
  // Anthropic
  'claude-opus-4-5': { input: 5, output: 25 },
  'claude-opus-4-1': { input: 15, output: 75 },
  'claude-opus-4': { input: 15, output: 75 },
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'claude-sonnet-4': { input: 3, output: 15 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-3-7-sonnet': { input: 3, output: 15 },
  'claude-3-5-sonnet': { input: 3, output: 15 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
  'claude-3-opus': { input: 15, output: 75 },
  'claude-3-haiku': { input: 0.25, output: 1.25 }
}

/** The default table with `overrides` on top (an override wins for its exact name). */
export function priceTable(overrides: PriceTable = {}): PriceTable {
  return { ...DEFAULT_PRICES, ...overrides }
}

/**
 * The price of the longest table name that is the model's name or a prefix of it ending at
 * a `-`, `@` or `:` (dates, versions, aliases: `claude-3-5-sonnet-20241022`, `-latest`).
 * Router prefixes are ignored (`openai/gpt-4o`, Bedrock's `us.anthropic.claude-…`).
 */
export function priceOf(model: string, prices: PriceTable): ModelPrice | undefined {
  const name = bareModelName(model)
  let best: { length: number; price: ModelPrice } | undefined
  for (const [prefix, price] of Object.entries(prices)) {
    const key = prefix.toLowerCase()
    const matches = name === key || (name.startsWith(key) && /^[-@:]/.test(name.slice(key.length)))
    if (matches && key.length > (best?.length ?? -1)) best = { length: key.length, price }
  }
  return best?.price
}

/** USD for the tokens used; `undefined` when the model is unpriced or no usage was reported. */
export function costOf(
  model: string,
  usage: TokenCounts,
  prices: PriceTable = DEFAULT_PRICES
): number | undefined {
  const price = priceOf(model, prices)
  if (!price || (usage.input === undefined && usage.output === undefined)) return undefined
  return ((usage.input ?? 0) * price.input + (usage.output ?? 0) * price.output) / 1_000_000
}

function bareModelName(model: string): string {
  const withoutRouter = model.trim().toLowerCase().split('/').at(-1) ?? ''
  return withoutRouter.replace(/^([a-z]{2,4}\.)?anthropic\./, '')
}
