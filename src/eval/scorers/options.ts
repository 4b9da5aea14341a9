/**
 * Reading an assertion's value and options with messages that say what is allowed. Every
 * problem is collected (not just the first), so one validation run lists them all.
 */
import type { Assertion } from '../../dataset/format.js'
import { describeValue } from './reasons.js'
import type { Parsed } from './types.js'

export type JsonObject = Record<string, unknown>

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property only: `__proto__` or `constructor` in data never reach the prototype. */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

export class OptionReader {
  private readonly problems: string[] = []

  constructor(private readonly assertion: Assertion) {}

  /** The raw field, for readers with rules of their own. */
  raw(key: string): unknown {
    return ownValue(this.assertion, key)
  }

  problem(message: string): void {
    this.problems.push(message)
  }

  /** A number written in YAML is text too (`contains: 2025`), so numbers are accepted as text. */
  text(key: string, options: { required: true }): string
  text(key: string, options?: { required?: boolean }): string | undefined
  text(key: string, { required = false } = {}): string | undefined {
    const value = this.raw(key)
    if (value === undefined && !required) return undefined
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    if (typeof value === 'string' && value !== '') return value
    this.problem(`${key} must be a non-empty string, got ${describeValue(value)}`)
    return ''
  }

  integer(key: string, { min }: { min: number }): number {
    const value = this.raw(key)
    if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value
    const kind = min === 1 ? 'a positive integer' : `an integer ≥ ${min}`
    this.problem(`${key} must be ${kind}, got ${describeValue(value)}`)
    return min
  }

  /** A number in `[min, max]`; `exclusiveMin` excludes the lower bound (thresholds of 0). */
  number(key: string, range: { min: number; max?: number; exclusiveMin?: boolean }): number
  number(
    key: string,
    range: { min: number; max?: number; exclusiveMin?: boolean },
    options: { required: false }
  ): number | undefined
  number(
    key: string,
    {
      min,
      max = Infinity,
      exclusiveMin = false
    }: { min: number; max?: number; exclusiveMin?: boolean },
    { required = true }: { required?: boolean } = {}
  ): number | undefined {
    const value = this.raw(key)
    if (value === undefined && !required) return undefined
    const aboveMin = typeof value === 'number' && (exclusiveMin ? value > min : value >= min)
    if (aboveMin && Number.isFinite(value) && value <= max) return value
    const lower = exclusiveMin ? `> ${min}` : `≥ ${min}`
    const range = max === Infinity ? lower : `${lower} and ≤ ${max}`
    this.problem(`${key} must be a number ${range}, got ${describeValue(value)}`)
    return min
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.raw(key)
    if (value === undefined) return fallback
    if (typeof value === 'boolean') return value
    this.problem(`${key} must be true or false, got ${describeValue(value)}`)
    return fallback
  }

  object(key: string): JsonObject | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    if (isPlainObject(value)) return value
    this.problem(`${key} must be a mapping, got ${describeValue(value)}`)
    return undefined
  }

  /** The options when every read succeeded, else every problem. */
  result<Options>(options: Options): Parsed<Options> {
    return this.problems.length === 0
      ? { ok: true, options }
      : { ok: false, problems: [...this.problems] }
  }
}
