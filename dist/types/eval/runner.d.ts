import type { ChatRequest, ModelCallResult } from './model.js';
import type { SampleResult, SuiteRun, VariantName, VariantSpec } from './run-model.js';
import { type Embed, type Judge } from './scorers/index.js';
import type { PreparedSuite } from './suite.js';
export interface RunDependencies {
    /** Asks the suite's model once; scheduling, retries and caching happen behind it. */
    callModel(request: ChatRequest, sample: number): Promise<ModelCallResult>;
    judge?: Judge;
    embed?: Embed;
    /** Cases whose samples may be pending at once; enough to keep the scheduler busy. */
    casesInFlight?: number;
    /** Called as each sample finishes, for progress display. */
    onSample?(event: {
        variant: VariantName;
        result: SampleResult;
    }): void;
    /** Ask only this side (warming the cache for today's prompts); the other stays empty. */
    only?: VariantName;
}
export interface SuiteEndpoints {
    provider: VariantSpec['provider'];
    baseUrl: string;
}
/**
 * Runs every case of a prepared suite on both sides, `repeat` times each, and scores every
 * answer. A model call that fails after the scheduler's retries is an error sample, never a
 * pass; nothing here throws for a provider failure.
 */
export declare function runSuite(prepared: PreparedSuite, endpoints: SuiteEndpoints, dependencies: RunDependencies): Promise<SuiteRun>;
/** With nothing different between the sides, running would only spend money. */
export declare function skipReason({ settings, prompt }: PreparedSuite): string | undefined;
