/**
 * `llm_judge`: a rubric (`criteria`, as toad-eye writes it; `value` is accepted as an alias)
 * judged by a model. The verdict and its reason are the judge's; a judge that is missing,
 * fails, or answers neither PASS nor FAIL gives an `error:` result, not a failed answer.
 *
 * `createLlmJudge` turns any chat call into that judge: it writes the prompt and reads the reply.
 */
import type { ChatMessage } from '../model.js';
import { type Judge, type JudgeVerdict } from './types.js';
export declare const llmJudge: import("./types.js").Scorer;
/** Longest input or answer shown to the judge; beyond it the judge sees a cut and a note. */
export declare const MAX_JUDGED_CHARS = 20000;
/** A judge that asks a chat model; `ask` sends the messages and returns the reply text. */
export declare function createLlmJudge(ask: (messages: ChatMessage[]) => Promise<string>): Judge;
export declare function judgeMessages(request: {
    criteria: string;
    input: string;
    output: string;
}): ChatMessage[];
/**
 * toad-eye passes when the reply starts with PASS (any case, after whitespace and markdown);
 * FAIL fails; anything else is unreadable and throws. The reason is the rest of the reply.
 */
export declare function parseJudgeReply(reply: string): JudgeVerdict;
