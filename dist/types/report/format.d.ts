/** Numbers as the reports print them: the same words in markdown, JUnit and the terminal. */
import type { Distribution } from '../compare/model.js';
/** `95%`, `72.5%`. */
export declare function percent(rate: number): string;
/** `$0.0123`, `$1.25`; `—` when nothing was priced (a local model, or no price known). */
export declare function usd(amount: number): string;
/** `820 ms`, `1.4 s`. */
export declare function duration(ms: number): string;
/** `820 ms / 1.4 s` (p50 / p95), `—` without measured requests. */
export declare function latency(distribution: Distribution | undefined): string;
/** `12,345`. */
export declare function count(value: number): string;
/** Two significant digits, `0.016`; below 0.001 as `<0.001`. */
export declare function pValue(p: number): string;
export declare function plural(n: number, noun: string, nouns?: string): string;
