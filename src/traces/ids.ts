/**
 * Trace and span ids arrive as hex (Jaeger, OTLP/JSON as the spec writes it) or as base64
 * (Tempo and other gogo-jsonpb writers, which encode the raw bytes). Everything downstream
 * compares ids as lowercase hex of fixed width, so every decoder normalizes through here.
 */

const TRACE_ID_BYTES = 16
const SPAN_ID_BYTES = 8

const HEX = /^[0-9a-f]+$/i
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/

/**
 * A trace id as 32 lowercase hex characters, or `undefined` when `raw` is not a usable id.
 * Accepts hex of any case and width up to 32 (Jaeger writes 64-bit ids as 16 hex and may drop
 * leading zeros), and base64 of 16 or 8 bytes, padded or not, standard or URL alphabet.
 */
export function normalizeTraceId(raw: unknown): string | undefined {
  return normalizeId(raw, TRACE_ID_BYTES, [TRACE_ID_BYTES, SPAN_ID_BYTES])
}

/** A span id as 16 lowercase hex characters, or `undefined`; accepts what `normalizeTraceId` does, for 8 bytes. */
export function normalizeSpanId(raw: unknown): string | undefined {
  return normalizeId(raw, SPAN_ID_BYTES, [SPAN_ID_BYTES])
}

/**
 * Validates a trace id typed by a person (a CLI argument, an action input) and returns it
 * as 32 lowercase hex. Only hex is accepted here: base64 is a wire detail nobody types.
 */
export function assertTraceId(input: string): string {
  const text = input.trim()
  const id =
    text.length <= TRACE_ID_BYTES * 2 && HEX.test(text) ? fromHex(text, TRACE_ID_BYTES) : undefined
  if (id === undefined) {
    throw new Error(`Invalid trace id "${truncate(input, 64)}": expected 16 or 32 hex characters`)
  }
  return id
}

function normalizeId(raw: unknown, width: number, base64Widths: number[]): string | undefined {
  if (typeof raw !== 'string') return undefined
  const text = raw.trim()
  if (text === '') return undefined
  // A string of hex digits is read as hex even when it could also be unpadded base64:
  // hex is what Jaeger and the OTLP spec write, and base64 ids almost always hold other letters.
  if (HEX.test(text)) return text.length <= width * 2 ? fromHex(text, width) : undefined
  return fromBase64(text, width, base64Widths)
}

function fromHex(hex: string, width: number): string | undefined {
  const id = hex.toLowerCase().padStart(width * 2, '0')
  return isAllZero(id) ? undefined : id
}

function fromBase64(text: string, width: number, acceptedWidths: number[]): string | undefined {
  // Buffer skips characters outside the alphabet instead of failing, so check them first.
  if (!BASE64.test(text)) return undefined
  const bytes = Buffer.from(text, 'base64')
  if (!acceptedWidths.includes(bytes.length)) return undefined
  if (text.length !== base64Length(bytes.length, text.endsWith('='))) return undefined
  return fromHex(bytes.toString('hex'), width)
}

/** Length of the base64 text for `bytes` bytes, with or without `=` padding. */
function base64Length(bytes: number, padded: boolean): number {
  return padded ? Math.ceil(bytes / 3) * 4 : Math.ceil((bytes * 4) / 3)
}

function isAllZero(hex: string): boolean {
  return /^0+$/.test(hex)
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
