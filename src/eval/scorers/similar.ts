/**
 * `similar`: the answer stays close to a reference, by default the production answer recorded in
 * the case (`value` overrides it with a text of its own).
 *
 * Two methods, chosen by `method` or, when absent, by what is available:
 * - `embedding`: cosine similarity of the two texts' embeddings. Default `threshold` 0.8.
 * - `lexical` (used when no embedding model is configured): F1 of the two texts' word multisets
 *   (lowercased letters and digits), the SQuAD answer-overlap measure. Linear time on any
 *   answer and order-blind, so rewording moves it less than dropping content. Default
 *   `threshold` 0.5: rephrasings of one answer typically score 0.5–0.8, different answers on
 *   the same topic 0.1–0.35.
 * A `threshold` written in the assertion applies to whichever method runs. The reason names
 * the method and the score, because the two scales are not comparable.
 */
import { OptionReader } from './options.js'
import { formatNumber } from './reasons.js'
import { defineScorer, ScorerError, type Embed, type Outcome } from './types.js'

type SimilarityMethod = 'embedding' | 'lexical'

export const DEFAULT_THRESHOLDS: Record<SimilarityMethod, number> = { embedding: 0.8, lexical: 0.5 }

const METHODS: readonly SimilarityMethod[] = ['embedding', 'lexical']

export const similar = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    const method = reader.raw('method')
    if (method !== undefined && !METHODS.includes(method as SimilarityMethod)) {
      reader.problem(`method must be embedding or lexical (or absent: embedding when available)`)
    }
    return reader.result({
      reference: reader.text('value'),
      threshold: reader.number(
        'threshold',
        { min: 0, max: 1, exclusiveMin: true },
        { required: false }
      ),
      method: method as SimilarityMethod | undefined
    })
  },
  async score(options, answer, context): Promise<Outcome> {
    const reference = options.reference ?? context.productionOutput
    if (reference === undefined) {
      throw new ScorerError(
        'similar has no reference: the case has no production output and no value'
      )
    }
    const method = options.method ?? (context.embed ? 'embedding' : 'lexical')
    const similarity =
      method === 'lexical'
        ? lexicalF1(answer.output, reference)
        : await embeddingCosine(answer.output, reference, context.embed)
    const threshold = options.threshold ?? DEFAULT_THRESHOLDS[method]
    const label = method === 'embedding' ? 'embedding cosine' : 'lexical F1'
    const against = options.reference === undefined ? 'production output' : 'value'
    const fallback =
      method === 'lexical' && !options.method && !context.embed ? ', no embeddings' : ''
    const score = Math.round(similarity * 10_000) / 10_000
    const passed = similarity >= threshold
    const comparison = `${formatNumber(score)} ${passed ? '≥' : '<'} ${formatNumber(threshold)}`
    return { passed, reason: `${label} ${comparison} (vs ${against}${fallback})`, score }
  }
})

async function embeddingCosine(
  answer: string,
  reference: string,
  embed: Embed | undefined
): Promise<number> {
  if (!embed)
    throw new ScorerError('similar method embedding needs an embedding model; none configured')
  // Embedding APIs reject empty input; an empty text is simply unlike any non-empty one.
  if (answer.trim() === '' || reference.trim() === '') {
    return answer.trim() === reference.trim() ? 1 : 0
  }
  let vectors: number[][]
  try {
    vectors = await embed([answer, reference])
  } catch (error) {
    throw new ScorerError(
      `embedding call failed: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const [first, second] = vectors
  if (!first || !second || first.length === 0 || first.length !== second.length) {
    throw new ScorerError('embedding call returned unusable vectors')
  }
  return cosineSimilarity(first, second)
}

export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0
  let normA = 0
  let normB = 0
  for (let index = 0; index < a.length; index++) {
    const x = a[index] ?? 0
    const y = b[index] ?? 0
    dot += x * y
    normA += x * x
    normB += y * y
  }
  if (normA === 0 || normB === 0) return 0
  // Rounding can push identical vectors a hair above 1.
  return Math.min(1, dot / Math.sqrt(normA * normB))
}

const WORD = /[\p{L}\p{N}]+/gu

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [word] of text.toLowerCase().matchAll(WORD))
    counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Word-multiset F1 (SQuAD's overlap score): 1 for the same words, 0 for none shared. */
export function lexicalF1(answer: string, reference: string): number {
  const answerWords = wordCounts(answer)
  const referenceWords = wordCounts(reference)
  const total = (counts: Map<string, number>): number =>
    [...counts.values()].reduce((sum, n) => sum + n, 0)
  const answerTotal = total(answerWords)
  const referenceTotal = total(referenceWords)
  if (answerTotal === 0 || referenceTotal === 0) return answerTotal === referenceTotal ? 1 : 0
  let shared = 0
  for (const [word, count] of answerWords) shared += Math.min(count, referenceWords.get(word) ?? 0)
  if (shared === 0) return 0
  const precision = shared / answerTotal
  const recall = shared / referenceTotal
  return (2 * precision * recall) / (precision + recall)
}
