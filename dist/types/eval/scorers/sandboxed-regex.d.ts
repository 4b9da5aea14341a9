/** Far above any sane match on an LLM answer (microseconds), far below a CI job's patience. */
export declare const REGEX_TIMEOUT_MS = 500;
export interface RegexMatch {
    index: number;
    text: string;
}
/** The compile error of a pattern, or undefined when it compiles. */
export declare function regexProblem(pattern: string, flags: string): string | undefined;
/** The first match of `pattern` in `subject`, or null; throws ScorerError on a timeout. */
export declare function matchWithTimeout(pattern: string, flags: string, subject: string): RegexMatch | null;
