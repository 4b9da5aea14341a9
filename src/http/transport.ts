/**
 * Telling transport failures apart: no connection at all, a connection that dropped, or a
 * host name that does not resolve. Node and undici bury the code in `cause` chains.
 */

export type TransportProblem = 'connect' | 'dropped' | 'dns'

const CONNECT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT'
])
const DROPPED_CONNECTION_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED'
])

/** What kind of transport failure an error code names, if any. */
export function transportProblem(code: string | undefined): TransportProblem | undefined {
  if (code === undefined) return undefined
  if (CONNECT_ERROR_CODES.has(code)) return 'connect'
  if (DROPPED_CONNECTION_CODES.has(code)) return 'dropped'
  if (code === 'ENOTFOUND') return 'dns'
  return undefined
}

/** The error code of a Node or undici error, looking through `cause` and AggregateError. */
export function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown }
  if (typeof code === 'string' && code !== 'UND_ERR_ABORTED') return code
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0], depth + 1)
  return errorCode(cause, depth + 1)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
