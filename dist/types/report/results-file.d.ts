/**
 * results.json, schema `toad-eval/results` version 1 (docs/results-schema.md): every case's
 * inputs, answers and assertion results, enough to re-render the report and re-decide the
 * gate without calling a model again. Comparisons are recomputed from the runs when a report
 * is rendered, so shards merged into one file are compared as one run.
 */
import type { GateDecision, GateSettings, SuiteComparison } from '../compare/model.js';
import type { SuiteRun } from '../eval/run-model.js';
import { InvalidFileError } from './json-field.js';
export { InvalidFileError };
export declare const RESULTS_SCHEMA = "toad-eval/results";
export declare const RESULTS_VERSION = 1;
export interface ResultsFile {
    schema: typeof RESULTS_SCHEMA;
    version: typeof RESULTS_VERSION;
    /** ISO 8601 time the run finished. */
    createdAt: string;
    tool: {
        name: string;
        version: string;
    };
    commit?: {
        head?: string;
        base?: string;
    };
    /** Which slice of the cases this file holds (1-based index); absent for a whole run. */
    shard?: {
        index: number;
        total: number;
    };
    gate: GateSettings;
    suites: SuiteRun[];
}
/**
 * What the runs amount to, written beside them for readers without toad-eval (`jq
 * .outcome.decision.passed`). Derived data: `parseResults` ignores it and toad-eval
 * recomputes it, so in a shard's file it describes that shard alone.
 */
export interface ResultsOutcome {
    decision: GateDecision;
    suites: SuiteComparison[];
}
/** Pretty-printed JSON with the derived `outcome`, ending in a newline. */
export declare function serializeResults(results: ResultsFile): string;
/**
 * Reads and validates a results file. `origin` names it in errors (its path, as the user gave
 * it). Throws `InvalidFileError` for text that is not JSON, another schema or version, or a
 * value of the wrong shape, naming the path inside the file.
 */
export declare function parseResults(text: string, origin: string): ResultsFile;
export { mergeResults, ResultsMergeError, type LoadedResults } from './merge-results.js';
