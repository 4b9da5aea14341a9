/**
 * Small builders for eval runs, so tests read as tables: `samples('PPF')` is two passing
 * samples and a failing one, `E` a sample whose call failed.
 */
import type { ScoredAssertion } from '../../src/eval/model.js'
import type {
  CaseRun,
  SampleResult,
  SuiteRun,
  VariantCaseResult
} from '../../src/eval/run-model.js'

export const tooLong: ScoredAssertion = {
  type: 'max_length',
  passed: false,
  reason: '412 chars > max 300',
  assertion: { type: 'max_length', value: 300 }
}

export const shortEnough: ScoredAssertion = {
  type: 'max_length',
  passed: true,
  reason: '120 chars <= max 300',
  assertion: { type: 'max_length', value: 300 }
}

/** Overrides set to `undefined` remove the key, as a sample read back from JSON would. */
export function sample(overrides: Partial<SampleResult> = {}): SampleResult {
  return dropUndefined({
    sample: 0,
    output: 'An answer.',
    cached: false,
    latencyMs: 800,
    usage: { input: 100, output: 20 },
    costUsd: 0.001,
    assertions: [shortEnough],
    passed: true,
    ...overrides
  })
}

export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T
}

/** `P` passes, `F` fails its `max_length` check, `E` is a failed call. */
export function samples(pattern: string): SampleResult[] {
  return [...pattern].map((letter, index) => {
    switch (letter) {
      case 'P':
        return sample({ sample: index })
      case 'F':
        return sample({
          sample: index,
          output: 'A long answer.',
          assertions: [tooLong],
          passed: false
        })
      case 'E':
        return sample({
          sample: index,
          output: undefined,
          error: 'connection refused by 127.0.0.1:9',
          latencyMs: undefined,
          usage: {},
          costUsd: undefined,
          assertions: [],
          passed: false
        })
      default:
        throw new Error(`unknown sample letter ${letter}`)
    }
  })
}

export function variant(sampleList: SampleResult[], model = 'gpt-4o'): VariantCaseResult {
  return { messages: [{ role: 'user', content: 'Hello?' }], model, samples: sampleList }
}

export function caseRun(
  caseId: string,
  base: string | SampleResult[],
  head: string | SampleResult[],
  overrides: Partial<CaseRun> = {}
): CaseRun {
  return {
    caseId,
    dataset: 'datasets/support.eval.yaml',
    input: 'What are the side effects of ibuprofen?',
    base: variant(typeof base === 'string' ? samples(base) : base),
    head: variant(typeof head === 'string' ? samples(head) : head),
    ...overrides
  }
}

export function suiteRun(
  name: string,
  cases: CaseRun[],
  overrides: Partial<SuiteRun> = {}
): SuiteRun {
  return {
    name,
    base: {
      name: 'base',
      provider: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      prompt: { path: 'prompts/support.md', ref: 'main' }
    },
    head: {
      name: 'head',
      provider: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      prompt: { path: 'prompts/support.md', ref: 'working tree' }
    },
    repeat: cases[0]?.base.samples.length ?? 1,
    cases,
    ...overrides
  }
}
