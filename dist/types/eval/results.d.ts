import { type ResultsFile } from '../report/results-file.js';
import type { SuiteRun } from './run-model.js';
export interface ResultsContext {
    createdAt: Date;
    headCommit?: string;
    shard?: {
        index: number;
        total: number;
    };
}
/** The results.json of one run: the suites as they ran, each with its own gate. */
export declare function buildResults(runs: SuiteRun[], context: ResultsContext): ResultsFile;
