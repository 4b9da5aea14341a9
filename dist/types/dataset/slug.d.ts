/**
 * Lowercase text with accents taken off (`Résumé` → `resume`), the first step of every
 * name made from trace content (case ids, dataset file names).
 */
export declare function foldToAscii(text: string): string;
