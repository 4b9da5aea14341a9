import type { DecodedSpans } from './assemble.js';
import { type Wire } from './values.js';
/** `{data: [trace], total, limit, offset, errors}` from `/api/traces` and `/api/traces/{id}`. */
type JaegerResponse = Wire<'data' | 'errors' | 'total' | 'limit' | 'offset'>;
type JaegerTrace = Wire<'traceID' | 'spans' | 'processes' | 'warnings'>;
export declare function isJaegerResponse(document: unknown): document is JaegerResponse;
export declare function isJaegerTrace(document: unknown): document is JaegerTrace;
export declare function isJaegerSpanList(document: unknown): boolean;
/** Decodes any of the three Jaeger v1 shapes, appending to `into`. */
export declare function decodeJaegerDocument(document: unknown, into: DecodedSpans): void;
export {};
