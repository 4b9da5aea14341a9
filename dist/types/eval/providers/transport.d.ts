import { type Dispatcher } from 'undici';
import { type JsonRecord } from '../../extract/values.js';
import { ProviderError, type ProviderFailure } from '../model.js';
/** How to reach a provider; the same for every API kind. */
export interface ConnectionOptions {
    /** The API root; each provider has its own default. */
    baseUrl?: string;
    apiKey?: string;
    /** Extra request headers (`OpenAI-Organization`, `anthropic-beta`, OpenRouter's `HTTP-Referer`). */
    headers?: Record<string, string>;
    /** Per request, including reading the answer. Default 120 s. */
    timeoutMs?: number;
    /** Connection pool to send through; undici's global one by default. */
    dispatcher?: Dispatcher;
    /** The environment variable the key came from, named when the provider rejects it. */
    apiKeyVariable?: string;
}
/** A provider's fixed facts plus the caller's connection options, ready to send with. */
export interface Endpoint {
    /** Names the API in messages: `OpenAI`, `Anthropic`. */
    apiName: string;
    apiKeyVariable: string;
    headers: Record<string, string>;
    /** Values that must never appear in a message. */
    secrets: string[];
    timeoutMs: number;
    dispatcher?: Dispatcher;
    nowMs: () => number;
}
export declare function createEndpoint(apiName: string, options: ConnectionOptions, auth: {
    headers: Record<string, string>;
    apiKeyVariable: string;
}): Endpoint;
/** The base URL as given, checked, without a trailing slash (so paths join with one). */
export declare function parseBaseUrl(input: string, apiName: string): URL;
/** `base` + `path`, keeping the base's path prefix and query (Azure's `api-version`). */
export declare function joinUrl(base: URL, path: string): URL;
/** The base URL as it may be printed and hashed into cache keys. */
export declare function printableBaseUrl(base: URL): string;
/**
 * POSTs `body` as JSON and returns the parsed answer of a 2xx response. `signal` is the
 * caller's (a cancelled run): its abort rejects with its own reason, not a `ProviderError`.
 */
export declare function postJson(endpoint: Endpoint, url: URL, body: unknown, signal: AbortSignal): Promise<unknown>;
/**
 * The failure an HTTP status means. Anthropic's 529 (overloaded) is a 5xx like any other.
 * OpenAI's 429 `insufficient_quota` is a billing problem that no retry fixes.
 */
export declare function failureForStatus(status: number, errorCode?: unknown): ProviderFailure;
/**
 * The provider's own explanation: OpenAI `{error:{message,type}}`, Anthropic
 * `{type:'error',error:{type,message}}`, Ollama `{error:'…'}`, vLLM `{message}`.
 */
export declare function providerMessage(body: unknown): string | undefined;
/** A 2xx answer that cannot be read: what it was instead of what was due. */
export declare function invalidResponse(endpoint: Endpoint, url: string, what: string): ProviderError;
/** An error reported inside a 2xx body (OpenRouter does this when the upstream model fails). */
export declare function errorInBody(endpoint: Endpoint, url: string, error: JsonRecord): ProviderError;
