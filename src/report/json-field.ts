/**
 * Typed reads from parsed JSON that name the file and the path of whatever is wrong:
 * `results.json: suites[0].cases[3].head.samples[1].passed: expected a boolean, got "yes"`.
 */

export class InvalidFileError extends Error {
  override name = 'InvalidFileError'
}

export class JsonField {
  constructor(
    /** The file (or other source) the JSON came from, as the user named it. */
    readonly origin: string,
    /** `suites[0].name`; empty for the document itself. */
    readonly path: string,
    readonly value: unknown
  ) {}

  /** The member `name` of this object; absent members read as `undefined`. */
  get(name: string): JsonField {
    const object = this.object()
    const path = this.path === '' ? name : `${this.path}.${name}`
    return new JsonField(this.origin, path, Object.hasOwn(object, name) ? object[name] : undefined)
  }

  isPresent(): boolean {
    return this.value !== undefined && this.value !== null
  }

  object(): Record<string, unknown> {
    if (typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value)) {
      return this.value as Record<string, unknown>
    }
    return this.fail('an object')
  }

  array<T>(readItem: (item: JsonField) => T): T[] {
    if (!Array.isArray(this.value)) return this.fail('an array')
    return this.value.map((item: unknown, index) =>
      readItem(new JsonField(this.origin, `${this.path}[${index}]`, item))
    )
  }

  string(): string {
    return typeof this.value === 'string' ? this.value : this.fail('a string')
  }

  number(): number {
    return typeof this.value === 'number' && Number.isFinite(this.value)
      ? this.value
      : this.fail('a number')
  }

  wholeNumber(): number {
    return Number.isInteger(this.value) && (this.value as number) >= 0
      ? (this.value as number)
      : this.fail('a whole number >= 0')
  }

  boolean(): boolean {
    return typeof this.value === 'boolean' ? this.value : this.fail('true or false')
  }

  /** `read(this)` when present, else `undefined` (JSON has no undefined: null counts as absent). */
  optional<T>(read: (field: JsonField) => T): T | undefined {
    return this.isPresent() ? read(this) : undefined
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    const value = this.string()
    if ((allowed as readonly string[]).includes(value)) return value as T
    return this.fail(`one of ${allowed.map(item => JSON.stringify(item)).join(', ')}`)
  }

  fail(expected: string): never {
    const where = this.path === '' ? this.origin : `${this.origin}: ${this.path}`
    throw new InvalidFileError(`${where}: expected ${expected}, got ${describe(this.value)}`)
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/**
 * `value` without its `undefined` members, so an object read back from JSON has exactly the
 * keys it was written with.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T
}
