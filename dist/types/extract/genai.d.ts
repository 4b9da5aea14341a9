/**
 * The standard OTel GenAI span attributes that describe a call without its content
 * (operation, provider, models, usage, request parameters, finish reasons). toad-eye,
 * OpenLLMetry, LiteLLM, OpenLIT, pydantic-ai and the Vercel AI SDK all write them, so the
 * readers of those conventions share this one.
 */
import type { Span } from '../traces/model.js';
import type { CallReading, SpanRole } from './reading.js';
/**
 * The role `gen_ai.operation.name` gives the span: `other` for the operations above, `call`
 * for any other operation (`chat`, `text_completion`, `generate_content`, LiteLLM's
 * `acompletion`, …), and for a span that names the model it requested.
 */
export declare function genAiOperationRole(span: Span): SpanRole | undefined;
export type GenAiMetadata = Pick<CallReading, 'operation' | 'provider' | 'model' | 'responseModel' | 'finishReason' | 'usage' | 'params'>;
/** Everything the standard attributes say about the call besides its content. */
export declare function readGenAiMetadata(span: Span): GenAiMetadata;
