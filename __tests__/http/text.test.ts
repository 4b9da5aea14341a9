import { describe, expect, it } from '@jest/globals'
import { looksLikeHtml, visibleText } from '../../src/http/text.js'

describe('visibleText', () => {
  it('keeps only the text of an HTML page', () => {
    expect(visibleText('<p>a &amp; b</p><!-- hidden --><script>x()</script> <i>c</i>', 200)).toBe(
      'a & b c'
    )
    expect(visibleText(`<p>${'y'.repeat(300)}</p>`, 10)).toBe('yyyyyyyyy…')
  })
})

describe('looksLikeHtml', () => {
  it('goes by the content type or a leading tag', () => {
    expect(looksLikeHtml('{}', 'text/html; charset=utf-8')).toBe(true)
    expect(looksLikeHtml('  <!doctype html>', '')).toBe(true)
    expect(looksLikeHtml('{"a":1}', 'application/json')).toBe(false)
  })
})
