import { type HttpClient, type QueryParams } from './http.js';
import type { TraceQuery, TraceSource } from './source.js';
import { type SearchOptions, type TimeWindow } from './window.js';
export declare const DEFAULT_JAEGER_V3_PAGE_SIZE = 100;
export declare function createJaegerV3Source(http: HttpClient, options?: SearchOptions): TraceSource;
/**
 * Search parameters in both spellings. Jaeger 2.19 made the camelCase names canonical and
 * kept the snake_case ones as deprecated aliases; older servers know only snake_case. Both
 * read parameters by name and ignore the rest, and the canonical name wins when both are sent.
 * The depth is always sent: without it some stores fail the search with HTTP 500.
 */
export declare function searchParams(query: TraceQuery, window: TimeWindow, size: number): QueryParams;
