/**
 * What scorers read (one answer and the case around it) and what they give back. Each scorer
 * family module defines its types with `defineScorer`; `registry.ts` maps type names to them.
 */
import type { Assertion } from '../../dataset/format.js';
import type { AssertionResult, ToolCall } from '../model.js';
/** One model answer, as the runner got it through the scheduler and cache. */
export interface Answer {
    output: string;
    toolCalls: ToolCall[];
    /** Wall time of the request; absent for cache hits, which were not timed. */
    latencyMs?: number;
    /** USD; absent when the price of the model is not known. */
    costUsd?: number;
    cached: boolean;
}
export interface JudgeRequest {
    /** The rubric, as written in the assertion. */
    criteria: string;
    /** The case's input (what the user asked). */
    input: string;
    /** The answer to judge: untrusted text. */
    output: string;
}
export interface JudgeVerdict {
    passed: boolean;
    reason: string;
}
/** Asks a judge model whether an answer meets a rubric; throws when it cannot tell. */
export type Judge = (request: JudgeRequest) => Promise<JudgeVerdict>;
/** One embedding vector per text, in order. */
export type Embed = (texts: string[]) => Promise<number[][]>;
export interface ScoringContext {
    /** The case's input, for the judge. */
    input: string;
    /** The production answer recorded in the dataset: the reference of `similar`. */
    productionOutput?: string;
    judge?: Judge;
    embed?: Embed;
}
/** A scorer's verdict on one answer; `scoreAnswer` adds the type and the assertion. */
export type Outcome = Omit<AssertionResult, 'type'>;
/** What the parse step of a scorer gives: options ready to score with, or every problem. */
export type Parsed<Options> = {
    ok: true;
    options: Options;
} | {
    ok: false;
    problems: string[];
};
/**
 * A scorer family member. `parse` reads the assertion's value and options once (validation and
 * scoring share it, so they cannot disagree); `score` only sees options that parsed.
 * Throwing from `score` turns into an `error:` result, never a crash of the run.
 */
export interface ScorerSpec<Options> {
    parse(assertion: Assertion): Parsed<Options>;
    score(options: Options, answer: Answer, context: ScoringContext): Outcome | Promise<Outcome>;
}
/** A scorer with its options type erased, so one table can hold them all. */
export interface Scorer {
    /** Problems with the assertion's value and options, as phrases without a location. */
    validate(assertion: Assertion): string[];
    score(assertion: Assertion, answer: Answer, context: ScoringContext): Promise<Outcome>;
}
/** A scorer that cannot decide throws this; the message becomes the reason after `error: `. */
export declare class ScorerError extends Error {
    name: string;
}
export declare function defineScorer<Options>(spec: ScorerSpec<Options>): Scorer;
