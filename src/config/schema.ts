import type { ConfigSchema, LoadedConfig } from './load.js'
import {
  EVAL_SETTING_ALIASES,
  parseRunSettings,
  RUN_SETTING_KEYS,
  SUITE_SETTING_KEYS,
  type RunSettings
} from '../settings/eval.js'
import {
  EXPORT_SETTING_ALIASES,
  EXPORT_SETTING_KEYS,
  parseExportCommandSettings,
  type ExportCommandSettings
} from '../settings/export.js'
import { layered, type RawSettings } from '../settings/raw.js'

/**
 * The sections toad-eval.yaml may have: one file serves the nightly export and the PR run.
 * Keys are the CLI's flag names.
 */
export const CONFIG_SCHEMA: ConfigSchema = {
  export: { keys: EXPORT_SETTING_KEYS, aliases: EXPORT_SETTING_ALIASES },
  eval: { keys: [...SUITE_SETTING_KEYS, ...RUN_SETTING_KEYS], aliases: EVAL_SETTING_ALIASES },
  suites: { keys: SUITE_SETTING_KEYS, aliases: EVAL_SETTING_ALIASES, list: true }
}

/** The run's settings: toad-eval.yaml's `eval` defaults and `suites`, under flags or inputs. */
export function runSettingsFrom(
  config: LoadedConfig | undefined,
  overrides: RawSettings,
  env: Record<string, string | undefined>
): RunSettings {
  const defaults = config?.sections.get('eval')
  const suites = config?.lists.get('suites')
  return parseRunSettings({
    ...(defaults ? { defaults } : {}),
    ...(suites ? { suites } : {}),
    flags: overrides,
    env
  })
}

/** The export's settings: toad-eval.yaml's `export` section under flags or inputs. */
export function exportSettingsFrom(
  config: LoadedConfig | undefined,
  overrides: RawSettings,
  env: Record<string, string | undefined>
): ExportCommandSettings {
  const section = config?.sections.get('export')
  return parseExportCommandSettings(section ? layered(section, overrides) : overrides, env)
}
