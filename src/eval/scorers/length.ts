/**
 * `max_length` and `min_length`: the answer's length in JavaScript string units (UTF-16), as
 * toad-eye measures it, so a `max_length` its export wrote means the same here.
 */
import { OptionReader } from './options.js'
import { defineScorer } from './types.js'

export const maxLength = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result({ max: reader.integer('value', { min: 1 }) })
  },
  score({ max }, answer) {
    const length = answer.output.length
    return length <= max
      ? { passed: true, reason: `${length} chars ≤ max ${max}`, score: length }
      : { passed: false, reason: `${length} chars > max ${max}`, score: length }
  }
})

export const minLength = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    return reader.result({ min: reader.integer('value', { min: 0 }) })
  },
  score({ min }, answer) {
    const length = answer.output.length
    return length >= min
      ? { passed: true, reason: `${length} chars ≥ min ${min}`, score: length }
      : { passed: false, reason: `${length} chars < min ${min}`, score: length }
  }
})
