/**
 * toad-eye (`@toad-eye/instrumentation`): standard OTel GenAI attributes for the call, plus
 * its own `gen_ai.toad_eye.*` extensions. Content is opt-in (`recordContent`): the prompt is
 * every message text joined with newlines in `gen_ai.toad_eye.prompt`, the answer is
 * `gen_ai.toad_eye.completion`. With `hashContent` both hold `sha256:<hex>` instead: a hash
 * is not content, so such a span counts as one without content.
 */
import type { Span } from '../../traces/model.js'
import {
  attribute,
  isFlaggedTruncated,
  numberAttribute,
  textAttribute,
  verbatimText
} from '../attributes.js'
import { genAiOperationRole, readGenAiMetadata } from '../genai.js'
import { promptTextFields, reading, type ConventionReader } from '../reading.js'

const PROMPT = 'gen_ai.toad_eye.prompt'
const COMPLETION = 'gen_ai.toad_eye.completion'
const COST = 'gen_ai.toad_eye.cost'
const STATUS = 'gen_ai.toad_eye.status'
const SCOPE_NAME = 'toad-eye'

const HASHED_CONTENT = /^sha256:[0-9a-f]{64}$/

function isToadEyeSpan(span: Span): boolean {
  return (
    span.scope?.name === SCOPE_NAME ||
    attribute(span, 'otel.scope.name') === SCOPE_NAME ||
    [PROMPT, COMPLETION, COST, STATUS].some(key => attribute(span, key) !== undefined)
  )
}

/** Recorded content, or `undefined` when the value is absent or only a hash of the content. */
function recordedContent(span: Span, key: string): string | undefined {
  const text = verbatimText(span, key)
  return text === undefined || HASHED_CONTENT.test(text) ? undefined : text
}

export const toadEye: ConventionReader = {
  convention: 'toad-eye',

  classify(span) {
    if (!isToadEyeSpan(span)) return undefined
    return genAiOperationRole(span) ?? 'call'
  },

  read(span) {
    const prompt = recordedContent(span, PROMPT)
    const completion = recordedContent(span, COMPLETION)
    const failed = textAttribute(span, STATUS) === 'error'
    const errorType = textAttribute(span, 'error.type')
    return reading('toad-eye', {
      ...readGenAiMetadata(span),
      ...promptTextFields(prompt),
      output: completion,
      cost: numberAttribute(span, COST),
      error: failed ? (errorType === undefined ? {} : { type: errorType }) : undefined,
      truncated:
        (prompt !== undefined && isFlaggedTruncated(span, PROMPT)) ||
        (completion !== undefined && isFlaggedTruncated(span, COMPLETION))
    })
  }
}
