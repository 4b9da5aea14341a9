/**
 * Short, readable pieces of reasons. A reason lands in a PR comment table cell, so it quotes
 * snippets, never whole answers, and stays on one line.
 */
/** The longest reason a result carries; longer ones are cut with an ellipsis. */
export declare const MAX_REASON_LENGTH = 120;
/** `text` in double quotes, cut to `max` characters, newlines and control characters escaped. */
export declare function quote(text: string, max?: number): string;
/** A quoted snippet of `text` starting a little before `index`: where a phrase was found. */
export declare function quoteAround(text: string, index: number, length?: number): string;
/** A value as written in a dataset, for "got …" in validation messages. */
export declare function describeValue(value: unknown): string;
/** Numbers as people read them: at most 4 significant decimals, no float noise. */
export declare function formatNumber(value: number): string;
/** Whatever a scorer wrote, a reason never exceeds the table cell budget or spans lines. */
export declare function clampReason(reason: string): string;
