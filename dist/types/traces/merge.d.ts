import type { Trace } from './model.js';
/**
 * Joins traces that share an id (one trace split over files or response chunks), keeping
 * first-seen order. A span listed twice with the same content is kept once.
 */
export declare function mergeTraces(traces: Trace[]): Trace[];
