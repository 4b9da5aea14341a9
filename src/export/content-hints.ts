import type { Convention } from '../extract/model.js'

/** The setting that makes each instrumentation record prompts and answers. */
export const CONTENT_CAPTURE_SETTINGS: Record<Convention, string> = {
  'toad-eye': 'recordContent: true in initObservability()',
  'otel-genai': 'OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true',
  'otel-genai-deprecated': 'OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true',
  openllmetry: 'TRACELOOP_TRACE_CONTENT=true',
  openinference: 'OPENINFERENCE_HIDE_INPUTS=false and OPENINFERENCE_HIDE_OUTPUTS=false',
  'vercel-ai':
    'experimental_telemetry: { isEnabled: true, recordInputs: true, recordOutputs: true }',
  langfuse: 'input/output capture on the Langfuse observation (not masked)',
  langsmith: 'LANGSMITH_HIDE_INPUTS=false and LANGSMITH_HIDE_OUTPUTS=false',
  logfire: 'InstrumentationSettings(include_content=True) in pydantic-ai'
}

/** One line per convention seen among spans without content, naming how to turn content on. */
export function contentCaptureHints(conventions: Iterable<Convention | undefined>): string[] {
  const seen = new Set<Convention>()
  for (const convention of conventions) if (convention) seen.add(convention)
  return [...seen].map(
    convention => `${convention} spans record content with ${CONTENT_CAPTURE_SETTINGS[convention]}`
  )
}
