import type { Db } from '../../db/database.ts';

/**
 * How far the event worker is behind, across every organization (for /metrics, never for a tenant's answer).
 * Each count walks an index whose leading column is the pending state, so a scrape costs the backlog, not
 * the history: dispatched events and finished deliveries are never read.
 */
export interface EventBacklog {
  /** Events committed with their change but not yet turned into deliveries. */
  outboxPending: number;
  /** Deliveries still to be attempted (first try or a retry), and those of them already due. */
  deliveriesPending: number;
  deliveriesDue: number;
  /** Epoch ms the oldest due delivery has been waiting since, or undefined when none is due. */
  oldestDueDeliveryAt: number | undefined;
}

export async function readEventBacklog(db: Db, now: number): Promise<EventBacklog> {
  const outbox = await db
    .selectFrom('outbox_events')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('dispatched_at', 'is', null)
    .executeTakeFirstOrThrow();
  const deliveries = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('pending'),
      eb.fn.sum<number | string | null>(eb.case().when('next_attempt_at', '<=', now).then(1).else(0).end()).as('due'),
      eb.fn.min<number | string | null>(eb.case().when('next_attempt_at', '<=', now).then(eb.ref('next_attempt_at')).end()).as('oldest_due'),
    ])
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return {
    outboxPending: Number(outbox.n),
    deliveriesPending: Number(deliveries.pending),
    deliveriesDue: Number(deliveries.due ?? 0),
    oldestDueDeliveryAt: deliveries.oldest_due === null ? undefined : Number(deliveries.oldest_due),
  };
}
