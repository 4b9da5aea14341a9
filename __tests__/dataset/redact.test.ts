import { describe, expect, it } from '@jest/globals'
import { createRedactor, redactDeep } from '../../src/dataset/redact.js'

const redact = (text: string): string => createRedactor().redact(text)

describe('createRedactor', () => {
  it.each([
    ['Mail me at jane.doe+billing@example.co.uk today', 'Mail me at [REDACTED:EMAIL] today'],
    ['Call +1 (555) 123-4567 or 020 7946 0958.', 'Call [REDACTED:PHONE] or [REDACTED:PHONE].'],
    ['Phone: +44 20 7946 0958', 'Phone: [REDACTED:PHONE]'],
    [
      'Call +49 151 2345 0012 (it passes the Luhn check)',
      'Call [REDACTED:PHONE] (it passes the Luhn check)'
    ],
    ['Card 4111 1111 1111 1111 exp 12/27', 'Card [REDACTED:CARD] exp 12/27'],
    ['card 5500-0000-0000-0004', 'card [REDACTED:CARD]'],
    ['from 203.0.113.42 via 2001:db8::8a2e:370:7334', 'from [REDACTED:IP] via [REDACTED:IP]'],
    ['key sk-proj-AbCdEf0123456789AbCdEf0123456789', 'key [REDACTED:API_KEY]'],
    ['sk-ant-api03-AbCdEf0123456789AbCdEf0123', '[REDACTED:API_KEY]'],
    ['token ghp_0123456789abcdefghijABCDEFGHIJ012345', 'token [REDACTED:GITHUB_TOKEN]'],
    ['aws AKIAIOSFODNN7EXAMPLE', 'aws [REDACTED:AWS_KEY]'],
    ['slack xoxb-1234567890-abcdefghij', 'slack [REDACTED:SLACK_TOKEN]'],
    [
      'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'jwt [REDACTED:JWT]'
    ],
    [
      'Authorization: Bearer abcdef0123456789abcdef',
      'Authorization: Bearer [REDACTED:BEARER_TOKEN]'
    ]
  ])('redacts %j', (input, expected) => {
    expect(redact(input)).toBe(expected)
  })

  it.each([
    'Order A-1187 shipped on 2025-11-28 at 10:30:00.',
    'Revenue was 12.4 million euros, up 8% on 1,250,000 units.',
    'Card 4111 1111 1111 1112 fails the Luhn check.',
    'Version 10.0.0.1234 and port 999.1.1.1 are not addresses.',
    'Use std::vector and a::b scopes.',
    'Invoice 1234567890123 is an id.'
  ])('leaves %j alone', input => {
    expect(redact(input)).toBe(input)
  })

  it('counts replacements by kind', () => {
    const redactor = createRedactor()
    redactor.redact('a@b.io, c@d.io and 198.51.100.7')
    expect(redactor.counts).toEqual({ EMAIL: 2, IP: 1 })
  })

  it('applies user patterns first, under their own names', () => {
    const redactor = createRedactor([{ name: 'customer_id', pattern: 'CUST-\\d{6}' }])
    expect(redactor.redact('CUST-004211 wrote from x@y.org')).toBe(
      '[REDACTED:CUSTOMER_ID] wrote from [REDACTED:EMAIL]'
    )
  })

  it('rejects user patterns that are invalid or match nothing visible', () => {
    expect(() => createRedactor([{ name: 'bad', pattern: '(' }])).toThrow(
      /^Redaction pattern BAD is not a valid regular expression/
    )
    expect(() => createRedactor([{ name: 'empty', pattern: 'x*' }])).toThrow(
      'Redaction pattern EMPTY matches empty text'
    )
    expect(() => createRedactor([{ name: '1x', pattern: 'x' }])).toThrow(/must be letters/)
  })
})

describe('redactDeep', () => {
  it('redacts strings at any depth and keeps other values', () => {
    const redactor = createRedactor()
    expect(
      redactDeep({ to: ['a@b.io', { cc: 'c@d.io' }], count: 2, ok: true, none: null }, redactor)
    ).toEqual({
      to: ['[REDACTED:EMAIL]', { cc: '[REDACTED:EMAIL]' }],
      count: 2,
      ok: true,
      none: null
    })
  })
})
