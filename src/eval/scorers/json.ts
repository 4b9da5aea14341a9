/**
 * JSON scorers.
 *
 * - `is_json`: the whole answer parses as JSON (any JSON value, surrounding whitespace allowed),
 *   exactly toad-eye's check. `value` is `true` or absent; `false` is rejected rather than read
 *   as "must not be JSON", because toad-eye ignores the value and would still require JSON.
 * - `json_schema`: the whole answer parses as JSON and matches the schema in `value` (alias
 *   `schema`); see json-schema.ts for the supported subset.
 * - `contains_json`: a JSON object or array appears somewhere (a code fence, after a sentence);
 *   with a schema (`schema`, or `value` as a mapping) one of them must match it.
 */
import { findJsonValues } from './json-find.js'
import { checkAgainstSchema, schemaProblems, type SchemaCheck } from './json-schema.js'
import { jsonTypeName } from './json-values.js'
import { isPlainObject, OptionReader, type JsonObject } from './options.js'
import { describeValue, quote } from './reasons.js'
import { defineScorer, type Outcome } from './types.js'

type Schema = JsonObject | boolean

type ParsedAnswer = { ok: true; value: unknown } | { ok: false; reason: string }

function parseWholeAnswer(output: string): ParsedAnswer {
  const trimmed = output.trim()
  if (trimmed === '') return { ok: false, reason: 'not JSON: empty answer' }
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown }
  } catch {
    // The usual near miss gets its own hint: the JSON is fine but fenced.
    if (trimmed.startsWith('```')) {
      return {
        ok: false,
        reason: 'not JSON: wrapped in a ``` code fence (contains_json allows that)'
      }
    }
    return { ok: false, reason: `not JSON: starts with ${quote(trimmed, 40)}` }
  }
}

/** Reads the schema under `key`; its problems are named by path (`value/properties/age: ...`). */
function readSchema(reader: OptionReader, key: string): Schema {
  const raw = reader.raw(key)
  const problems = schemaProblems(raw, key)
  for (const problem of problems) reader.problem(problem)
  return problems.length === 0 ? (raw as Schema) : true
}

function schemaFailure(check: SchemaCheck): string {
  const more = check.count > 1 ? ` (+${check.count - 1} more)` : ''
  return `${check.messages[0] ?? 'does not match'}${more}`
}

export const isJson = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    const value = reader.raw('value')
    if (value !== undefined && value !== true) {
      reader.problem(
        `value must be true or absent, got ${describeValue(value)} (there is no "must not be JSON"; toad-eye ignores the value)`
      )
    }
    return reader.result({})
  },
  score(_options, answer): Outcome {
    const parsed = parseWholeAnswer(answer.output)
    return parsed.ok
      ? { passed: true, reason: `valid JSON (${jsonTypeName(parsed.value)})` }
      : { passed: false, reason: parsed.reason }
  }
})

export const jsonSchema = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    const key =
      reader.raw('value') === undefined && reader.raw('schema') !== undefined ? 'schema' : 'value'
    return reader.result({ schema: readSchema(reader, key) })
  },
  score({ schema }, answer): Outcome {
    const parsed = parseWholeAnswer(answer.output)
    if (!parsed.ok) return { passed: false, reason: parsed.reason }
    const check = checkAgainstSchema(parsed.value, schema)
    return check.count === 0
      ? { passed: true, reason: 'matches the schema' }
      : { passed: false, reason: schemaFailure(check) }
  }
})

export const containsJson = defineScorer({
  parse(assertion) {
    const reader = new OptionReader(assertion)
    const value = reader.raw('value')
    if (value !== undefined && value !== true && !isPlainObject(value)) {
      reader.problem(
        `value must be true, a JSON schema mapping or absent, got ${describeValue(value)}`
      )
    }
    const key = isPlainObject(value) ? 'value' : 'schema'
    const schema = reader.raw(key) === undefined ? undefined : readSchema(reader, key)
    return reader.result({ schema })
  },
  score({ schema }, answer): Outcome {
    const found = findJsonValues(answer.output)
    const first = found[0]
    if (first === undefined) return { passed: false, reason: 'no JSON object or array found' }
    const where = (index: number, fenced: boolean): string =>
      fenced ? `in a code fence at char ${index}` : `at char ${index}`
    if (schema === undefined) {
      return {
        passed: true,
        reason: `JSON ${jsonTypeName(first.value)} ${where(first.index, first.fenced)}`
      }
    }
    const checks = found.map(candidate => ({
      candidate,
      check: checkAgainstSchema(candidate.value, schema)
    }))
    const match = checks.find(({ check }) => check.count === 0)
    if (match) {
      const { candidate } = match
      return {
        passed: true,
        reason: `JSON ${jsonTypeName(candidate.value)} ${where(candidate.index, candidate.fenced)} matches the schema`
      }
    }
    const firstCheck = checks[0]?.check
    const count = found.length === 1 ? '1 JSON value' : `${found.length} JSON values`
    return {
      passed: false,
      reason: `${count} found, none matches the schema: ${firstCheck ? schemaFailure(firstCheck) : ''}`
    }
  }
})
