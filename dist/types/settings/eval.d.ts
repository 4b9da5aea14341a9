import type { GateSettings } from '../compare/model.js';
import type { RequestParams } from '../extract/model.js';
import type { ProviderKind } from '../eval/model.js';
import { type RawSettings } from './raw.js';
/** Keys of one suite: in `suites:` entries, in the `eval:` defaults, and as flags. */
export declare const SUITE_SETTING_KEYS: readonly ["name", "prompt", "base-prompt", "dataset", "provider", "base-url", "model", "base-model", "temperature", "max-tokens", "top-p", "seed", "repeat", "judge-model", "embedding-model", "max-regressions", "min-pass-rate", "max-errors", "alpha"];
/** Keys that apply to the whole run: in the `eval:` section and as flags. */
export declare const RUN_SETTING_KEYS: readonly ["base-ref", "concurrency", "timeout", "retries", "cache", "cache-dir", "shard", "results", "markdown", "junit", "run-unchanged", "suite", "price"];
export declare const EVAL_SETTING_ALIASES: Record<string, string>;
export declare const DEFAULT_CACHE_DIR = ".toad-eval-cache";
export declare const DEFAULT_CONCURRENCY = 8;
export interface ProviderSettings {
    kind: ProviderKind;
    baseUrl?: string;
    apiKey?: string;
}
export interface SuiteSettings {
    name: string;
    /** Prompt file; absent: each case's recorded conversation is replayed (a model change). */
    prompt?: string;
    /** Compare with this file instead of `prompt` at the base ref (two versions side by side, no git). */
    basePrompt?: string;
    /** Dataset files or globs. */
    datasets: string[];
    provider: ProviderSettings;
    /** Head's model; default the model the prompt file names, else each case's production model. */
    model?: string;
    /** Base's model; default the same as head's when a prompt is compared, else production's. */
    baseModel?: string;
    params: RequestParams;
    repeat: number;
    judgeModel?: string;
    embeddingModel?: string;
    gate: GateSettings;
    /** Run even when base and head do not differ (the action sets it for suites whose datasets changed). */
    runUnchanged?: boolean;
}
export interface RunSettings {
    suites: SuiteSettings[];
    /** Where the base prompt is read from; default the merge base with the default branch. */
    baseRef?: string;
    concurrency: number;
    timeoutMs?: number;
    retries?: number;
    /** Response cache folder; absent when caching is off. */
    cacheDir?: string;
    shard?: {
        index: number;
        total: number;
    };
    outputs: {
        results?: string;
        markdown?: string;
        junit?: string;
    };
    /** USD per 1M input/output tokens, over the built-in table (for new or private models). */
    prices: Record<string, {
        input: number;
        output: number;
    }>;
}
export interface RunSettingsSources {
    /** The `eval:` section of toad-eval.yaml: defaults for the run and every suite. */
    defaults?: RawSettings;
    /** The `suites:` entries of toad-eval.yaml. */
    suites?: RawSettings[];
    flags: RawSettings;
    env: Record<string, string | undefined>;
}
/**
 * One run's settings. `--dataset` on the command line makes a one-off suite; otherwise the
 * suites come from toad-eval.yaml, each layered over the `eval:` defaults, flags on top.
 */
export declare function parseRunSettings(sources: RunSettingsSources): RunSettings;
/** The environment variable that holds a provider's key, for messages. */
export declare function apiKeyVariable(kind: ProviderKind): string;
