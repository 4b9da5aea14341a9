/**
 * Response bodies as Jaeger and Tempo send them, built small. The shapes follow the samples
 * in the format corpus: Jaeger's `fixture/otlp2jaeger-out.json` (v1 envelope),
 * `apiv3/snapshots/GetTrace.json` (api_v3), and Tempo's `tempopb/trace.json` (v1 `batches`)
 * and `tempo-vulture/testdata/trace.json` (base64 ids).
 */

export interface WireSpan {
  traceId: string
  spanId?: string
  service?: string
  name?: string
  /** Epoch milliseconds. */
  startMs?: number
  attributes?: Record<string, string>
}

const DEFAULT_START_MS = Date.parse('2025-06-01T10:00:00.000Z')

/** One trace in the v1 JSON the Jaeger UI reads. */
export function jaegerV1Trace(span: WireSpan): Record<string, unknown> {
  const spanId = span.spanId ?? '00000000000000a1'
  return {
    traceID: span.traceId,
    spans: [
      {
        traceID: span.traceId,
        spanID: spanId,
        operationName: span.name ?? 'chat gpt-4o',
        references: [],
        startTime: (span.startMs ?? DEFAULT_START_MS) * 1000,
        duration: 1500,
        tags: Object.entries(span.attributes ?? {}).map(([key, value]) => ({
          key,
          type: 'string',
          value
        })),
        logs: [],
        processID: 'p1',
        warnings: null
      }
    ],
    processes: { p1: { serviceName: span.service ?? 'support-bot', tags: [] } },
    warnings: null
  }
}

/** `{data, total, limit, offset, errors}`, the v1 response envelope. */
export function jaegerV1Envelope(data: unknown): Record<string, unknown> {
  return { data, total: 0, limit: 0, offset: 0, errors: null }
}

/** An OTLP ResourceSpans holding one span; ids in hex (Jaeger) or base64 (Tempo). */
export function otlpResourceSpans(
  span: WireSpan,
  ids: 'hex' | 'base64' = 'hex'
): Record<string, unknown> {
  const encode = (hex: string): string =>
    ids === 'hex' ? hex : Buffer.from(hex, 'hex').toString('base64')
  const startNanos = BigInt(span.startMs ?? DEFAULT_START_MS) * 1_000_000n
  return {
    resource: {
      attributes: [{ key: 'service.name', value: { stringValue: span.service ?? 'support-bot' } }]
    },
    scopeSpans: [
      {
        scope: { name: 'opentelemetry.instrumentation.openai' },
        spans: [
          {
            traceId: encode(span.traceId),
            spanId: encode(span.spanId ?? '00000000000000a1'),
            name: span.name ?? 'chat gpt-4o',
            kind: 3,
            startTimeUnixNano: String(startNanos),
            endTimeUnixNano: String(startNanos + 1_500_000n),
            attributes: Object.entries(span.attributes ?? {}).map(([key, value]) => ({
              key,
              value: { stringValue: value }
            })),
            status: {}
          }
        ]
      }
    ]
  }
}

/** One `{"result": TracesData}` chunk of an api_v3 response. */
export function apiV3Result(spans: WireSpan[]): Record<string, unknown> {
  return { result: { resourceSpans: spans.map(span => otlpResourceSpans(span)) } }
}

/** A 32-hex trace id whose last digits are `n`, e.g. `traceIdOf(7)` = `000…0007`. */
export function traceIdOf(n: number): string {
  return n.toString(16).padStart(32, '0')
}
