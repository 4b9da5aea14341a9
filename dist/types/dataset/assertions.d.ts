import type { LlmCall } from '../extract/model.js';
import type { Assertion } from './format.js';
/**
 * Phrases of the usual English refusals, lowercase (`not_contains` compares case-insensitively).
 * A phrase becomes an assertion only when the production answer did not contain it.
 */
export declare const REFUSAL_PHRASES: readonly ["i cannot", "i can't", "i am unable to", "i'm unable to", "i'm sorry, but", "as an ai"];
/**
 * The baseline assertions of DESIGN.md, generated from what the model really answered:
 * a new answer much longer than production, a refusal where production answered, broken
 * JSON where production gave JSON, or a tool left uncalled is a regression.
 */
export declare function baselineAssertions(call: Pick<LlmCall, 'output' | 'outputToolCalls'>): Assertion[];
