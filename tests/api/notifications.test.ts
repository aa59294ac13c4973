import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppContext } from '../../src/app-context.ts';
import { openDatabase } from '../../src/db/database.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { EVENT_WORKER_STEPS } from '../../src/features/notifications/worker-steps.ts';
import { runEventTick } from '../../src/features/webhooks/event-worker.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0, 0);
const HOUR = 3_600_000;
const auth = (token: string) => ({ authorization: `Token token=${token}, device=open_api, version_code=9.9.9` });

describeEachDialect('reminders, mentions and the inbox', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let colleague: UserRow;
  let tokens: { author: string; colleague: string; admin: string };
  let customerId: number;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW, config: { webhookAllowPrivate: true, eventWorkerIntervalMs: 0 } });
    const f = factories(t.ctx);
    org = await f.org();
    author = await f.user(org, { name: '作者' });
    colleague = await f.user(org, { name: '同事' });
    const admin = await f.user(org, { scope: 'all', admin: true });
    // Tokens that outlive the clock moves below.
    tokens = { author: await f.token(author, 30 * 86_400_000), colleague: await f.token(colleague, 30 * 86_400_000), admin: await f.token(admin, 30 * 86_400_000) };
    customerId = await f.customer(org, author, '提醒客户');
    receiver = await startReceiver();
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v2/admin/webhooks',
      headers: auth(tokens.admin),
      payload: { url: receiver.url, events: ['revisit_log.reminder_due', 'revisit_log.mentioned'] },
    });
    expect(hook.json().code).toBe(0);
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const tick = () => runEventTick(t.ctx, EVENT_WORKER_STEPS);
  const create = async (fields: object, extra: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: auth(tokens.author),
      payload: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: '跟进', ...fields }, ...extra },
    });
    expect(res.json().code).toBe(0);
    return res.json().data as { id: number };
  };
  const update = async (id: number, fields: object, extra: object = {}) => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${id}`, headers: auth(tokens.author), payload: { revisit_log: fields, ...extra } });
    expect(res.json().code).toBe(0);
  };
  const inbox = async (token: string, query = '') => (await t.app.inject({ method: 'GET', url: `/api/v2/notifications${query}`, headers: auth(token) })).json();
  const events = () => receiver.received.map((r) => JSON.parse(r.body) as { event: string; data: { revisit_log: { id: number }; user_id: number } });

  it('notifies a mentioned user once, with a webhook event; an edit keeping the mention notifies no one again', async () => {
    const made = await create({}, { at_user_ids: [colleague.id, author.id] });
    await update(made.id, { content: '改' }, { at_user_ids: [colleague.id] });
    const box = await inbox(tokens.colleague);
    expect(box).toEqual({
      code: 0,
      data: {
        notifications: [{ id: expect.any(Number), kind: 'mentioned', revisit_log_id: made.id, read: false, created_at: '2026-03-10 10:00', read_at: '' }],
        unread_count: 1,
        total_count: 1,
        has_next_page: false,
        per_page: 15,
        page: 1,
      },
    });
    // The author mentioning themselves is no news to them.
    expect((await inbox(tokens.author)).data.total_count).toBe(0);
    await tick();
    expect(events().map((e) => [e.event, e.data.revisit_log.id, e.data.user_id])).toEqual([['revisit_log.mentioned', made.id, colleague.id]]);
  });

  it('fires a reminder once when due, across instances, follows moves and removals, and never one already past when written', async () => {
    receiver.received.length = 0;
    const due = await create({ remind_at: '2026-03-10 11:00' });
    const moved = await create({ remind_at: '2026-03-10 11:00' });
    const removed = await create({ remind_at: '2026-03-10 11:00' });
    const deleted = await create({ remind_at: '2026-03-10 11:00' });
    const past = await create({ remind_at: '2026-03-10 09:00' });
    await update(moved.id, { remind_at: '2026-03-10 13:00' });
    await update(removed.id, { remind_at: '' });
    await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${deleted.id}`, headers: auth(tokens.author) });

    t.clock.now = NOW + HOUR - 1000;
    await tick();
    expect((await inbox(tokens.author)).data.total_count).toBe(0);

    // Due while "no instance ran": the next rounds, from three instances at once, fire it exactly once.
    t.clock.now = NOW + 2 * HOUR;
    const connect = () => (dialect === 'postgres' ? openDatabase(t.database.url, { poolSize: 3 }) : { ...t.ctx.database, close: async () => undefined });
    const others = [createAppContext(t.ctx.config, { database: connect(), clock: t.clock.read }), createAppContext(t.ctx.config, { database: connect(), clock: t.clock.read })];
    try {
      await Promise.all([tick(), ...others.map((o) => runEventTick(o, EVENT_WORKER_STEPS))]);
      await Promise.all([tick(), ...others.map((o) => runEventTick(o, EVENT_WORKER_STEPS))]);
    } finally {
      for (const o of others) await o.database.close();
    }
    const afterFirst = await inbox(tokens.author);
    expect(afterFirst.data.notifications.map((n: { kind: string; revisit_log_id: number }) => [n.kind, n.revisit_log_id])).toEqual([['reminder_due', due.id]]);
    expect(events().map((e) => [e.event, e.data.revisit_log.id, e.data.user_id])).toEqual([['revisit_log.reminder_due', due.id, author.id]]);

    t.clock.now = NOW + 3 * HOUR;
    await tick();
    await tick();
    const later = await inbox(tokens.author);
    expect(later.data.notifications.map((n: { kind: string; revisit_log_id: number }) => [n.kind, n.revisit_log_id])).toEqual([
      ['reminder_due', moved.id],
      ['reminder_due', due.id],
    ]);
    expect(later.data.notifications.some((n: { revisit_log_id: number }) => [removed.id, deleted.id, past.id].includes(n.revisit_log_id))).toBe(false);
  });

  it('reads one, then all; unread come first; another user’s notification is not found', async () => {
    const box = (await inbox(tokens.author)).data.notifications as { id: number }[];
    const [newest, older] = box;
    const read = await t.app.inject({ method: 'POST', url: `/api/v2/notifications/${newest!.id}/read`, headers: auth(tokens.author) });
    expect(read.json()).toEqual({ code: 0, data: { id: newest!.id, kind: 'reminder_due', revisit_log_id: expect.any(Number), read: true, created_at: '2026-03-10 13:00', read_at: '2026-03-10 13:00' } });
    const reordered = (await inbox(tokens.author)).data;
    expect(reordered.notifications.map((n: { id: number; read: boolean }) => [n.id, n.read])).toEqual([
      [older!.id, false],
      [newest!.id, true],
    ]);
    expect(reordered.unread_count).toBe(1);
    const foreign = await t.app.inject({ method: 'POST', url: `/api/v2/notifications/${newest!.id}/read`, headers: auth(tokens.colleague) });
    expect(foreign.json().code).toBe(100100);
    const all = await t.app.inject({ method: 'POST', url: '/api/v2/notifications/read_all', headers: auth(tokens.author) });
    expect(all.json()).toEqual({ code: 0, data: { updated: 1 } });
    expect((await inbox(tokens.author)).data.unread_count).toBe(0);
    expect((await inbox(tokens.colleague)).data.unread_count).toBe(1);
  });
});
