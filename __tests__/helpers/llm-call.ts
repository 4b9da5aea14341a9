import type { LlmCall } from '../../src/extract/model.js'

/** A complete call with realistic values; tests override only what they are about. */
export function llmCall(overrides: Partial<LlmCall> = {}): LlmCall {
  return {
    traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
    spanId: '01e1a2b3c4d5e6f7',
    service: 'support-bot',
    spanName: 'chat gpt-4o-mini',
    startTime: '2025-11-26T09:00:00.020Z',
    latencyMs: 1380,
    conventions: ['toad-eye'],
    operation: 'chat',
    provider: 'openai',
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'How do I reset my password?' }],
    output: 'Open Settings → Security and choose "Reset password".',
    usage: { input: 182, output: 31 },
    cost: 0.0000459,
    params: { temperature: 0.2 },
    hasContent: true,
    ...overrides
  }
}
