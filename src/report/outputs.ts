import type { EvalReport } from './eval-report.js'
import { renderJunit } from './junit.js'
import { renderWithinLimit } from './markdown.js'
import { serializeResults, type ResultsFile } from './results-file.js'
import { writeFileAtomic } from '../dataset/yaml.js'

export interface ReportOutputs {
  results?: string
  markdown?: string
  junit?: string
}

/** A markdown file is read in a browser or a job summary (1 MiB there), not a PR comment. */
export const MARKDOWN_FILE_MAX_CHARS = 1_000_000

/** Writes each requested output. */
export async function writeReportOutputs(
  results: ResultsFile,
  report: EvalReport,
  outputs: ReportOutputs
): Promise<void> {
  if (outputs.results) await writeFileAtomic(outputs.results, serializeResults(results))
  if (outputs.markdown) {
    const { markdown } = renderWithinLimit(report, { maxChars: MARKDOWN_FILE_MAX_CHARS })
    await writeFileAtomic(outputs.markdown, markdown)
  }
  if (outputs.junit) await writeFileAtomic(outputs.junit, renderJunit(report))
}
