import type { EvalDataset } from '../dataset/format.js';
import { type CustomPattern } from '../dataset/redact.js';
import type { Trace } from '../traces/model.js';
import type { TraceSource } from '../traces/source.js';
/** toad-eye's default Jaeger query address. */
export declare const DEFAULT_JAEGER_URL = "http://localhost:16686";
export declare class TraceNotFoundError extends Error {
    readonly traceId: string;
    name: string;
    constructor(traceId: string);
}
/** The trace has no LLM call with content; the first line is toad-eye's message, word for word. */
export declare class NoExportableSpansError extends Error {
    readonly traceId: string;
    readonly hints: string[];
    name: string;
    constructor(traceId: string, hints: string[]);
}
export interface TraceExportOptions {
    /** On by default. */
    redact?: boolean;
    redactPatterns?: CustomPattern[];
    now?: () => Date;
}
export interface FetchTraceOptions {
    jaegerUrl?: string;
    /** Any other source (api_v3, Tempo, files); takes precedence over `jaegerUrl`. */
    source?: TraceSource;
}
/** Fetches one trace by id; throws TraceNotFoundError when the source does not have it. */
export declare function fetchTrace(traceId: string, options?: FetchTraceOptions): Promise<Trace>;
/**
 * The dataset toad-eye's `export-trace` writes for one trace, with our extra keys;
 * undefined when no LLM call in it recorded content.
 */
export declare function traceToDataset(trace: Trace, options?: TraceExportOptions): EvalDataset | undefined;
/** toad-eye's `traceToEvalYaml`: the dataset as YAML, or undefined when nothing is exportable. */
export declare function traceToEvalYaml(trace: Trace, options?: TraceExportOptions): string | undefined;
/** toad-eye's `exportTrace`: fetch, convert, and return the YAML (the caller writes it). */
export declare function exportTrace(traceId: string, options?: FetchTraceOptions & TraceExportOptions): Promise<string>;
export interface ExportTraceFileResult {
    path: string;
    dataset: EvalDataset;
    /** Cases new to the file (all of them unless the file existed). */
    added: number;
}
/**
 * What `toad-eval export-trace` does: writes `trace-<first 8>.eval.yaml` in `outputDir`.
 * Exporting again into an edited file keeps the edits and adds only what is new.
 */
export declare function exportTraceToFile(traceId: string, outputDir: string, options?: FetchTraceOptions & TraceExportOptions): Promise<ExportTraceFileResult>;
/**
 * The first 8 hex characters, as toad-eye names files. A 64-bit id (old Jaeger clients) is
 * padded to 32 with zeros; its own digits start after the padding.
 */
export declare function shortTraceId(traceId: string): string;
