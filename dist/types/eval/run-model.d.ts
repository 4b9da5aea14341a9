/**
 * What one eval run produced, per suite, case, variant and sample: the raw material that
 * `compare/` turns into verdicts and `report/` into markdown, JUnit and results.json.
 */
import type { GateSettings } from '../compare/model.js';
import type { ChatMessage, ProviderKind, ScoredAssertion, TokenCounts, ToolCall } from './model.js';
/** The two sides of every comparison: the base branch's prompt (or model) and the PR's. */
export type VariantName = 'base' | 'head';
export interface VariantSpec {
    name: VariantName;
    provider: ProviderKind;
    /** Printable, without credentials. */
    baseUrl: string;
    /** The model asked; per case it may come from the dataset's recorded production model. */
    model?: string;
    /** The prompt file and where it was read from; absent when the recorded conversation is replayed. */
    prompt?: {
        path: string;
        ref: string;
    };
}
export interface SampleResult {
    /** 0-based index among the `repeat` samples; part of the cache key. */
    sample: number;
    /** The answer text; absent when the call failed. */
    output?: string;
    toolCalls?: ToolCall[];
    /** Why the model could not be asked or did not answer: the sample counts as an error, never a pass. */
    error?: string;
    /** What kind of failure `error` was, when the model call failed (`connection`, `rate-limit`, …). */
    failure?: string;
    cached: boolean;
    latencyMs?: number;
    usage: TokenCounts;
    costUsd?: number;
    model?: string;
    assertions: ScoredAssertion[];
    /** No error and every assertion passed. */
    passed: boolean;
}
export interface VariantCaseResult {
    /** The messages sent (the rendered prompt), so a reviewer sees what the model saw. */
    messages: ChatMessage[];
    model: string;
    samples: SampleResult[];
}
export interface CaseRun {
    caseId: string;
    /** The dataset file the case came from. */
    dataset: string;
    /** The case's `variables.input`, for the report. */
    input: string;
    /** The production answer recorded in the dataset, if any. */
    productionOutput?: string;
    base: VariantCaseResult;
    head: VariantCaseResult;
}
export interface SuiteRun {
    name: string;
    /** Why the suite did not run (its prompt, datasets and config did not change); no cases then. */
    skipped?: string;
    base: VariantSpec;
    head: VariantSpec;
    repeat: number;
    /** The suite's own gate thresholds (suites may differ). */
    gate?: GateSettings;
    cases: CaseRun[];
}
