import type { ChatRequest, Provider } from '../model.js';
import { type ConnectionOptions } from './transport.js';
export declare const ANTHROPIC_BASE_URL = "https://api.anthropic.com";
export declare const ANTHROPIC_VERSION = "2023-06-01";
/** Anthropic requires a limit; recorded requests that had none get this one. */
export declare const DEFAULT_MAX_TOKENS = 1024;
export declare function createAnthropicProvider(options?: ConnectionOptions): Provider;
export declare function messagesBody(request: ChatRequest): Record<string, unknown>;
