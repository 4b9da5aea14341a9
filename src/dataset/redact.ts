import { isIP } from 'node:net'

/**
 * Redaction runs on every text that goes into a dataset, before anything is written:
 * datasets are committed to git and shown in pull requests, so personal data and secrets
 * from production traffic must not reach them.
 */

export type RedactionKind =
  | 'EMAIL'
  | 'PHONE'
  | 'CARD'
  | 'IP'
  | 'API_KEY'
  | 'GITHUB_TOKEN'
  | 'AWS_KEY'
  | 'SLACK_TOKEN'
  | 'JWT'
  | 'BEARER_TOKEN'

interface Rule {
  kind: string
  pattern: RegExp
  /** Extra check on a match (Luhn, IP validity); a match it rejects is left as it is. */
  accept?: (match: string) => boolean
  /** Keep part of the match (e.g. the `Bearer ` prefix) before the placeholder. */
  keepPrefix?: (match: string) => string
  /**
   * A cheap test that text without it cannot match: most texts have no `@` or `::`, and
   * skipping the full pattern on them is most of redaction's cost.
   */
  clue?: (text: string) => boolean
}

export interface CustomPattern {
  /** Placeholder name: `[REDACTED:<NAME>]`. */
  name: string
  pattern: string
}

export interface Redactor {
  redact(text: string): string
  /** Counts of replacements made so far, by kind. */
  readonly counts: Readonly<Record<string, number>>
}

const has =
  (pattern: RegExp) =>
  (text: string): boolean =>
    pattern.test(text)

// Order matters: secrets first (they contain digits a phone rule would take),
// then cards (Luhn-checked) before phones, since both are runs of digits.
const BUILT_IN_RULES: Rule[] = [
  {
    kind: 'JWT',
    clue: has(/eyJ/),
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g
  },
  {
    kind: 'BEARER_TOKEN',
    clue: has(/bearer/i),
    pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/gi,
    keepPrefix: match => /^Bearer\s+/i.exec(match)?.[0] ?? ''
  },
  {
    kind: 'API_KEY',
    clue: has(/sk-|[srp]k_|AIza/),
    // OpenAI (sk-, sk-proj-), Anthropic (sk-ant-), Stripe (sk_live_, rk_live_), Google (AIza).
    pattern:
      /\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35})/g
  },
  {
    kind: 'GITHUB_TOKEN',
    clue: has(/gh[pousr]_|github_pat_/),
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g
  },
  {
    kind: 'AWS_KEY',
    clue: has(/A[KSBC][IC]A/),
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g
  },
  {
    kind: 'SLACK_TOKEN',
    clue: has(/xox/),
    pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g
  },
  {
    kind: 'EMAIL',
    clue: has(/@/),
    pattern: /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g
  },
  {
    kind: 'CARD',
    clue: has(/\d{4}/),
    // Not after a `+`: an international phone number can pass the Luhn check too.
    pattern: /(?<![+\d])\b\d(?:[ -]?\d){12,18}\b/g,
    accept: match => passesLuhn(match.replace(/\D/g, ''))
  },
  {
    kind: 'IP',
    clue: has(/\d\.\d/),
    pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g,
    accept: match => isIP(match) === 4
  },
  {
    kind: 'IP',
    clue: text => text.indexOf(':') !== text.lastIndexOf(':'),
    // IPv6, full or compressed; isIP rejects look-alikes such as times (10:30:00).
    pattern: /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g,
    accept: match => isIP(match) === 6 && /\d/.test(match) && match.length >= 3
  },
  {
    kind: 'PHONE',
    clue: has(/\d{2}/),
    // Optional +country code, then 8-14 more digits in groups separated by spaces, dots,
    // dashes or parentheses. Needs a + or a separator, so plain numbers (ids, amounts) stay.
    pattern:
      /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w])/g,
    accept: match => {
      const digits = match.replace(/\D/g, '').length
      const hasPlus = match.startsWith('+')
      const groups = match.split(/[\s.()-]+/).filter(Boolean)
      return (
        digits >= 9 &&
        digits <= 15 &&
        (hasPlus || match.includes('(') || groups.length >= 3) &&
        !looksLikeDate(match)
      )
    }
  }
]

export function createRedactor(customPatterns: CustomPattern[] = []): Redactor {
  const rules = [...customPatterns.map(toRule), ...BUILT_IN_RULES]
  const counts: Record<string, number> = {}
  return {
    counts,
    redact(text: string): string {
      let result = text
      for (const rule of rules) {
        if (rule.clue && !rule.clue(result)) continue
        result = result.replace(rule.pattern, match => {
          if (rule.accept && !rule.accept(match)) return match
          counts[rule.kind] = (counts[rule.kind] ?? 0) + 1
          return `${rule.keepPrefix?.(match) ?? ''}[REDACTED:${rule.kind}]`
        })
      }
      return result
    }
  }
}

/** Redacts every string inside a JSON-like value (tool arguments, structured output). */
export function redactDeep(value: unknown, redactor: Redactor): unknown {
  if (typeof value === 'string') return redactor.redact(value)
  if (Array.isArray(value)) return value.map(item => redactDeep(item, redactor))
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [key, item] of Object.entries(value)) copy[key] = redactDeep(item, redactor)
    return copy
  }
  return value
}

function toRule(custom: CustomPattern): Rule {
  const name = custom.name.toUpperCase()
  if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(name)) {
    throw new Error(
      `Redaction pattern name "${custom.name}" must be letters, digits and _ (up to 32)`
    )
  }
  let pattern: RegExp
  try {
    pattern = new RegExp(custom.pattern, 'g')
  } catch (error) {
    throw new Error(
      `Redaction pattern ${name} is not a valid regular expression: ${(error as Error).message}`,
      {
        cause: error
      }
    )
  }
  if (pattern.test('')) throw new Error(`Redaction pattern ${name} matches empty text`)
  pattern.lastIndex = 0
  return { kind: name, pattern }
}

function passesLuhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

function looksLikeDate(text: string): boolean {
  return (
    /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(text) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(text)
  )
}
