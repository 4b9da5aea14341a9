import { type ConventionReader } from '../reading.js';
export declare const vercelAi: ConventionReader;
/**
 * The SDK's provider id names the provider, then the API it used (`openai.chat`,
 * `anthropic.messages`, `amazon-bedrock`): the provider is the first segment.
 */
export declare function vercelProvider(id: string | undefined): string | undefined;
