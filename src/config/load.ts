import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { rawSettings, SettingsError, type RawSettings, type RawValue } from '../settings/raw.js'

export const DEFAULT_CONFIG_FILE = 'toad-eval.yaml'

/** The sections of `toad-eval.yaml` and the keys each allows (the CLI's flag names). */
export interface ConfigSchema {
  [section: string]: {
    keys: readonly string[]
    aliases?: Record<string, string>
    /** The section is a list of mappings (`suites:`), each a settings layer of its own. */
    list?: boolean
  }
}

export interface LoadedConfig {
  path: string
  /** One settings layer per mapping section present in the file. */
  sections: Map<string, RawSettings>
  /** The entries of each list section, in file order. */
  lists: Map<string, RawSettings[]>
}

/**
 * Reads `toad-eval.yaml`. Keys are the CLI's flag names (`max-cases`; `max_cases` works
 * too), so a setting reads the same in a config file, on the command line and as an input.
 * Returns undefined when the default file is absent; an explicit path must exist.
 */
export async function loadConfig(
  path: string | undefined,
  schema: ConfigSchema,
  cwd = process.cwd()
): Promise<LoadedConfig | undefined> {
  const file = path ?? DEFAULT_CONFIG_FILE
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path === undefined) return undefined
    throw new SettingsError(`Cannot read config ${file}: ${(error as Error).message}`)
  }
  return { path: file, ...parseConfig(text, file, schema) }
}

export function parseConfig(
  text: string,
  file: string,
  schema: ConfigSchema
): Omit<LoadedConfig, 'path'> {
  let document: unknown
  try {
    document = parse(text, { version: '1.2', uniqueKeys: true })
  } catch (error) {
    throw new SettingsError(`${file}: not valid YAML: ${(error as Error).message}`)
  }
  const sections = new Map<string, RawSettings>()
  const lists = new Map<string, RawSettings[]>()
  if (document === null || document === undefined) return { sections, lists }
  if (!isPlainObject(document))
    throw new SettingsError(
      `${file}: expected a mapping of sections (${Object.keys(schema).join(', ')})`
    )
  for (const [name, body] of Object.entries(document)) {
    const section = schema[name]
    if (!section) {
      throw new SettingsError(
        `${file}: unknown section "${name}"; allowed: ${Object.keys(schema).join(', ')}`
      )
    }
    if (section.list) {
      if (!Array.isArray(body) || !body.every(isPlainObject)) {
        throw new SettingsError(`${file}: ${name} must be a list of mappings of settings`)
      }
      const entries = body.map((entry, index) =>
        sectionSettings(entry, `${file}: ${name}[${index}]`, section)
      )
      lists.set(name, entries)
      continue
    }
    if (!isPlainObject(body))
      throw new SettingsError(`${file}: ${name} must be a mapping of settings`)
    sections.set(name, sectionSettings(body, `${file}: ${name}`, section))
  }
  return { sections, lists }
}

function sectionSettings(
  body: Record<string, unknown>,
  where: string,
  section: ConfigSchema[string]
): RawSettings {
  const values: Record<string, RawValue> = {}
  const spelled: Record<string, string> = {}
  for (const [written, value] of Object.entries(body)) {
    const dashed = written.replace(/_/g, '-')
    const key = section.aliases?.[dashed] ?? dashed
    if (!section.keys.includes(key)) {
      throw new SettingsError(
        `${where}.${written} is not a setting; allowed: ${section.keys.join(', ')}`
      )
    }
    values[key] = rawValue(value, `${where}.${written}`)
    spelled[key] = written
  }
  return rawSettings(values, key => `${where}.${spelled[key] ?? key}`)
}

function rawValue(value: unknown, where: string): RawValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value
  if (Array.isArray(value) && value.every(isScalar)) return value.map(String)
  if (isPlainObject(value) && Object.values(value).every(isScalar)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]))
  }
  throw new SettingsError(
    `${where} must be a text, number, true/false, a list of them, or a mapping of them`
  )
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
