import type { AppContext } from '../../app-context.ts';
import { readOverdueReminders } from '../notifications/notifications.repository.ts';
import { readEventBacklog } from '../webhooks/queue-depth.repository.ts';
import type { Metrics } from './metrics-registry.ts';

/** One database read per scrape for all the queue gauges (a scrape collects them together). */
function perScrape<T>(read: () => Promise<T>, reuseMs = 1000): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const at = Date.now();
    if (!last || at - last.at > reuseMs) {
      const value = read();
      // A failed read is not reused: the next scrape asks the database again.
      value.catch(() => (last = undefined));
      last = { at, value };
    }
    return last.value;
  };
}

/**
 * Queue depths of the event worker, shared by every instance (they live in the database): what an operator
 * alerts on when webhooks or reminders fall behind — a backlog that grows, or an oldest item that ages.
 */
export function addQueueGauges(metrics: Metrics, ctx: AppContext): void {
  const sample = perScrape(async () => {
    const now = ctx.clock();
    const [events, reminders] = await Promise.all([readEventBacklog(ctx.database.db, now), readOverdueReminders(ctx.database.db, now)]);
    return { now, events, reminders };
  });
  const ageSeconds = (now: number, since: number | undefined) => (since === undefined ? 0 : Math.max(0, (now - since) / 1000));
  metrics.addGauge('genjin_outbox_pending_events', 'Committed events not yet turned into webhook deliveries', async () => (await sample()).events.outboxPending);
  metrics.addGauge('genjin_webhook_deliveries_pending', 'Webhook deliveries still to be attempted (first tries and retries)', async () => (await sample()).events.deliveriesPending);
  metrics.addGauge('genjin_webhook_deliveries_due', 'Webhook deliveries due now and not yet attempted', async () => (await sample()).events.deliveriesDue);
  metrics.addGauge('genjin_webhook_oldest_due_delivery_age_seconds', 'How long the oldest due webhook delivery has waited (0 when none)', async () => {
    const s = await sample();
    return ageSeconds(s.now, s.events.oldestDueDeliveryAt);
  });
  metrics.addGauge('genjin_reminders_overdue', 'Reminders past their time that have not fired yet', async () => (await sample()).reminders.count);
  metrics.addGauge('genjin_reminders_oldest_overdue_age_seconds', 'How long the oldest unfired reminder is overdue (0 when none)', async () => {
    const s = await sample();
    return ageSeconds(s.now, s.reminders.oldestAt);
  });
}
