import type { AttributeValue, Span, SpanEvent } from '../../src/traces/model.js'
import { newAttributes } from '../../src/traces/model.js'

/** A null-prototype attribute map, as the decoders build them. */
export function attributes(values: Record<string, AttributeValue>): Span['attributes'] {
  return Object.assign(newAttributes(), values)
}

/** A span with realistic defaults; tests set only the fields they are about. */
export function span(
  overrides: Partial<Omit<Span, 'attributes'>> & {
    attributes?: Record<string, AttributeValue>
  } = {}
): Span {
  const { attributes: values = {}, ...rest } = overrides
  return {
    traceId: '4bf92f3577b34da6a1b2c3d4e5f60001',
    spanId: '01e1a2b3c4d5e6f7',
    name: 'chat gpt-4o-mini',
    service: 'support-bot',
    kind: 'client',
    startTimeUnixMicros: 1_764_147_600_020_000,
    durationMicros: 1_380_000,
    status: { code: 'unset' },
    events: [],
    resource: newAttributes(),
    ...rest,
    attributes: attributes(values)
  }
}

export function spanEvent(name: string, values: Record<string, AttributeValue>): SpanEvent {
  return { name, timeUnixMicros: 1_764_147_600_021_000, attributes: attributes(values) }
}
