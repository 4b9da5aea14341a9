import { resolve } from 'node:path'
import { evaluate, type EvaluateDependencies } from '../eval/evaluate.js'
import { createGitReader } from '../eval/prompts/git.js'
import type { SuiteRun } from '../eval/run-model.js'
import type { RunSettings } from '../settings/eval.js'
import type { ActionDependencies } from './main.js'
import { responseCacheKeys, restoreResponseCache, saveResponseCache } from './response-cache.js'

/**
 * Evaluates with the response cache restored from, and saved back to, the Actions cache;
 * without a cache directory (cache: false) it just evaluates.
 */
export async function evaluateWithActionsCache(
  settings: RunSettings,
  dependencies: ActionDependencies,
  options: Pick<EvaluateDependencies, 'only'> = {}
): Promise<SuiteRun[]> {
  const { environment } = dependencies
  const run = () =>
    settings.suites.length === 0
      ? Promise.resolve([])
      : evaluate(settings, {
          cwd: environment.cwd,
          git: createGitReader(environment.cwd),
          ...options
        })
  if (!settings.cacheDir) return run()

  const service = await dependencies.cacheService()
  const dir = resolve(environment.cwd, settings.cacheDir)
  const keys = responseCacheKeys({
    os: environment.env.RUNNER_OS ?? 'unknown',
    runId: environment.env.GITHUB_RUN_ID ?? String(Date.now()),
    runAttempt: environment.env.GITHUB_RUN_ATTEMPT ?? '1',
    ...(settings.shard ? { shard: settings.shard } : {})
  })
  const restored = await restoreResponseCache(service, { dir, ...keys, log: environment })
  const runs = await run()
  await saveResponseCache(service, { dir, ...keys, log: environment, restored })
  return runs
}
