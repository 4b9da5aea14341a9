/**
 * Provider names as `LlmCall.provider` keeps them: lowercase, in the spelling of the current
 * OTel GenAI `gen_ai.provider.name` values, whatever name the convention recorded.
 */
/** The normalized provider, or `undefined` when the text names none. */
export declare function normalizeProvider(name: string | undefined): string | undefined;
/** The provider a model name gives away (`gpt-4o` → `openai`); `undefined` when it does not. */
export declare function providerFromModel(model: string | undefined): string | undefined;
