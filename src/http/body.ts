/** A response body larger than a caller allows; the rest is not read. */
export class ResponseTooLargeError extends Error {
  override name = 'ResponseTooLargeError'
  constructor(readonly limitBytes: number) {
    super(`the response is larger than ${formatBytes(limitBytes)}`)
  }
}

/**
 * Reads a body up to `limitBytes`. A server that is wrong, or hostile, cannot make the job
 * hold an unbounded answer in memory; leaving the loop early closes the stream.
 */
export async function readBodyLimited(
  body: AsyncIterable<Uint8Array>,
  limitBytes: number
): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.byteLength
    if (size > limitBytes) throw new ResponseTooLargeError(limitBytes)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MiB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`
  return `${bytes} bytes`
}
