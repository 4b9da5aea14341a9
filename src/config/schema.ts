import type { ConfigSchema } from './load.js'
import { EVAL_SETTING_ALIASES, RUN_SETTING_KEYS, SUITE_SETTING_KEYS } from '../settings/eval.js'
import { EXPORT_SETTING_ALIASES, EXPORT_SETTING_KEYS } from '../settings/export.js'

/**
 * The sections toad-eval.yaml may have: one file serves the nightly export and the PR run.
 * Keys are the CLI's flag names.
 */
export const CONFIG_SCHEMA: ConfigSchema = {
  export: { keys: EXPORT_SETTING_KEYS, aliases: EXPORT_SETTING_ALIASES },
  eval: { keys: [...SUITE_SETTING_KEYS, ...RUN_SETTING_KEYS], aliases: EVAL_SETTING_ALIASES },
  suites: { keys: SUITE_SETTING_KEYS, aliases: EVAL_SETTING_ALIASES, list: true }
}
