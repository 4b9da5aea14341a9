/**
 * Redaction runs on every text that goes into a dataset, before anything is written:
 * datasets are committed to git and shown in pull requests, so personal data and secrets
 * from production traffic must not reach them.
 */
export type RedactionKind = 'EMAIL' | 'PHONE' | 'CARD' | 'IP' | 'API_KEY' | 'GITHUB_TOKEN' | 'AWS_KEY' | 'SLACK_TOKEN' | 'JWT' | 'BEARER_TOKEN';
export interface CustomPattern {
    /** Placeholder name: `[REDACTED:<NAME>]`. */
    name: string;
    pattern: string;
}
export interface Redactor {
    redact(text: string): string;
    /** Counts of replacements made so far, by kind. */
    readonly counts: Readonly<Record<string, number>>;
}
export declare function createRedactor(customPatterns?: CustomPattern[]): Redactor;
/** Redacts every string inside a JSON-like value (tool arguments, structured output). */
export declare function redactDeep(value: unknown, redactor: Redactor): unknown;
