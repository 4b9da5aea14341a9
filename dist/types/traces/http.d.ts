import { type Dispatcher } from 'undici';
/** The largest trace response read (a page of traces, or one trace), after decompression. */
export declare const MAX_RESPONSE_BYTES: number;
export type HttpAuth = {
    bearer: string;
} | {
    username: string;
    password: string;
};
export interface HttpClientOptions {
    /** The server's root, which may carry a path prefix (`https://host/jaeger/`). */
    baseUrl: string;
    /** Extra request headers, e.g. `X-Scope-OrgID` for a multi-tenant Tempo. */
    headers?: Record<string, string>;
    auth?: HttpAuth;
    /** Per attempt, including reading the body. Default 30 s. */
    timeoutMs?: number;
    /** Retries after the first attempt. Default 3. */
    retries?: number;
    userAgent?: string;
    /** Connection pool to send through; undici's global one by default. */
    dispatcher?: Dispatcher;
    sleep?: (ms: number) => Promise<void>;
    /** A number in [0, 1) for backoff jitter. */
    random?: () => number;
    /** Epoch milliseconds; used to read `Retry-After` dates. */
    nowMs?: () => number;
    /** The largest response read, after decompression. Default 256 MiB. */
    maxResponseBytes?: number;
}
export type QueryParams = Record<string, string | number | undefined>;
export interface JsonResponse {
    status: number;
    /** The request URL with credentials and secret query values removed. */
    url: string;
    /** The JSON values of the body in order; empty when the body is empty or (on an error status) not JSON. */
    documents: unknown[];
    text: string;
}
export interface GetJsonOptions {
    query?: QueryParams;
    /** Error statuses that are answers (404 meaning "nothing there"): returned instead of thrown. */
    expectedStatuses?: readonly number[];
    /** Finer test than `expectedStatuses`, for answers told apart by their body. */
    isExpected?: (response: JsonResponse) => boolean;
}
export interface HttpClient {
    /** The base URL as it is safe to print. */
    readonly baseUrl: string;
    getJson(path: string, options?: GetJsonOptions): Promise<JsonResponse>;
}
/** What went wrong: an error status, no connection, no answer in time, or a body that is not JSON. */
export type HttpFailureKind = 'status' | 'connection' | 'timeout' | 'html' | 'invalid-json' | 'other';
export declare class HttpError extends Error {
    readonly kind: HttpFailureKind;
    /** Redacted: no credentials, no secret query values. */
    readonly url: string;
    readonly status?: number | undefined;
    readonly attempts: number;
    readonly name = "HttpError";
    constructor(message: string, kind: HttpFailureKind, 
    /** Redacted: no credentials, no secret query values. */
    url: string, status?: number | undefined, attempts?: number);
}
/**
 * True when the error says the endpoint itself is not there: a route 404/405, or an HTML
 * page or non-JSON body where JSON was due (a UI or proxy answering for an unknown path).
 */
export declare function isEndpointMissing(error: unknown): boolean;
/**
 * Builds `/a/b/c` from raw segments, percent-encoding each one, so a service name such as
 * `billing/v2` or a `?` in an id stays inside its segment.
 */
export declare function urlPath(...segments: string[]): string;
export declare function createHttpClient(options: HttpClientOptions): HttpClient;
/**
 * The server's own words from an error body: Jaeger v1 `{errors:[{msg}]}`, api_v3 and
 * grpc-gateway `{error:{message}}`, `{message}`, an HTML page's text, or plain text (Tempo).
 */
export declare function serverMessage(text: string, contentType?: string): string;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** The strings of a JSON array; anything else (null, absent, other types) gives none. */
export declare function stringsIn(value: unknown): string[];
/** Distinct, non-empty, sorted: stable lists of services and operations. */
export declare function sortedUnique(values: Iterable<string>): string[];
