import type { ActionEnvironment, EventPayload } from './environment.js'
import type { RepoRef } from './github.js'

/** What the action knows about where it runs, read once from the event and the environment. */
export interface RunContext {
  repo: RepoRef
  payload: EventPayload
  pullRequest?: {
    number: number
    headSha: string
    baseSha: string
    /** The PR comes from another repository: its workflow runs without secrets. */
    fromFork: boolean
  }
  /** This workflow run's page, for links from the comment. */
  runUrl?: string
}

export async function readRunContext(environment: ActionEnvironment): Promise<RunContext> {
  const { env } = environment
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const payload = await environment.eventPayload()
  const pr = payload.pull_request
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    repo: { owner, repo },
    payload,
    ...(pr
      ? {
          pullRequest: {
            number: pr.number,
            headSha: pr.head.sha,
            baseSha: pr.base.sha,
            fromFork: (pr.head.repo?.full_name ?? '') !== pr.base.repo.full_name
          }
        }
      : {}),
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {})
  }
}
