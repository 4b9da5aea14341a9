import type { LlmCall } from '../extract/model.js'
import { buildCase, contentHash } from '../dataset/build.js'
import { matchesFilters, type CallFilters } from '../dataset/filters.js'
import type { EvalCase } from '../dataset/format.js'
import type { Redactor } from '../dataset/redact.js'

export interface CollectOptions {
  filters?: CallFilters
  /** Absent: text is kept as recorded. */
  redactor?: Redactor
}

export interface CollectedCases {
  /** Cases by service ('' for calls with no service), in the order calls came. */
  byService: Map<string, EvalCase[]>
  /** Calls the filters dropped. */
  filteredOut: number
  /** Calls whose normalized input repeated an earlier call's. */
  duplicates: number
}

/** Filters calls, builds one case per distinct input, and groups the cases by service. */
export function collectCases(calls: LlmCall[], options: CollectOptions = {}): CollectedCases {
  const byService = new Map<string, EvalCase[]>()
  const seen = new Set<string>()
  let filteredOut = 0
  let duplicates = 0
  for (const call of calls) {
    if (options.filters && !matchesFilters(call, options.filters)) {
      filteredOut++
      continue
    }
    const evalCase = buildCase(call, options.redactor ? { redactor: options.redactor } : {})
    const hash = contentHash(evalCase)
    if (seen.has(hash)) {
      duplicates++
      continue
    }
    seen.add(hash)
    const group = byService.get(call.service)
    if (group) group.push(evalCase)
    else byService.set(call.service, [evalCase])
  }
  return { byService, filteredOut, duplicates }
}
