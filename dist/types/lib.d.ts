/**
 * The programmatic API: what the CLI and the action use, for teams that write their own jobs.
 *
 *   import { createTraceSource, runExport } from '@toad-eye/eval-action'
 */
export { createTraceSource, fetchTraces, TRACE_SOURCE_KINDS, type TraceSourceKind, type TraceSourceSettings, type FetchTracesRequest, type FetchTracesResult } from './traces/index.js';
export type { Trace, Span, SpanEvent, SpanLink, SpanKind, SpanStatus, Attributes, AttributeValue } from './traces/model.js';
export type { TraceQuery, TraceSource } from './traces/source.js';
export { createJaegerSource, type JaegerApi, type JaegerSourceOptions } from './traces/jaeger.js';
export { createTempoSource, type TempoSourceOptions } from './traces/tempo.js';
export { createFileSource, readTraceFiles, type FileSourceOptions } from './traces/files.js';
export { decodeTraces, TraceFormatError, type DecodeResult, type TraceFormat } from './traces/decode/index.js';
export { HttpError } from './traces/http.js';
export { extractLlmCalls } from './extract/index.js';
export type { LlmCall, Message, ToolCall, ToolDefinition, TokenUsage, SkippedSpan, ExtractionResult, Convention } from './extract/model.js';
export { buildCase, caseId } from './dataset/build.js';
export { baselineAssertions, REFUSAL_PHRASES } from './dataset/assertions.js';
export { createRedactor, type Redactor, type CustomPattern } from './dataset/redact.js';
export { matchesFilters, type CallFilters } from './dataset/filters.js';
export { mergeCases, type MergeResult } from './dataset/merge.js';
export { datasetToYaml, parseDataset } from './dataset/yaml.js';
export type { EvalDataset, EvalCase, Assertion, DatasetHeader } from './dataset/format.js';
export { fetchTrace, traceToDataset, traceToEvalYaml, exportTrace, exportTraceToFile, TraceNotFoundError, NoExportableSpansError } from './export/export-trace.js';
export { runExport, type ExportSettings, type ExportReport } from './export/export.js';
export { evaluate, type EvaluateDependencies, type EvalProgress } from './eval/evaluate.js';
export { buildResults } from './eval/results.js';
export { createGitReader, type GitReader } from './eval/prompts/git.js';
export { parsePromptFile, renderPrompt, type PromptTemplate } from './eval/prompts/template.js';
export { createProvider, type ProviderSettings } from './eval/providers/index.js';
export { createScheduler, type Scheduler } from './eval/scheduler.js';
export { createResponseCache, disabledCache, type ResponseCache } from './eval/cache.js';
export { callModel } from './eval/call-model.js';
export { validateAssertions, scoreAnswer, createLlmJudge } from './eval/scorers/index.js';
export type { ChatMessage, ChatRequest, ChatResponse, Provider, ModelCallResult } from './eval/model.js';
export type { SuiteRun, CaseRun, SampleResult } from './eval/run-model.js';
export { parseRunSettings, type RunSettings, type SuiteSettings } from './settings/eval.js';
export { compareCase, compareSuite } from './compare/verdicts.js';
export { decideGate, decideSuiteGates, exitCode, ExitCode, providerUnreachable } from './compare/gate.js';
export type { Verdict, CaseComparison, SuiteComparison, GateSettings, GateDecision } from './compare/model.js';
export { reportFromResults, type EvalReport } from './report/eval-report.js';
export { renderMarkdown, renderWithinLimit } from './report/markdown.js';
export { renderJunit } from './report/junit.js';
export { renderSummary } from './report/summary.js';
export { serializeResults, parseResults, mergeResults, type ResultsFile } from './report/results-file.js';
