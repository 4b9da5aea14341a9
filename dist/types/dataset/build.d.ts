import type { LlmCall } from '../extract/model.js';
import type { EvalCase } from './format.js';
import { type Redactor } from './redact.js';
export interface BuildCaseOptions {
    /** When absent, text is written as recorded (`--no-redact`). */
    redactor?: Redactor;
}
/**
 * One eval case from one production call. The case input is the last user message (the whole
 * prompt where the convention records only one string); assertions come from the real answer.
 */
export declare function buildCase(call: LlmCall, options?: BuildCaseOptions): EvalCase;
/**
 * A readable, stable id: a slug of the (already redacted) input and the start of the span
 * id, e.g. `reset-my-password-01e1a2b3`. Span ids are unique per call, so re-exporting the
 * same call gives the same id. The slug comes from the input's last line: where a prompt
 * was recorded whole (system text, then the question), that line is the question.
 */
export declare function caseId(input: string, spanId: string): string;
/**
 * Two inputs that differ only in letter case or spacing are the same test;
 * the hash also identifies a call across traces when merging into existing files.
 */
export declare function contentHash(evalCase: Pick<EvalCase, 'variables' | 'system' | 'messages'>): string;
