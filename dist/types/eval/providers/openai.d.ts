import type { ChatRequest, Provider } from '../model.js';
import { type ConnectionOptions } from './transport.js';
export declare const OPENAI_BASE_URL = "https://api.openai.com/v1";
/** The latest GA data-plane version when this was written; override with `azureApiVersion`. */
export declare const AZURE_DEFAULT_API_VERSION = "2024-10-21";
export interface OpenAIOptions extends ConnectionOptions {
    /** Azure OpenAI's `api-version`; setting it also selects Azure's `api-key` auth. */
    azureApiVersion?: string;
}
export declare function createOpenAIProvider(options?: OpenAIOptions): Provider;
export declare function chatCompletionBody(request: ChatRequest): Record<string, unknown>;
