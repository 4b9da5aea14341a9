import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  parse,
  stringify,
  type ToStringOptions,
  type CreateNodeOptions,
  type DocumentOptions
} from 'yaml'
import type { EvalCase, EvalDataset } from './format.js'

/**
 * Output options chosen so any text round-trips exactly and the files stay readable:
 * no line folding (a folded line would change where a person's diff lands), no anchors
 * for repeated values (toad-eye's reader and most humans do not expect them).
 */
export const YAML_OPTIONS: DocumentOptions & CreateNodeOptions & ToStringOptions = {
  lineWidth: 0,
  minContentWidth: 0,
  aliasDuplicateObjects: false,
  version: '1.2'
}

export function datasetToYaml(dataset: EvalDataset): string {
  return stringify(dataset, YAML_OPTIONS)
}

/** Renders cases as the items of a block sequence, indented to sit under an existing `cases:`. */
export function casesToYaml(cases: EvalCase[], indent: number): string {
  const text = stringify(cases, YAML_OPTIONS)
  if (indent === 0) return text
  const pad = ' '.repeat(indent)
  return text
    .split('\n')
    .map(line => (line === '' ? line : pad + line))
    .join('\n')
}

export class DatasetFormatError extends Error {
  override name = 'DatasetFormatError'
}

/** Parses a dataset file, checking the keys toad-eye's format requires. */
export function parseDataset(text: string, origin: string): EvalDataset {
  let value: unknown
  try {
    value = parse(text, { version: '1.2', uniqueKeys: true })
  } catch (error) {
    throw new DatasetFormatError(`${origin}: not valid YAML: ${(error as Error).message}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DatasetFormatError(`${origin}: expected a mapping with "name" and "cases"`)
  }
  const dataset = value as Partial<EvalDataset>
  if (!Array.isArray(dataset.cases)) {
    throw new DatasetFormatError(`${origin}: "cases" must be a list`)
  }
  dataset.cases.forEach((evalCase: unknown, index) => {
    if (
      evalCase === null ||
      typeof evalCase !== 'object' ||
      typeof (evalCase as EvalCase).id !== 'string'
    ) {
      throw new DatasetFormatError(`${origin}: cases[${index}] needs a string "id"`)
    }
  })
  return { name: typeof dataset.name === 'string' ? dataset.name : '', ...dataset } as EvalDataset
}

/** Writes through a temporary file and a rename, so a crash never leaves half a dataset. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temporary, text, 'utf8')
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
