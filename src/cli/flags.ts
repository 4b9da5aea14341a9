import { parseArgs } from 'node:util'
import {
  flagName,
  rawSettings,
  SettingsError,
  type RawSettings,
  type RawValue
} from '../settings/raw.js'

/** Parses a command's flags; a bad or unknown flag is a usage error (exit 2). */
export function parseFlags<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: T
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new SettingsError(error instanceof Error ? error.message : String(error))
  }
}

/** Parsed flags as a settings layer whose keys are named `--key` in messages. */
export function flagSettings(values: Record<string, RawValue | undefined>): RawSettings {
  return rawSettings(values, flagName)
}
