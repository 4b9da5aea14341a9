import { type ToStringOptions, type CreateNodeOptions, type DocumentOptions } from 'yaml';
import type { EvalCase, EvalDataset } from './format.js';
/**
 * Output options chosen so any text round-trips exactly and the files stay readable:
 * no line folding (a folded line would change where a person's diff lands), no anchors
 * for repeated values (toad-eye's reader and most humans do not expect them).
 */
export declare const YAML_OPTIONS: DocumentOptions & CreateNodeOptions & ToStringOptions;
export declare function datasetToYaml(dataset: EvalDataset): string;
/** Renders cases as the items of a block sequence, indented to sit under an existing `cases:`. */
export declare function casesToYaml(cases: EvalCase[], indent: number): string;
export declare class DatasetFormatError extends Error {
    name: string;
}
/** Parses a dataset file, checking the keys toad-eye's format requires. */
export declare function parseDataset(text: string, origin: string): EvalDataset;
/** Writes through a temporary file and a rename, so a crash never leaves half a dataset. */
export declare function writeFileAtomic(path: string, text: string): Promise<void>;
