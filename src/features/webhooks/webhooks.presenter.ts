import { formatWireDateTime } from '../../domain/wire-time.ts';
import type { AttemptRow, DeliveryRow, EndpointRow } from './webhooks.repository.ts';
import type { WireDelivery, WireEndpoint, WireLastDelivery } from './webhooks.schemas.ts';

function lastOf(d: DeliveryRow, zone: string): WireLastDelivery {
  return { id: d.public_id, event: d.event, status: d.status, attempts: d.attempts, last_status_code: d.last_status_code, created_at: formatWireDateTime(d.created_at, zone) };
}

/** The secret is never part of this shape: it is shown once, on creation. */
export function presentEndpoint(e: EndpointRow, last: DeliveryRow | undefined, zone: string): WireEndpoint {
  return {
    id: e.id,
    url: e.url,
    events: JSON.parse(e.events) as string[],
    created_at: formatWireDateTime(e.created_at, zone),
    last_delivery: last ? lastOf(last, zone) : null,
  };
}

export function presentDelivery(d: DeliveryRow, attempts: AttemptRow[], zone: string): WireDelivery {
  return {
    ...lastOf(d, zone),
    last_error: d.last_error,
    next_attempt_at: d.status === 'pending' ? formatWireDateTime(d.next_attempt_at, zone) : null,
    attempt_log: attempts.map((a) => ({
      attempted_at: formatWireDateTime(a.attempted_at, zone),
      status_code: a.status_code,
      error: a.error,
      duration_ms: a.duration_ms,
    })),
  };
}
