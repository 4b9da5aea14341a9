import { readFile } from 'node:fs/promises'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { contentHash } from './build.js'
import type { DatasetHeader, EvalCase } from './format.js'
import {
  casesToYaml,
  datasetToYaml,
  DatasetFormatError,
  parseDataset,
  writeFileAtomic,
  YAML_OPTIONS
} from './yaml.js'

export interface MergeResult {
  /** The file's new text; identical to the old text when nothing was added. */
  text: string
  added: EvalCase[]
  /** New calls already in the file (same span, or the same input in another trace). */
  alreadyPresent: number
  /** New cases left out because `limit` was reached. */
  overLimit: number
}

export interface FileMergeResult extends MergeResult {
  /** The file did not exist before. */
  created: boolean
  /** The file was written (it is left alone when nothing was added). */
  written: boolean
}

/**
 * Merges cases into the dataset file at `path`: reads it if it exists, appends what is new,
 * and writes it back atomically only when something was added. A file is never created
 * without cases.
 */
export async function mergeIntoFile(
  path: string,
  header: DatasetHeader,
  candidates: EvalCase[],
  options: MergeOptions & { origin?: string } = {}
): Promise<FileMergeResult> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  const merged = mergeCases(existing, header, candidates, options.origin ?? path, options)
  const written = merged.added.length > 0
  if (written) await writeFileAtomic(path, merged.text)
  return { ...merged, created: existing === undefined, written }
}

export interface MergeOptions {
  /** The most cases to add; the rest are counted in `overLimit`. */
  limit?: number
}

/**
 * Adds new cases to a dataset file without touching what is there: existing cases keep
 * their order, their edits and their bytes. New cases are appended as text after the last
 * case, so a reviewer's diff shows only additions.
 */
export function mergeCases(
  existingText: string | undefined,
  header: DatasetHeader,
  candidates: EvalCase[],
  origin: string,
  options: MergeOptions = {}
): MergeResult {
  const existing = existingText === undefined ? undefined : parseDataset(existingText, origin)
  const fresh = newCasesOnly(existing?.cases ?? [], candidates)
  const limit = options.limit ?? Infinity
  const added = fresh.added.slice(0, limit)
  const counts = {
    alreadyPresent: fresh.alreadyPresent,
    overLimit: fresh.added.length - added.length
  }
  if (existingText === undefined) {
    return { text: datasetToYaml({ ...header, cases: added }), added, ...counts }
  }
  if (added.length === 0) return { text: existingText, added, ...counts }
  return { text: appendCases(existingText, added, origin), added, ...counts }
}

function newCasesOnly(existing: EvalCase[], candidates: EvalCase[]) {
  const spans = new Set(existing.map(evalCase => spanKeyOf(evalCase)).filter(Boolean))
  const hashes = new Set(existing.map(contentHash))
  const ids = new Set(existing.map(evalCase => evalCase.id))
  const added: EvalCase[] = []
  let alreadyPresent = 0
  for (const candidate of candidates) {
    const hash = contentHash(candidate)
    const span = spanKeyOf(candidate)
    if ((span && spans.has(span)) || hashes.has(hash)) {
      alreadyPresent++
      continue
    }
    const id = uniqueId(candidate.id, ids)
    added.push(id === candidate.id ? candidate : { ...candidate, id })
    ids.add(id)
    hashes.add(hash)
    if (span) spans.add(span)
  }
  return { added, alreadyPresent }
}

/** Span ids are unique within a trace only, so a call is known by both ids. */
function spanKeyOf(evalCase: EvalCase): string | undefined {
  const source = evalCase.source as { trace_id?: unknown; span_id?: unknown } | undefined
  if (typeof source?.span_id !== 'string') return undefined
  return `${String(source.trace_id)}/${source.span_id}`
}

function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id
  for (let n = 2; ; n++) {
    if (!taken.has(`${id}-${n}`)) return `${id}-${n}`
  }
}

/**
 * Appends as text when `cases:` is the file's last key and a block list (how we and
 * toad-eye write it); otherwise edits the YAML document, which keeps content and comments
 * but may reformat whitespace.
 */
function appendCases(text: string, cases: EvalCase[], origin: string): string {
  const document = parseDocument(text, { version: '1.2' })
  if (document.errors.length > 0)
    throw new DatasetFormatError(`${origin}: ${document.errors[0]!.message}`)
  const root = document.contents
  if (!isMap(root)) throw new DatasetFormatError(`${origin}: expected a mapping with "cases"`)
  const casesPair = root.items.find(pair => isScalar(pair.key) && pair.key.value === 'cases')
  const casesNode = casesPair?.value
  const isLast = casesPair !== undefined && casesPair === root.items.at(-1)
  if (
    isSeq(casesNode) &&
    !casesNode.flow &&
    casesNode.items.length > 0 &&
    isLast &&
    casesNode.range
  ) {
    const indent = columnOf(text, casesNode.range[0])
    const separator = text.endsWith('\n') ? '' : '\n'
    return `${text}${separator}${casesToYaml(cases, indent)}`
  }
  if (isSeq(casesNode)) {
    casesNode.flow = false
    const items = casesNode.items as unknown[]
    for (const evalCase of cases) items.push(document.createNode(evalCase, YAML_OPTIONS))
  } else {
    document.set('cases', document.createNode(cases, YAML_OPTIONS))
  }
  return document.toString(YAML_OPTIONS)
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return offset - lineStart
}
