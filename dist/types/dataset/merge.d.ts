import type { DatasetHeader, EvalCase } from './format.js';
export interface MergeResult {
    /** The file's new text; identical to the old text when nothing was added. */
    text: string;
    added: EvalCase[];
    /** New calls already in the file (same span, or the same input in another trace). */
    alreadyPresent: number;
    /** New cases left out because `limit` was reached. */
    overLimit: number;
}
export interface FileMergeResult extends MergeResult {
    /** The file did not exist before. */
    created: boolean;
    /** The file was written (it is left alone when nothing was added). */
    written: boolean;
}
/**
 * Merges cases into the dataset file at `path`: reads it if it exists, appends what is new,
 * and writes it back atomically only when something was added. A file is never created
 * without cases.
 */
export declare function mergeIntoFile(path: string, header: DatasetHeader, candidates: EvalCase[], options?: MergeOptions & {
    origin?: string;
}): Promise<FileMergeResult>;
export interface MergeOptions {
    /** The most cases to add; the rest are counted in `overLimit`. */
    limit?: number;
}
/**
 * Adds new cases to a dataset file without touching what is there: existing cases keep
 * their order, their edits and their bytes. New cases are appended as text after the last
 * case, so a reviewer's diff shows only additions.
 */
export declare function mergeCases(existingText: string | undefined, header: DatasetHeader, candidates: EvalCase[], origin: string, options?: MergeOptions): MergeResult;
