/**
 * Finding JSON objects and arrays inside prose: models wrap JSON in code fences or put a
 * sentence before it. Fenced blocks are tried first, then bracketed spans of the text.
 *
 * Work is bounded for hostile answers (megabytes of `[[[[`): every step is a linear scan, and
 * at most MAX_BRACKET_STARTS opening brackets are tried, so the cost stays a few passes over
 * the answer however it looks.
 */
export interface FoundJson {
    value: unknown;
    /** Where the JSON text starts in the answer. */
    index: number;
    /** It sat in a ``` code fence. */
    fenced: boolean;
}
/** JSON objects and arrays in `text`, in the order fences then position. */
export declare function findJsonValues(text: string): FoundJson[];
/** The value when `text` is exactly one JSON object or array (surrounding space allowed). */
export declare function parseObjectOrArray(text: string): unknown;
interface FenceBody {
    body: string;
    index: number;
}
/** Bodies of ``` fences, paired in order; an unclosed fence runs to the end of the text. */
export declare function codeFenceBodies(text: string): FenceBody[];
export {};
