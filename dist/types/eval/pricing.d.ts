/**
 * What a call cost, from a table of list prices. A model the table does not know has an
 * unknown cost (`undefined`), never a free one.
 */
import type { TokenCounts } from './model.js';
/** USD per 1M tokens. */
export interface ModelPrice {
    input: number;
    output: number;
}
/** Keyed by model name or name prefix (`gpt-4o-mini` also prices `gpt-4o-mini-2024-07-18`). */
export type PriceTable = Readonly<Record<string, ModelPrice>>;
/**
 * Standard (non-batch, uncached) list prices published by OpenAI and Anthropic, checked
 * 2025-11. Prices change: override or extend them in the config (`prices:`, `model: "in/out"`) rather than
 * waiting for a release. Entries that a shorter name would wrongly price (`o3-pro` under
 * `o3`, `claude-opus-4-5` under `claude-opus-4`) are listed on their own.
 */
export declare const DEFAULT_PRICES: PriceTable;
/** The default table with `overrides` on top (an override wins for its exact name). */
export declare function priceTable(overrides?: PriceTable): PriceTable;
/**
 * The price of the longest table name that is the model's name or a prefix of it ending at
 * a `-`, `@` or `:` (dates, versions, aliases: `claude-3-5-sonnet-20241022`, `-latest`).
 * Router prefixes are ignored (`openai/gpt-4o`, Bedrock's `us.anthropic.claude-…`).
 */
export declare function priceOf(model: string, prices: PriceTable): ModelPrice | undefined;
/** USD for the tokens used; `undefined` when the model is unpriced or no usage was reported. */
export declare function costOf(model: string, usage: TokenCounts, prices?: PriceTable): number | undefined;
