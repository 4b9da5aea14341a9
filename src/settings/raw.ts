/**
 * Settings arrive as flags, config-file keys or action inputs. Each source becomes a
 * RawSettings layer; typed readers turn a layer into settings objects and report bad
 * values in the words of the source they came from (`--limit`, `toad-eval.yaml: export.limit`).
 */

export type RawValue = string | number | boolean | string[] | Record<string, string>

export interface RawSettings {
  get(key: string): RawValue | undefined
  /** How a key is named to the user where its value came from. */
  describe(key: string): string
}

export class SettingsError extends Error {
  override name = 'SettingsError'
}

/** One layer: values from one place, named by `describe`. */
export function rawSettings(
  values: Record<string, RawValue | undefined>,
  describe: (key: string) => string
): RawSettings {
  return {
    get: key => (Object.hasOwn(values, key) ? values[key] : undefined),
    describe
  }
}

/** Later layers win key by key: flags over config file, inputs over defaults. */
export function layered(...layers: RawSettings[]): RawSettings {
  const owner = (key: string): RawSettings | undefined =>
    [...layers].reverse().find(layer => layer.get(key) !== undefined)
  return {
    get: key => owner(key)?.get(key),
    describe: key => (owner(key) ?? layers.at(-1))?.describe(key) ?? key
  }
}

/** The same values, but a key none of them sets is named as `layer` names it (`suites[0].dataset`). */
export function missingKeysNamedBy(raw: RawSettings, layer: RawSettings): RawSettings {
  return {
    get: raw.get,
    describe: key => (raw.get(key) === undefined ? layer.describe(key) : raw.describe(key))
  }
}

export const flagName = (key: string): string => `--${key}`

export function readString(raw: RawSettings, key: string): string | undefined {
  const value = raw.get(key)
  if (value === undefined) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  throw new SettingsError(`${raw.describe(key)} must be a single text value`)
}

/** A list: repeated flags, a YAML list, or one value. */
export function readStrings(raw: RawSettings, key: string): string[] {
  const value = raw.get(key)
  if (value === undefined) return []
  if (Array.isArray(value)) return value
  if (typeof value === 'string' || typeof value === 'number') return [String(value)]
  throw new SettingsError(`${raw.describe(key)} must be a list of text values`)
}

export function readBoolean(raw: RawSettings, key: string): boolean | undefined {
  const value = raw.get(key)
  if (value === undefined || typeof value === 'boolean') return value
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return value.trim().toLowerCase() === 'true'
  }
  throw new SettingsError(
    `${raw.describe(key)} must be true or false, got ${JSON.stringify(value)}`
  )
}

export function readNumber(
  raw: RawSettings,
  key: string,
  bounds: { min?: number; max?: number; integer?: boolean } = {}
): number | undefined {
  const text = readString(raw, key)
  if (text === undefined) return undefined
  const value = Number(text)
  const { min = -Infinity, max = Infinity, integer = false } = bounds
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    const kind = integer ? 'a whole number' : 'a number'
    const range =
      min > -Infinity && max < Infinity
        ? ` from ${min} to ${max}`
        : min > -Infinity
          ? ` of at least ${min}`
          : ''
    throw new SettingsError(`${raw.describe(key)} must be ${kind}${range}, got "${text}"`)
  }
  return value
}

/**
 * A text value checked by the parser its consumer uses (durations, lookbacks); the parser's
 * complaint is reported under the key's name.
 */
export function readParsed<T>(
  raw: RawSettings,
  key: string,
  parse: (text: string) => T
): { text: string; value: T } | undefined {
  const text = readString(raw, key)
  if (text === undefined) return undefined
  try {
    return { text, value: parse(text) }
  } catch (error) {
    throw new SettingsError(`${raw.describe(key)}: ${(error as Error).message}`, { cause: error })
  }
}

/** An ISO 8601 date/time, or milliseconds since the epoch. */
export function readDate(raw: RawSettings, key: string): Date | undefined {
  const text = readString(raw, key)
  if (text === undefined) return undefined
  const date = /^\d+$/.test(text) ? new Date(Number(text)) : new Date(text)
  if (Number.isNaN(date.getTime())) {
    throw new SettingsError(
      `${raw.describe(key)} must be an ISO 8601 date such as 2026-03-15T14:00:00Z, got "${text}"`
    )
  }
  return date
}

/** `key=value` pairs: repeated flags, a YAML list of them, or a YAML map. */
export function readKeyValues(
  raw: RawSettings,
  key: string,
  separator = '='
): Record<string, string> {
  const value = raw.get(key)
  const result: Record<string, string> = {}
  if (value !== undefined && typeof value === 'object' && !Array.isArray(value)) {
    for (const [name, item] of Object.entries(value)) result[name] = String(item)
    return result
  }
  for (const item of readStrings(raw, key)) {
    const at = item.indexOf(separator)
    const name = at > 0 ? item.slice(0, at).trim() : ''
    if (name === '') {
      const shown = separator === ':' ? `${item.slice(0, Math.max(at, 0))}…` : item
      throw new SettingsError(`${raw.describe(key)} expects name${separator}value, got "${shown}"`)
    }
    result[name] = item.slice(at + 1).trim()
  }
  return result
}

/** One of a fixed set of words. */
export function readChoice<T extends string>(
  raw: RawSettings,
  key: string,
  choices: readonly T[]
): T | undefined {
  const text = readString(raw, key)
  if (text === undefined) return undefined
  const choice = choices.find(candidate => candidate === text)
  if (choice === undefined) {
    throw new SettingsError(
      `${raw.describe(key)} must be one of ${choices.join(', ')}; got "${text}"`
    )
  }
  return choice
}
