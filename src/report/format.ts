/** Numbers as the reports print them: the same words in markdown, JUnit and the terminal. */
import type { Distribution } from '../compare/model.js'

/** `95%`, `72.5%`. */
export function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`
}

/** `$0.0123`, `$1.25`; `—` when nothing was priced (a local model, or no price known). */
export function usd(amount: number): string {
  if (amount === 0) return '—'
  if (amount < 0.0001) return '<$0.0001'
  return amount < 1 ? `$${amount.toFixed(4)}` : `$${amount.toFixed(2)}`
}

/** `820 ms`, `1.4 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** `820 ms / 1.4 s` (p50 / p95), `—` without measured requests. */
export function latency(distribution: Distribution | undefined): string {
  if (distribution === undefined) return '—'
  return `${duration(distribution.p50)} / ${duration(distribution.p95)}`
}

/** `12,345`. */
export function count(value: number): string {
  return value.toLocaleString('en-US')
}

/** Two significant digits, `0.016`; below 0.001 as `<0.001`. */
export function pValue(p: number): string {
  return p < 0.001 ? '<0.001' : String(Number(p.toPrecision(2)))
}

export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${count(n)} ${n === 1 ? noun : nouns}`
}
