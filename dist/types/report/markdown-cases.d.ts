/**
 * One suite's cases that need a look: a table row each (verdict, pass counts, what failed)
 * and, below the table, the base and head answers side by side in a collapsed block.
 */
import type { SuiteComparison } from '../compare/model.js';
import { type RunIndex } from './case-facts.js';
/**
 * `failing`: regressions and errors, the cases that fail the gate. `full`: also fixed, still
 * failing, flaky cases and cases with a failed call. Plain passes are only counted.
 */
export declare function caseSection(suite: SuiteComparison, runs: RunIndex, detail: 'full' | 'failing'): string;
