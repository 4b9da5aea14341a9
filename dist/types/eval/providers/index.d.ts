/**
 * The model APIs the eval engine can ask, chosen by kind. Keys come in as settings: the
 * caller reads the environment, this code never does.
 */
import type { Provider, ProviderKind } from '../model.js';
import type { ConnectionOptions } from './transport.js';
export interface ProviderSettings extends ConnectionOptions {
    kind: ProviderKind;
    /** OpenAI kind only: Azure OpenAI's `api-version` (Azure hosts are also recognised without it). */
    azureApiVersion?: string;
}
export declare function createProvider(settings: ProviderSettings): Provider;
export { ANTHROPIC_BASE_URL } from './anthropic.js';
export { OPENAI_BASE_URL } from './openai.js';
export type { ConnectionOptions } from './transport.js';
