import { describe, expect, it } from '@jest/globals'
import { vercelProvider } from '../../src/extract/conventions/vercel-ai.js'
import { normalizeProvider, providerFromModel } from '../../src/extract/provider.js'

describe('normalizeProvider', () => {
  it.each([
    ['OpenAI', 'openai'],
    [' Anthropic ', 'anthropic'],
    ['bedrock', 'aws.bedrock'],
    ['az.ai.openai', 'azure.ai.openai'],
    ['vertex_ai', 'gcp.vertex_ai'],
    ['example-ai', 'example-ai']
  ])('%s → %s', (recorded, normalized) => {
    expect(normalizeProvider(recorded)).toBe(normalized)
  })

  it.each(['Langchain', 'llamaindex', 'LiteLLM', '', '   '])('%s names no provider', recorded => {
    expect(normalizeProvider(recorded)).toBeUndefined()
  })
})

describe('providerFromModel', () => {
  it.each([
    ['gpt-4o-mini', 'openai'],
    ['o3-mini', 'openai'],
    ['claude-3-5-haiku-20241022', 'anthropic'],
    ['gemini-2.0-flash', 'gcp.gemini'],
    ['mistral-large-latest', 'mistral_ai'],
    ['command-r-plus', 'cohere']
  ])('%s → %s', (model, provider) => {
    expect(providerFromModel(model)).toBe(provider)
  })

  it('gives nothing for a model it cannot place', () => {
    expect(providerFromModel('model-a')).toBeUndefined()
    expect(providerFromModel('omni-7b')).toBeUndefined()
  })
})

describe('vercelProvider', () => {
  it.each([
    ['openai.chat', 'openai'],
    ['openai.responses', 'openai'],
    ['anthropic.messages', 'anthropic'],
    ['amazon-bedrock', 'aws.bedrock'],
    ['google.generative-ai', 'gcp.gemini'],
    ['google.vertex.chat', 'gcp.vertex_ai'],
    ['azure-openai.chat', 'azure.ai.openai']
  ])('%s → %s', (id, provider) => {
    expect(vercelProvider(id)).toBe(provider)
  })
})
