import { describe, expect, it } from '@jest/globals'
import { redactUrl, scrubSecrets } from '../../src/http/secrets.js'

describe('redactUrl', () => {
  it('drops userinfo and replaces secret-looking query values', () => {
    const url = new URL('https://user:pw@host/path?api-version=2024-10-21&api-key=abc&token=t')
    expect(redactUrl(url)).toBe(
      'https://host/path?api-version=2024-10-21&api-key=REDACTED&token=REDACTED'
    )
  })
})

describe('scrubSecrets', () => {
  it('replaces every occurrence of each secret, leaving very short ones alone', () => {
    expect(scrubSecrets('key sk-123456 then sk-123456 and abc', ['sk-123456', 'abc'])).toBe(
      'key *** then *** and abc'
    )
  })
})
