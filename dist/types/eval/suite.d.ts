import type { EvalCase } from '../dataset/format.js';
import type { SuiteSettings } from '../settings/eval.js';
import type { GitReader } from './prompts/git.js';
import { type PromptTemplate } from './prompts/template.js';
/** The dataset files a suite names: files, globs, and folders' `*.eval.yaml` files. */
export declare function datasetFiles(settings: Pick<SuiteSettings, 'datasets'>, cwd: string): Promise<string[]>;
/** A case and the dataset file it came from. */
export interface LoadedCase {
    dataset: string;
    evalCase: EvalCase;
    /** The dataset's recorded production model, the fallback for cases without their own. */
    datasetModel?: string;
}
/** One prompt file read twice: from the working tree (head) and at the base ref. */
export interface PromptPair {
    path: string;
    baseRef: string;
    head: PromptTemplate;
    /** Absent when the file does not exist at the base ref (a new prompt). */
    base?: PromptTemplate;
    unchanged: boolean;
}
export interface PreparedSuite {
    settings: SuiteSettings;
    cases: LoadedCase[];
    prompt?: PromptPair;
}
export interface PrepareOptions {
    cwd: string;
    git: GitReader;
    /** Resolved base ref (a commit); needed only for suites with a prompt file. */
    baseRef?: () => Promise<string>;
    shard?: {
        index: number;
        total: number;
    };
}
/**
 * Everything a suite needs before any model is called: its cases (this shard's slice) with
 * every assertion validated, and its prompt at head and base. Problems in datasets are
 * reported all at once, as a config error.
 */
export declare function prepareSuite(settings: SuiteSettings, options: PrepareOptions): Promise<PreparedSuite>;
/**
 * Shards split by a hash of dataset and case id, not by position, so adding a case moves
 * no other case to another shard (and its cache entries stay where they were).
 */
export declare function inShard(loaded: LoadedCase, shard: {
    index: number;
    total: number;
}): boolean;
