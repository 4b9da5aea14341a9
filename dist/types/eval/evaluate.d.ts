import type { RunSettings } from '../settings/eval.js';
import type { Provider } from './model.js';
import type { GitReader } from './prompts/git.js';
import { type ProviderSettings } from './providers/index.js';
import type { SuiteRun } from './run-model.js';
export interface EvalProgress {
    /** Samples finished, of all suites. */
    done: number;
    total: number;
    errors: number;
    cacheHits: number;
    /** Spent so far (cache hits cost nothing now). */
    costUsd: number;
}
export interface EvaluateDependencies {
    cwd: string;
    git: GitReader;
    /** Injected in tests; default the real providers. */
    createProvider?: (settings: ProviderSettings) => Provider;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
    onProgress?: (progress: EvalProgress) => void;
    /** Ask only this side of every case: `head` on the default branch warms the cache for PRs. */
    only?: 'base' | 'head';
}
/** Embeddings model asked for `similar` when the suite names none (OpenAI-compatible APIs). */
export declare const DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small";
/**
 * Runs every suite: prepares them all first (so a broken dataset or prompt fails before any
 * money is spent), then asks the models through one shared scheduler and cache.
 */
export declare function evaluate(settings: RunSettings, dependencies: EvaluateDependencies): Promise<SuiteRun[]>;
