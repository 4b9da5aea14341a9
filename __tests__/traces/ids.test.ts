import { describe, expect, it } from '@jest/globals'
import { assertTraceId, normalizeSpanId, normalizeTraceId } from '../../src/traces/ids.js'

describe('normalizeTraceId', () => {
  it.each([
    ['32 lowercase hex', '83a9efd15c1c98a977e0711cc93ee28b', '83a9efd15c1c98a977e0711cc93ee28b'],
    [
      'uppercase hex (Tempo test data)',
      '5B8EFFF798038103D269B633813FC60C',
      '5b8efff798038103d269b633813fc60c'
    ],
    ['16 hex (Jaeger 64-bit ids)', '2be38093ead7a083', '00000000000000002be38093ead7a083'],
    ['hex without leading zeros', '1', '00000000000000000000000000000001'],
    [
      'padded base64 of 16 bytes (Tempo)',
      'QpC1h3qZMN55u0KDZTmOzA==',
      '4290b5877a9930de79bb428365398ecc'
    ],
    ['unpadded base64', 'QpC1h3qZMN55u0KDZTmOzA', '4290b5877a9930de79bb428365398ecc'],
    ['base64url', 'q0o5CtL-O4U0QEyfciOjkA==', 'ab4a390ad2fe3b8534404c9f7223a390'],
    ['base64 of 8 bytes', 'K+OAk+rXoIM=', '00000000000000002be38093ead7a083'],
    [
      'surrounding whitespace',
      ' 83a9efd15c1c98a977e0711cc93ee28b\n',
      '83a9efd15c1c98a977e0711cc93ee28b'
    ]
  ])('reads %s', (_case, raw, expected) => {
    expect(normalizeTraceId(raw)).toBe(expected)
  })

  it.each([
    ['all zeros', '00000000000000000000000000000000'],
    ['all zeros in base64', 'AAAAAAAAAAAAAAAAAAAAAA=='],
    ['33 hex', '083a9efd15c1c98a977e0711cc93ee28b'],
    ['an empty string', ''],
    ['a non-hex word', 'not-a-trace-id'],
    ['base64 of the wrong size', 'QpC1h3qZMN55u0KD'],
    ['base64 with a wrong padding', 'QpC1h3qZMN55u0KDZTmOzA='],
    ['characters outside base64', 'QpC1h3qZMN55u0KDZTm*zA=='],
    ['a number', 1],
    ['null', null],
    ['an object', { toString: () => '83a9efd15c1c98a977e0711cc93ee28b' }]
  ])('rejects %s', (_case, raw) => {
    expect(normalizeTraceId(raw)).toBeUndefined()
  })
})

describe('normalizeSpanId', () => {
  it.each([
    ['16 hex', 'e127af99e3b3e074', 'e127af99e3b3e074'],
    ['uppercase hex', 'EEE19B7EC3C1B174', 'eee19b7ec3c1b174'],
    ['hex without leading zeros', 'ff', '00000000000000ff'],
    ['padded base64 (Tempo)', '1gZXnld4dYc=', 'd606579e57787587'],
    ['unpadded base64', 'U/Mym4Y9qV0', '53f3329b863da95d'],
    ['base64url', 'U_Mym4Y9qV0=', '53f3329b863da95d']
  ])('reads %s', (_case, raw, expected) => {
    expect(normalizeSpanId(raw)).toBe(expected)
  })

  it.each([
    ['all zeros (no parent)', '0000000000000000'],
    ['all zeros in base64', 'AAAAAAAAAAA='],
    ['17 hex', '0e127af99e3b3e074'],
    ['a trace id in base64', 'QpC1h3qZMN55u0KDZTmOzA=='],
    ['garbage', 'not-hex!'],
    ['undefined', undefined]
  ])('rejects %s', (_case, raw) => {
    expect(normalizeSpanId(raw)).toBeUndefined()
  })
})

describe('assertTraceId', () => {
  it('normalizes ids a person typed', () => {
    expect(assertTraceId('83A9EFD15C1C98A977E0711CC93EE28B')).toBe(
      '83a9efd15c1c98a977e0711cc93ee28b'
    )
    expect(assertTraceId(' 2be38093ead7a083 ')).toBe('00000000000000002be38093ead7a083')
  })

  it('names the bad input and the expected form', () => {
    expect(() => assertTraceId('trace-123')).toThrow(
      'Invalid trace id "trace-123": expected 16 or 32 hex characters'
    )
    expect(() => assertTraceId('')).toThrow('Invalid trace id "": expected 16 or 32 hex characters')
    expect(() => assertTraceId('0'.repeat(32))).toThrow('expected 16 or 32 hex characters')
  })

  it('does not accept base64, which nobody types', () => {
    expect(() => assertTraceId('QpC1h3qZMN55u0KDZTmOzA==')).toThrow('Invalid trace id')
  })

  it('truncates a long input in the message', () => {
    const input = 'a'.repeat(33) + 'x'.repeat(100)
    expect(() => assertTraceId(input)).toThrow(`Invalid trace id "${input.slice(0, 64)}…"`)
  })
})
