/**
 * Asks a model once for one sample: from the response cache when the same question was
 * answered before, else through the scheduler (limits, retries) to the provider. Provider
 * failures become an error result; only a cancelled run or a bug rejects.
 */
import { type ResponseCache } from './cache.js';
import { type ChatRequest, type ModelCallResult, type Provider } from './model.js';
import { type PriceTable } from './pricing.js';
import type { Scheduler } from './scheduler.js';
export interface CallModelDependencies {
    provider: Provider;
    scheduler: Scheduler;
    cache: ResponseCache;
    /** 0-based among the case's repeats; part of the cache key. */
    sample: number;
    prices: PriceTable;
    /** Milliseconds from a monotonic clock, for latency. */
    now?: () => number;
}
export declare function callModel(request: ChatRequest, dependencies: CallModelDependencies): Promise<ModelCallResult>;
