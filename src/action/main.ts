import { actionsEnvironment, type ActionEnvironment } from './environment.js'
import type { GitHubApi } from './github.js'
import type { CacheService } from './response-cache.js'

/**
 * What the commands need from the outside world; tests pass their own. The GitHub client
 * and the cache service load on first use: most runs need one of them, none needs both
 * at start-up.
 */
export interface ActionDependencies {
  environment: ActionEnvironment
  github(token: string): Promise<GitHubApi>
  cacheService(): Promise<CacheService>
}

type CommandRunner = (dependencies: ActionDependencies) => Promise<void>

const COMMANDS: Record<string, () => Promise<CommandRunner>> = {
  eval: async () => (await import('./eval.js')).evalCommand,
  export: async () => (await import('./export.js')).exportCommand,
  report: async () => (await import('./report.js')).reportCommand
}

/** The action's one entry: dispatch on `command`, and turn any failure into a one-line reason. */
export async function run(dependencies: ActionDependencies = defaultDependencies()): Promise<void> {
  const { environment } = dependencies
  try {
    const name = environment.getInput('command').trim() || 'eval'
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
    if (!load) throw new Error(`input "command" must be eval, export or report, got "${name}"`)
    await (
      await load()
    )(dependencies)
  } catch (error) {
    environment.setFailed(failureMessage(error))
  }
}

/** Infrastructure failures say so, so a red check reads as an outage rather than a regression. */
function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const name = error instanceof Error ? error.name : ''
  if (name === 'HttpError')
    return `toad-eval: the trace source could not be read (infrastructure error): ${message}`
  return `toad-eval: ${message}`
}

function defaultDependencies(): ActionDependencies {
  const environment = actionsEnvironment()
  return {
    environment,
    github: async token => {
      const { createGitHubApi } = await import('./github.js')
      const apiUrl = environment.env.GITHUB_API_URL
      return createGitHubApi({ token, ...(apiUrl ? { apiUrl } : {}) })
    },
    cacheService: async () => (await import('./response-cache.js')).actionsCacheService()
  }
}
