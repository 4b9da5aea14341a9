import type { AttributeValue } from '../../src/traces/model.js'
import { readCorpusText } from './corpus.js'

/** One observation of Langfuse's own trace export format (not OTLP). */
export interface LangfuseObservation {
  id: string
  parentObservationId: string | null
  type: string
  name: string
  startTime: string
  endTime: string
  model: string | null
  input: unknown
  output: unknown
  usageDetails: Record<string, number>
  costDetails: Record<string, number>
  /** The span attributes the instrumentation wrote, already decoded from JSON by Langfuse. */
  metadata: { attributes?: Record<string, AttributeValue> }
}

export const LANGFUSE_EXPORT_FILE = 'langfuse-export.pydantic-ai-0.2.15-events-attr.json'
export const LANGFUSE_EXPORT_TRACE_ID = '25f4bdeebaab60e6e1bee7e8469554bc'

export function langfuseExportObservations(): LangfuseObservation[] {
  return (
    JSON.parse(readCorpusText(LANGFUSE_EXPORT_FILE)) as { observations: LangfuseObservation[] }
  ).observations
}

export function isoToMicros(iso: string): number {
  return Date.parse(iso) * 1000
}
