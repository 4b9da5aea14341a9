import type { CallFilters } from '../dataset/filters.js';
import { type CustomPattern } from '../dataset/redact.js';
import type { SkippedSpan } from '../extract/model.js';
import type { TraceQuery, TraceSource } from '../traces/source.js';
export interface ExportSettings {
    query: TraceQuery;
    filters?: CallFilters;
    /** The most new cases to add in all, across files. */
    maxCases?: number;
    /** Folder the dataset files go in. */
    outputDir: string;
    /** One file for everything (a name such as `production.eval.yaml`); default one file per service. */
    fileName?: string;
    /** On by default: personal data and secrets never reach a committed file. */
    redact?: boolean;
    redactPatterns?: CustomPattern[];
}
export interface ExportDependencies {
    now?: () => Date;
}
export interface ExportedFile {
    path: string;
    created: boolean;
    added: number;
    alreadyPresent: number;
}
export interface ExportReport {
    source: string;
    tracesScanned: number;
    llmCalls: number;
    /** LLM spans that recorded no prompt or answer. */
    skipped: SkippedSpan[];
    filteredOut: number;
    duplicates: number;
    /** New cases left out because `maxCases` was reached. */
    overLimit: number;
    newCases: number;
    /** Every file written to, including those where nothing was new. */
    files: ExportedFile[];
    /** Replacements made by redaction, by kind (`EMAIL: 3`). */
    redactions: Record<string, number>;
}
/**
 * The nightly export: search the source, extract the LLM calls, and add the ones not yet
 * in the datasets. Existing cases are never rewritten, so running it twice changes nothing.
 */
export declare function runExport(source: TraceSource, settings: ExportSettings, dependencies?: ExportDependencies): Promise<ExportReport>;
/**
 * Service names come from trace data: reduced to a safe file name, so a service called
 * `../../.github/workflows/x` cannot write outside the output folder.
 */
export declare function fileSlug(service: string): string;
