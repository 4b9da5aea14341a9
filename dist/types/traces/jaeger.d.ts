/**
 * A Jaeger trace source that talks to whichever query API the server has: api_v3 on Jaeger 2
 * (whose newest releases dropped the v1 search), or the v1 API on Jaeger 1 (whose older
 * releases have no api_v3 search).
 */
import { type HttpClient, type HttpClientOptions } from './http.js';
import type { TraceSource } from './source.js';
import type { SearchOptions } from './window.js';
export type JaegerApi = 'auto' | 'v1' | 'v3';
export interface JaegerSourceOptions extends HttpClientOptions, SearchOptions {
    /** Which API to use; `auto` (the default) asks the server. */
    api?: JaegerApi;
}
export declare function createJaegerSource(options: JaegerSourceOptions): TraceSource;
/**
 * Asks `/api/v3/services`. A Jaeger without api_v3 answers with a 404, or with the UI's
 * `index.html` (its catch-all route), which the client reports as an HTML page.
 */
export declare function detectJaegerApi(http: HttpClient): Promise<'v1' | 'v3'>;
