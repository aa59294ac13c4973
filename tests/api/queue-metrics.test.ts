import { afterAll, beforeAll, expect, it } from 'vitest';
import { EVENT_WORKER_STEPS } from '../../src/features/notifications/worker-steps.ts';
import { runEventTick } from '../../src/features/webhooks/event-worker.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0, 0);
const MINUTE = 60_000;
const auth = (token: string) => ({ authorization: `Token token=${token}` });

const GAUGES = [
  'genjin_outbox_pending_events',
  'genjin_webhook_deliveries_pending',
  'genjin_webhook_deliveries_due',
  'genjin_webhook_oldest_due_delivery_age_seconds',
  'genjin_reminders_overdue',
  'genjin_reminders_oldest_overdue_age_seconds',
] as const;

describeEachDialect('queue depth gauges on /metrics', (dialect) => {
  let t: TestApp;
  let rep: string;
  let customerId: number;
  // The receiver fails its first answer, so one delivery waits for a retry.
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW, config: { webhookAllowPrivate: true, eventWorkerIntervalMs: 0 } });
    const f = factories(t.ctx);
    const org = await f.org();
    const author = await f.user(org);
    rep = await f.token(author, 30 * 86_400_000);
    const admin = await f.token(await f.user(org, { scope: 'all', admin: true }), 30 * 86_400_000);
    customerId = await f.customer(org, author);
    receiver = await startReceiver((n) => (n === 1 ? 500 : 200));
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v2/admin/webhooks',
      headers: auth(admin),
      payload: { url: receiver.url, events: ['revisit_log.created'] },
    });
    expect(hook.json().code).toBe(0);
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  async function gauges(): Promise<Record<string, number>> {
    // Scrapes within a second share one read: step past it so each call sees the database as it is now.
    await new Promise((r) => setTimeout(r, 1100));
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const values: Record<string, number> = {};
    for (const name of GAUGES) {
      const line = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
      values[name] = line ? Number(line[1]) : Number.NaN;
    }
    return values;
  }
  const expected = (v: Partial<Record<(typeof GAUGES)[number], number>>) => ({ ...Object.fromEntries(GAUGES.map((g) => [g, 0])), ...v });

  it('reads 0 for every queue of an idle database', async () => {
    expect(await gauges()).toEqual(expected({}));
  });

  it('counts events not yet dispatched, overdue reminders and due deliveries, and empties as the worker catches up', async () => {
    for (const remindAt of ['2026-03-10 10:30', '2026-03-10 11:00']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: auth(rep),
        payload: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: '跟进', remind_at: remindAt } },
      });
      expect(res.json().code).toBe(0);
    }
    expect(await gauges()).toEqual(expected({ genjin_outbox_pending_events: 2 }));

    // 10:45: one reminder is 15 minutes overdue, nothing has run yet.
    t.clock.now = NOW + 45 * MINUTE;
    expect(await gauges()).toEqual(expected({ genjin_outbox_pending_events: 2, genjin_reminders_overdue: 1, genjin_reminders_oldest_overdue_age_seconds: 900 }));

    // The worker fires the reminder (its own event, no subscriber) and turns both creations into deliveries:
    // the first attempt fails and is retried in 10 s; the second, due, waits behind it (an endpoint gets its
    // deliveries in order).
    await runEventTick(t.ctx, EVENT_WORKER_STEPS);
    expect(await gauges()).toEqual(expected({ genjin_webhook_deliveries_pending: 2, genjin_webhook_deliveries_due: 1 }));

    // At 10:46 both are due; the oldest (the second, due since 10:45:00) has waited 60 s.
    t.clock.now = NOW + 46 * MINUTE;
    expect(await gauges()).toEqual(
      expected({ genjin_webhook_deliveries_pending: 2, genjin_webhook_deliveries_due: 2, genjin_webhook_oldest_due_delivery_age_seconds: 60 }),
    );

    await runEventTick(t.ctx, EVENT_WORKER_STEPS);
    expect(await gauges()).toEqual(expected({}));
    expect(receiver.received).toHaveLength(3);
  });
});
