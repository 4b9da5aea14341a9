import type { ResultsFile } from './results-file.js';
export declare class ResultsMergeError extends Error {
    name: string;
}
/** A parsed results file and the name it is known by (its path). */
export interface LoadedResults {
    origin: string;
    results: ResultsFile;
}
/**
 * One results file holding every suite and case of `files`, in shard order; without `shard`,
 * and dated by the latest file. Throws `ResultsMergeError` when the files disagree on the
 * gate, the commits or a suite's setup, when a case appears twice, or when shards are missing.
 */
export declare function mergeResults(files: readonly LoadedResults[]): ResultsFile;
