/**
 * Lowercase text with accents taken off (`Résumé` → `resume`), the first step of every
 * name made from trace content (case ids, dataset file names).
 */
export function foldToAscii(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
