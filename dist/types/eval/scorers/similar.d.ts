type SimilarityMethod = 'embedding' | 'lexical';
export declare const DEFAULT_THRESHOLDS: Record<SimilarityMethod, number>;
export declare const similar: import("./types.js").Scorer;
export declare function cosineSimilarity(a: number[], b: number[]): number;
/** Word-multiset F1 (SQuAD's overlap score): 1 for the same words, 0 for none shared. */
export declare function lexicalF1(answer: string, reference: string): number;
export {};
