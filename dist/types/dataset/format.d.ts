/**
 * The `*.eval.yaml` dataset format: a superset of what toad-eye's `export-trace` writes.
 * toad-eye's readers use `name`, `source`, `metadata` and `cases[].{id, variables, assertions}`;
 * every other key is ours and optional, so their files stay valid for us and ours for them.
 */
export interface Assertion {
    type: string;
    value?: unknown;
    /** Anything else a person or a scorer needs (`criteria`, `threshold`, …) is kept as written. */
    [key: string]: unknown;
}
export interface CaseMessage {
    role: string;
    content: string;
    tool_calls?: CaseToolCall[];
    tool_call_id?: string;
    name?: string;
}
export interface CaseToolCall {
    name: string;
    arguments?: unknown;
    id?: string;
}
export interface CaseToolDefinition {
    name: string;
    description?: string;
    /** JSON schema of the arguments. */
    parameters?: unknown;
}
/** Where a case came from: enough to find the production call again. */
export interface CaseSource {
    trace_id: string;
    span_id: string;
    service?: string;
    operation?: string;
    time?: string;
    model?: string;
    provider?: string;
    tokens?: {
        input?: number;
        output?: number;
        total?: number;
        cached_input?: number;
        reasoning?: number;
    };
    cost?: number;
    latency_ms?: number;
    truncated?: boolean;
}
export interface EvalCase {
    id: string;
    variables: {
        input: string;
        [name: string]: unknown;
    };
    assertions: Assertion[];
    description?: string;
    /** The production system prompt. */
    system?: string;
    /** The input conversation when it had more than one turn. */
    messages?: CaseMessage[];
    /** The production answer, the baseline new answers are compared with. */
    output?: string;
    tool_calls?: CaseToolCall[];
    /** The tools production offered the model, so a replay can offer them too. */
    tools?: CaseToolDefinition[];
    source?: CaseSource;
    [key: string]: unknown;
}
export interface DatasetMetadata {
    trace_id?: string;
    exported_at?: string;
    model?: string;
    provider?: string;
    [key: string]: unknown;
}
/** The keys of a dataset file other than its cases. */
export interface DatasetHeader {
    name: string;
    source?: string;
    description?: string;
    metadata?: DatasetMetadata;
}
export interface EvalDataset extends DatasetHeader {
    cases: EvalCase[];
    [key: string]: unknown;
}
/** The `source` value toad-eye's export writes; kept so its tooling recognizes our files. */
export declare const EXPORT_SOURCE = "toad-eye-export";
