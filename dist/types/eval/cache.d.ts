import type { ChatMessage, ChatResponse, ProviderKind, RequestParams, ToolDefinition } from './model.js';
/** Everything that determines a model's answer. */
export interface CacheKeyParts {
    provider: ProviderKind;
    /** Printable (no credentials). */
    baseUrl: string;
    model: string;
    params: RequestParams;
    messages: ChatMessage[];
    tools?: ToolDefinition[];
    /** 0-based among a case's repeats: each sample is its own answer. */
    sample: number;
}
export interface CacheStats {
    hits: number;
    misses: number;
    /** Entries that could not be stored; the first reason, for a warning. */
    writeFailures: number;
    firstWriteError?: string;
}
export interface ResponseCache {
    get(key: string): Promise<ChatResponse | undefined>;
    /** Never rejects: a cache that cannot be written must not fail the eval. */
    set(key: string, response: ChatResponse): Promise<void>;
    stats(): CacheStats;
}
/** sha256 of the canonical JSON (sorted keys, no `undefined`) of the parts. */
export declare function cacheKey(parts: CacheKeyParts): string;
/** JSON with object keys sorted at every depth, so equal values give equal text. */
export declare function canonicalJson(value: unknown): string;
export declare function createResponseCache(dir: string): ResponseCache;
/** For `--no-cache`: nothing is read or written, and nothing counted. */
export declare function disabledCache(): ResponseCache;
