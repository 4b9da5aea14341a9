import type { LlmCall } from '../extract/model.js';
import { type CallFilters } from '../dataset/filters.js';
import type { EvalCase } from '../dataset/format.js';
import type { Redactor } from '../dataset/redact.js';
export interface CollectOptions {
    filters?: CallFilters;
    /** Absent: text is kept as recorded. */
    redactor?: Redactor;
}
export interface CollectedCases {
    /** Cases by service ('' for calls with no service), in the order calls came. */
    byService: Map<string, EvalCase[]>;
    /** Calls the filters dropped. */
    filteredOut: number;
    /** Calls whose normalized input repeated an earlier call's. */
    duplicates: number;
}
/** Filters calls, builds one case per distinct input, and groups the cases by service. */
export declare function collectCases(calls: LlmCall[], options?: CollectOptions): CollectedCases;
