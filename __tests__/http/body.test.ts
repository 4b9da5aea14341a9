import { describe, expect, it } from '@jest/globals'
import { readBodyLimited, ResponseTooLargeError } from '../../src/http/body.js'

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part)
}

describe('readBodyLimited', () => {
  it('reads a body within the limit', async () => {
    expect((await readBodyLimited(chunks('{"da', 'ta":[]}'), 11)).toString()).toBe('{"data":[]}')
  })

  it('stops at the first chunk past the limit, without reading the rest', async () => {
    let pulled = 0
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++
        yield Buffer.alloc(1024 * 1024)
      }
    }
    const reading = readBodyLimited(endless(), 3 * 1024 * 1024)
    await expect(reading).rejects.toThrow(new ResponseTooLargeError(3 * 1024 * 1024))
    await expect(reading).rejects.toThrow('the response is larger than 3 MiB')
    expect(pulled).toBe(4)
  })
})
