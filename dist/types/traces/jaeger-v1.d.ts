import { type HttpClient } from './http.js';
import type { TraceSource } from './source.js';
import { type SearchOptions } from './window.js';
export declare const DEFAULT_JAEGER_PAGE_SIZE = 100;
export declare function createJaegerV1Source(http: HttpClient, options?: SearchOptions): TraceSource;
