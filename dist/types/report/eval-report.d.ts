import type { GateDecision, SuiteComparison } from '../compare/model.js';
import type { SuiteRun } from '../eval/run-model.js';
import type { ResultsFile } from './results-file.js';
export interface EvalReport {
    suites: SuiteComparison[];
    runs: SuiteRun[];
    decision: GateDecision;
    commit?: {
        head?: string;
        base?: string;
    };
}
/**
 * Compares and gates the runs of a results file (one run, or shards merged with
 * `mergeResults`), each suite with the gate settings it was run with.
 */
export declare function reportFromResults(results: ResultsFile): EvalReport;
