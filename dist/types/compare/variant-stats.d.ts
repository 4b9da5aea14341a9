/** What one side (base or head) of a suite cost and how it did, summed over its cases. */
import type { VariantCaseResult } from '../eval/run-model.js';
import type { VariantStats } from './model.js';
export declare function variantStats(results: readonly VariantCaseResult[]): VariantStats;
