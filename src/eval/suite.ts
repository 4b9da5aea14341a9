import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import type { EvalCase, EvalDataset } from '../dataset/format.js'
import { parseDataset } from '../dataset/yaml.js'
import { expandPaths } from '../files/expand.js'
import type { SuiteSettings } from '../settings/eval.js'
import { SettingsError } from '../settings/raw.js'
import type { GitReader } from './prompts/git.js'
import { parsePromptFile, type PromptTemplate } from './prompts/template.js'
import { validateAssertions } from './scorers/index.js'

/** The dataset files a suite names: files, globs, and folders' `*.eval.yaml` files. */
export function datasetFiles(
  settings: Pick<SuiteSettings, 'datasets'>,
  cwd: string
): Promise<string[]> {
  return expandPaths(settings.datasets, {
    cwd,
    folderPattern: '**/*.eval.{yaml,yml}',
    what: 'datasets'
  })
}

/** A case and the dataset file it came from. */
export interface LoadedCase {
  dataset: string
  evalCase: EvalCase
  /** The dataset's recorded production model, the fallback for cases without their own. */
  datasetModel?: string
}

/** One prompt file read twice: from the working tree (head) and at the base ref. */
export interface PromptPair {
  path: string
  baseRef: string
  head: PromptTemplate
  /** Absent when the file does not exist at the base ref (a new prompt). */
  base?: PromptTemplate
  unchanged: boolean
}

export interface PreparedSuite {
  settings: SuiteSettings
  cases: LoadedCase[]
  prompt?: PromptPair
}

export interface PrepareOptions {
  cwd: string
  git: GitReader
  /** Resolved base ref (a commit); needed only for suites with a prompt file. */
  baseRef?: () => Promise<string>
  shard?: { index: number; total: number }
}

/**
 * Everything a suite needs before any model is called: its cases (this shard's slice) with
 * every assertion validated, and its prompt at head and base. Problems in datasets are
 * reported all at once, as a config error.
 */
export async function prepareSuite(
  settings: SuiteSettings,
  options: PrepareOptions
): Promise<PreparedSuite> {
  const files = await datasetFiles(settings, options.cwd).catch((error: Error) => {
    throw new SettingsError(`suite ${settings.name}: ${error.message}`)
  })
  const cases: LoadedCase[] = []
  const problems: string[] = []
  for (const file of files) {
    const shown = relative(options.cwd, file) || file
    const dataset = parseDataset(await readFile(file, 'utf8'), shown)
    for (const evalCase of dataset.cases) {
      problems.push(
        ...validateAssertions(evalCase.assertions ?? [], `${shown}: case ${evalCase.id}`)
      )
      cases.push(loadedCase(shown, evalCase, dataset))
    }
  }
  if (problems.length > 0) throw new SettingsError(problems.join('\n'))
  const prompt = settings.prompt
    ? await readPromptPair(settings.prompt, settings.basePrompt, options)
    : undefined
  requireModels(settings, cases, prompt)
  return {
    settings,
    cases: options.shard ? cases.filter(loaded => inShard(loaded, options.shard!)) : cases,
    ...(prompt ? { prompt } : {})
  }
}

function loadedCase(dataset: string, evalCase: EvalCase, file: EvalDataset): LoadedCase {
  const model =
    typeof file.metadata?.model === 'string' && file.metadata.model !== 'unknown'
      ? file.metadata.model
      : undefined
  return { dataset, evalCase, ...(model ? { datasetModel: model } : {}) }
}

async function readPromptPair(
  path: string,
  basePath: string | undefined,
  options: PrepareOptions
): Promise<PromptPair> {
  const headText = await readPromptText(path, options.cwd)
  if (basePath) {
    // Two files side by side: the base is another file of the working tree, no git needed.
    const baseText = await readPromptText(basePath, options.cwd)
    return {
      path,
      baseRef: basePath,
      head: parsePromptFile(headText, path),
      base: parsePromptFile(baseText, basePath),
      unchanged: baseText === headText
    }
  }
  if (!options.baseRef) throw new SettingsError(`A base ref is needed to compare ${path}`)
  const baseRef = await options.baseRef()
  const baseText = await options.git.readAtRef(path, baseRef)
  return {
    path,
    baseRef,
    head: parsePromptFile(headText, path),
    ...(baseText !== undefined
      ? { base: parsePromptFile(baseText, `${path}@${baseRef.slice(0, 12)}`) }
      : {}),
    unchanged: baseText === headText
  }
}

/** A case with no model to ask would only turn into an error sample: say so before any call. */
function requireModels(
  settings: SuiteSettings,
  cases: LoadedCase[],
  prompt: PromptPair | undefined
): void {
  if (settings.model || prompt?.head.model?.name) return
  const missing = cases.filter(
    loaded => typeof loaded.evalCase.source?.model !== 'string' && loaded.datasetModel === undefined
  )
  const first = missing[0]
  if (first) {
    throw new SettingsError(
      `suite ${settings.name}: no model for ${missing.length} case(s), e.g. ${first.dataset}: ${first.evalCase.id}; ` +
        'set model in the suite (or --model): the dataset records none'
    )
  }
}

async function readPromptText(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8')
  } catch (error) {
    throw new SettingsError(`Cannot read prompt ${path}: ${(error as Error).message}`)
  }
}

/**
 * Shards split by a hash of dataset and case id, not by position, so adding a case moves
 * no other case to another shard (and its cache entries stay where they were).
 */
export function inShard(loaded: LoadedCase, shard: { index: number; total: number }): boolean {
  const digest = createHash('sha256')
    .update(`${loaded.dataset}\u0000${loaded.evalCase.id}`)
    .digest()
  return digest.readUInt32BE(0) % shard.total === shard.index - 1
}
