/**
 * The Octokit instance and the one wrapper every call goes through, shared by the modules behind
 * `GitHubApi`. Nothing outside `src/action/github*.ts`, `sticky-comment.ts` and `dataset-pr.ts`
 * sees these types.
 */
import { getOctokit } from '@actions/github'
import { toGitHubApiError, type StatusHints } from './github-errors.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClient {
  octokit: Octokit
  /** Runs `request`, turning any failure into a `GitHubApiError` that says "Could not {action}". */
  call<T>(action: string, hints: StatusHints, request: () => Promise<T>): Promise<T>
}

export const DEFAULT_API_URL = 'https://api.github.com'

export function createGitHubClient(token: string, apiUrl = DEFAULT_API_URL): GitHubClient {
  // Octokit joins paths onto the base URL as given, so a trailing slash would double up.
  const baseUrl = apiUrl.replace(/\/+$/, '')
  const octokit = getOctokit(token, { baseUrl })
  return {
    octokit,
    async call(action, hints, request) {
      try {
        return await request()
      } catch (error) {
        throw toGitHubApiError(error, { action, hints, apiUrl: baseUrl, secrets: [token] })
      }
    }
  }
}
