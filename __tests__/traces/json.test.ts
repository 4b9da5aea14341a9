import { readFile } from 'node:fs/promises'
import { describe, expect, it } from '@jest/globals'
import { JsonParseError, parseJsonDocuments } from '../../src/traces/json.js'

function parseError(text: string): JsonParseError {
  try {
    parseJsonDocuments(text)
  } catch (error) {
    if (error instanceof JsonParseError) return error
    throw error
  }
  throw new Error('expected a JsonParseError')
}

describe('parseJsonDocuments', () => {
  it('reads one JSON value', () => {
    expect(parseJsonDocuments('{"data":[]}')).toEqual([{ data: [] }])
    expect(parseJsonDocuments('[1, 2]')).toEqual([[1, 2]])
    expect(parseJsonDocuments('null')).toEqual([null])
  })

  it('strips a UTF-8 byte order mark', () => {
    expect(parseJsonDocuments('\uFEFF{"a":1}')).toEqual([{ a: 1 }])
    expect(parseJsonDocuments('\uFEFF{"a":1}{"b":2}')).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('splits values written back to back, as Jaeger api_v3 streams them', () => {
    expect(parseJsonDocuments('{"result":{"a":1}}{"result":{"b":2}}\n{"result":{}}')).toEqual([
      { result: { a: 1 } },
      { result: { b: 2 } },
      { result: {} }
    ])
  })

  it('reads JSON Lines, including blank lines and CRLF endings', () => {
    expect(parseJsonDocuments('{"a":1}\r\n\r\n[2]\r\n"three"\n4\ntrue\n')).toEqual([
      { a: 1 },
      [2],
      'three',
      4,
      true
    ])
  })

  it('is not fooled by brackets and quotes inside strings', () => {
    const text = '{"text":"a } ] { [ \\" \\\\"}{"next":"\\"}"}'
    expect(parseJsonDocuments(text)).toEqual([{ text: 'a } ] { [ " \\' }, { next: '"}' }])
  })

  it('reads the JSON Lines file in the corpus', async () => {
    const text = await readFile(
      '../shared/corpus/formats/otlp-jsonl.jaeger-ui-multi-in.jsonl',
      'utf8'
    )
    const documents = parseJsonDocuments(text)
    expect(documents).toHaveLength(4)
    expect(
      documents.every(
        document => typeof document === 'object' && document !== null && 'resourceSpans' in document
      )
    ).toBe(true)
  })

  it('gives nothing for whitespace-only text', () => {
    expect(parseJsonDocuments('')).toEqual([])
    expect(parseJsonDocuments(' \n\t')).toEqual([])
  })

  describe('malformed input', () => {
    it('points at the end of truncated JSON', () => {
      const error = parseError('{"data":[{"traceID":"abc",')
      expect(error).toBeInstanceOf(SyntaxError)
      expect(error.message).toBe('Unexpected end of JSON input at line 1, column 27')
      expect(error.position).toBe(26)
    })

    it('points at the bad token when V8 does not say where it is', () => {
      const error = parseError('{"a": 1}\n{"b": nope}')
      expect(error.message).toBe(`Unexpected token 'o' at line 2, column 8`)
      expect([error.line, error.column, error.position]).toEqual([2, 8, 16])
    })

    it('points at the position V8 reports, counted in the whole text', () => {
      const error = parseError('{"ok":true}\n{"a" 1}')
      expect(error.message).toBe(`Expected ':' after property name at line 2, column 6`)
    })

    it('rejects an HTML error page at its first character', () => {
      const error = parseError('<html><body>502 Bad Gateway</body></html>')
      expect(error.message).toBe(`Unexpected token '<' at line 1, column 1`)
    })

    it('rejects a stray closing bracket after a value', () => {
      expect(parseError('{"a":1}}').message).toBe(`Unexpected token '}' at line 1, column 8`)
    })

    it('rejects an unterminated string', () => {
      expect(parseError('{"a":1}\n{"b":"open').message).toBe(
        'Unexpected end of JSON input at line 2, column 11'
      )
    })

    it('does not echo a huge input in the message', () => {
      const error = parseError(`{"a": ${'x'.repeat(10_000)}}`)
      expect(error.message.length).toBeLessThan(100)
    })
  })

  it('copes with deep nesting without recursion', () => {
    const depth = 100_000
    const deep = '['.repeat(depth) + ']'.repeat(depth)
    expect(parseJsonDocuments(`${deep}\n${deep}`)).toHaveLength(2)
  })
})
