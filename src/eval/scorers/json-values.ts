/**
 * Comparing parsed JSON values, for `enum`/`const` in schemas and `calls_tool` arguments.
 * Only own properties are read, so keys such as `__proto__` in an answer are plain data.
 */
import { isPlainObject, ownValue } from './options.js'

export type JsonTypeName = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object'

export function jsonTypeName(value: unknown): JsonTypeName | 'undefined' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') return 'string'
  if (isPlainObject(value)) return 'object'
  return 'undefined'
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every(key => Object.hasOwn(b, key) && deepEqual(a[key], ownValue(b, key)))
  }
  return false
}

export interface SubsetMismatch {
  /** JSON-pointer-like path of the first difference (`/city`), `/` for the root. */
  path: string
  actual: unknown
  expected: unknown
}

/**
 * Where `actual` departs from `expected` read as a partial pattern: every key of an expected
 * object must be in the actual one with a matching value (other keys are free); arrays and
 * scalars must match in full. Returns the first difference, or null when `actual` fits.
 */
export function firstSubsetMismatch(
  actual: unknown,
  expected: unknown,
  path = ''
): SubsetMismatch | null {
  const here = { path: path || '/', actual, expected }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return here
    for (const key of Object.keys(expected)) {
      const keyPath = `${path}/${key}`
      if (!Object.hasOwn(actual, key)) {
        return { path: keyPath, actual: undefined, expected: expected[key] }
      }
      const mismatch = firstSubsetMismatch(actual[key], expected[key], keyPath)
      if (mismatch !== null) return mismatch
    }
    return null
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return here
    for (const [index, item] of expected.entries()) {
      const mismatch = firstSubsetMismatch(actual[index], item, `${path}/${index}`)
      if (mismatch !== null) return mismatch
    }
    return null
  }
  return deepEqual(actual, expected) ? null : here
}
