import type { Scorer } from './types.js';
/** Every assertion type accepted, aliases included, sorted for messages. */
export declare const ASSERTION_TYPES: readonly string[];
export declare function scorerFor(type: string): Scorer | undefined;
/** The known type an unknown one was probably meant to be, for "did you mean" hints. */
export declare function suggestType(type: string): string | undefined;
