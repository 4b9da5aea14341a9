/**
 * Short, readable pieces of reasons. A reason lands in a PR comment table cell, so it quotes
 * snippets, never whole answers, and stays on one line.
 */

/** The longest reason a result carries; longer ones are cut with an ellipsis. */
export const MAX_REASON_LENGTH = 120

const DEFAULT_SNIPPET_LENGTH = 32

/** `text` in double quotes, cut to `max` characters, newlines and control characters escaped. */
export function quote(text: string, max = DEFAULT_SNIPPET_LENGTH): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text
  return JSON.stringify(cut)
}

/** Characters shown before a match, so the snippet reads as context. */
const CONTEXT_BEFORE = 8

/** A quoted snippet of `text` starting a little before `index`: where a phrase was found. */
export function quoteAround(text: string, index: number, length = DEFAULT_SNIPPET_LENGTH): string {
  const start = Math.max(0, index - CONTEXT_BEFORE)
  const end = start + length
  const lead = start > 0 ? '…' : ''
  const tail = end < text.length ? '…' : ''
  return JSON.stringify(lead + text.slice(start, end) + tail)
}

/** A value as written in a dataset, for "got …" in validation messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') return quote(value)
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return String(value)
}

/** Numbers as people read them: at most 4 significant decimals, no float noise. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value)
  return String(Number(value.toPrecision(4)))
}

/** Whatever a scorer wrote, a reason never exceeds the table cell budget or spans lines. */
export function clampReason(reason: string): string {
  const oneLine = reason.replace(/\s*\n\s*/g, ' ')
  return oneLine.length > MAX_REASON_LENGTH
    ? `${oneLine.slice(0, MAX_REASON_LENGTH - 1)}…`
    : oneLine
}
