import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'

/**
 * Everything the action reads from and writes to GitHub Actions, behind one interface so
 * the command code is plain and tests run it without a runner.
 */
export interface ActionEnvironment {
  /** An input's value; '' when not set. */
  getInput(name: string): string
  setOutput(name: string, value: string | number | boolean): void
  setFailed(message: string): void
  info(message: string): void
  warning(message: string): void
  notice(message: string): void
  setSecret(value: string): void
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>
  env: Record<string, string | undefined>
  /** The webhook payload of the event that started the run (GITHUB_EVENT_PATH). */
  eventPayload(): Promise<EventPayload>
  cwd: string
}

/** The parts of the event payload the action uses. */
export interface EventPayload {
  pull_request?: {
    number: number
    head: { sha: string; repo?: { full_name: string } | null }
    base: { sha: string; ref: string; repo: { full_name: string } }
  }
  repository?: { full_name: string; default_branch?: string }
}

export function actionsEnvironment(): ActionEnvironment {
  return {
    getInput: name => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: message => core.setFailed(message),
    info: message => core.info(message),
    warning: message => core.warning(message),
    notice: message => core.notice(message),
    setSecret: value => core.setSecret(value),
    writeSummary: async markdown => {
      await core.summary.addRaw(markdown, true).write()
    },
    env: process.env,
    eventPayload: async () => {
      const path = process.env.GITHUB_EVENT_PATH
      if (!path) return {}
      return JSON.parse(await readFile(path, 'utf8')) as EventPayload
    },
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd()
  }
}
