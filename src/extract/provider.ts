/**
 * Provider names as `LlmCall.provider` keeps them: lowercase, in the spelling of the current
 * OTel GenAI `gen_ai.provider.name` values, whatever name the convention recorded.
 */

/** Older or SDK-specific spellings of the same providers. */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  bedrock: 'aws.bedrock',
  'amazon-bedrock': 'aws.bedrock',
  aws_bedrock: 'aws.bedrock',
  'az.ai.inference': 'azure.ai.inference',
  'az.ai.openai': 'azure.ai.openai',
  azure: 'azure.ai.openai',
  'azure-openai': 'azure.ai.openai',
  azure_openai: 'azure.ai.openai',
  gemini: 'gcp.gemini',
  vertex_ai: 'gcp.vertex_ai',
  vertexai: 'gcp.vertex_ai',
  mistral: 'mistral_ai',
  mistralai: 'mistral_ai',
  xai: 'x_ai'
}

/**
 * Names some instrumentations put where the provider belongs although they name a
 * framework (OpenLLMetry's LangChain spans say `Langchain`): not providers.
 */
const FRAMEWORKS = new Set([
  'langchain',
  'langgraph',
  'llamaindex',
  'llama_index',
  'litellm',
  'crewai',
  'haystack',
  'dspy',
  'pydantic_ai',
  'pydantic-ai'
])

/** The normalized provider, or `undefined` when the text names none. */
export function normalizeProvider(name: string | undefined): string | undefined {
  const key = name?.trim().toLowerCase()
  if (key === undefined || key === '' || FRAMEWORKS.has(key)) return undefined
  return Object.hasOwn(PROVIDER_ALIASES, key) ? PROVIDER_ALIASES[key] : key
}

/** Model-name prefixes that identify the provider when the trace does not say. */
const MODEL_PREFIXES: ReadonlyArray<[pattern: RegExp, provider: string]> = [
  [/^(gpt-|chatgpt-|o[1-9](-|$)|text-davinci|davinci|babbage|ft:gpt)/, 'openai'],
  [/^claude/, 'anthropic'],
  [/^gemini/, 'gcp.gemini'],
  [/^(mistral|mixtral|codestral|ministral|magistral)/, 'mistral_ai'],
  [/^command/, 'cohere'],
  [/^grok/, 'x_ai'],
  [/^deepseek/, 'deepseek']
]

/** The provider a model name gives away (`gpt-4o` → `openai`); `undefined` when it does not. */
export function providerFromModel(model: string | undefined): string | undefined {
  const name = model?.trim().toLowerCase()
  if (name === undefined) return undefined
  return MODEL_PREFIXES.find(([pattern]) => pattern.test(name))?.[1]
}
