import type { Trace } from './model.js';
import type { TraceQuery, TraceSource } from './source.js';
export interface FileSourceOptions {
    /** Files, folders (their *.json and *.jsonl files) or glob patterns. */
    paths: string[];
    cwd?: string;
    /** Passed to the decoder for files exported from Tempo, which cuts long values short. */
    truncationLimitBytes?: number;
}
/**
 * Trace files as a TraceSource: everything is read once, then searched in memory
 * with the same query a server would get.
 */
export declare function createFileSource(options: FileSourceOptions): TraceSource;
/** Reads and decodes every file the paths name; traces split across files are merged. */
export declare function readTraceFiles(options: FileSourceOptions): Promise<Trace[]>;
/** Expands paths in order, without duplicates; a path that names nothing is an error. */
export declare function resolveTraceFiles(paths: string[], cwd: string): Promise<string[]>;
/** Applies a TraceQuery in memory, as a trace backend would on its side. */
export declare function searchTraces(traces: Trace[], query: TraceQuery): Trace[];
