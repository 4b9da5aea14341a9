import { describe, expect, it } from '@jest/globals'
import { code, inline, preformatted, truncate } from '../../src/report/markdown-escape.js'

const WJ = '\u2060'

describe('inline', () => {
  it.each([
    ['a | b', 'a &#124; b'],
    ['<img src=x>', '&lt;img src=x&gt;'],
    ['[x](http://e.example)', `&#91;x&#93;(http:${WJ}//e.example)`],
    ['![i](y)', '!&#91;i&#93;(y)'],
    [
      '`code` ~~s~~ *e* _u_ $m$',
      '&#96;code&#96; &#126;&#126;s&#126;&#126; &#42;e&#42; &#95;u&#95; &#36;m&#36;'
    ],
    ['@octocat and #12', `@${WJ}octocat and #${WJ}12`],
    ['GH-7 and gh-8 but GH-x', `GH${WJ}-7 and gh${WJ}-8 but GH-x`],
    ['www.example.com', `www${WJ}.example.com`],
    ['&#64;x &amp;', `&amp;#${WJ}64;x &amp;amp;`],
    ['back\\slash', 'back&#92;slash'],
    ['two\n\nlines\r\nand\ttab', 'two lines and tab'],
    ['\u202Eright-to-left\u0000\u0007', 'right-to-left']
  ])('%p', (text, expected) => {
    expect(inline(text)).toBe(expected)
  })

  it('truncates before escaping and says how much is left', () => {
    expect(inline('a|'.repeat(10), 5)).toBe('a&#124;a&#124;a… (15 more characters)')
  })
})

describe('preformatted', () => {
  it('keeps line breaks as references on one source line', () => {
    expect(preformatted('one\n\ntwo\r\nthree\rfour')).toBe('one&#10;&#10;two&#10;three&#10;four')
  })

  it('cannot close the pre or open anything', () => {
    expect(preformatted('</pre></details>```@a')).toBe(
      `&lt;/pre&gt;&lt;/details&gt;&#96;&#96;&#96;@${WJ}a`
    )
  })
})

describe('code', () => {
  it('wraps escaped text', () => {
    expect(code('a<b')).toBe('<code>a&lt;b</code>')
  })
})

describe('truncate', () => {
  it('keeps short text', () => {
    expect(truncate('short', 10)).toBe('short')
  })

  it('never splits a surrogate pair', () => {
    expect(truncate('ab😀cd', 3)).toBe('ab… (4 more characters)')
  })
})
