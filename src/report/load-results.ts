import { readFile } from 'node:fs/promises'
import { expandPaths } from '../files/expand.js'
import { mergeResults } from './merge-results.js'
import { parseResults, type ResultsFile } from './results-file.js'

/**
 * Reads results.json files named by paths, folders or globs: one run as it is, or shards
 * merged into one run (which fails when a shard is missing or two disagree).
 */
export async function loadResultsFiles(patterns: string[], cwd: string): Promise<ResultsFile> {
  const files = await expandPaths(patterns, {
    cwd,
    folderPattern: '**/*.json',
    what: 'results files'
  })
  const loaded = await Promise.all(
    files.map(async origin => ({
      origin,
      results: parseResults(await readFile(origin, 'utf8'), origin)
    }))
  )
  return loaded.length === 1 ? loaded[0]!.results : mergeResults(loaded)
}
