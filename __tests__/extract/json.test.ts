import { describe, expect, it } from '@jest/globals'
import { isCutShort, MAX_EMBEDDED_LAYERS, parseEmbeddedJson } from '../../src/extract/json.js'

describe('parseEmbeddedJson', () => {
  it('parses JSON text and returns structured values as they are', () => {
    const structured = { role: 'user' }
    expect(parseEmbeddedJson('{"role":"user"}')).toEqual({
      value: { role: 'user' },
      cutShort: false
    })
    expect(parseEmbeddedJson(structured).value).toBe(structured)
  })

  it('unwraps JSON inside a JSON string, layer by layer', () => {
    const twice = JSON.stringify(JSON.stringify({ id: 'chatcmpl-1' }))
    expect(parseEmbeddedJson(twice).value).toEqual({ id: 'chatcmpl-1' })
  })

  it(`stops after ${MAX_EMBEDDED_LAYERS} layers and keeps the rest as text`, () => {
    let text = '{"deep":true}'
    for (let layer = 0; layer < MAX_EMBEDDED_LAYERS; layer++) text = JSON.stringify(text)
    expect(parseEmbeddedJson(text).value).toBe('{"deep":true}')
  })

  it('keeps plain text, bare numbers and malformed JSON as text, not cut short', () => {
    expect(parseEmbeddedJson('Where is order A-1187?')).toEqual({
      value: 'Where is order A-1187?',
      cutShort: false
    })
    expect(parseEmbeddedJson('412')).toEqual({ value: '412', cutShort: false })
    expect(parseEmbeddedJson('{"a": nope}')).toEqual({ value: '{"a": nope}', cutShort: false })
  })

  it('keeps JSON cut at a byte limit as text, and says so', () => {
    expect(parseEmbeddedJson('[{"role":"user","content":"Summarize the contr')).toEqual({
      value: '[{"role":"user","content":"Summarize the contr',
      cutShort: true
    })
  })
})

describe('isCutShort', () => {
  it('is true when a string or a bracket is still open at the end', () => {
    expect(isCutShort('{"a":"b')).toBe(true)
    expect(isCutShort('[{"a":"b"}')).toBe(true)
    expect(isCutShort('{"a":"\\"')).toBe(true)
  })

  it('is false for closed text, brackets inside strings included', () => {
    expect(isCutShort('{"a":"[{"}')).toBe(false)
    expect(isCutShort('"quoted"')).toBe(false)
  })
})
