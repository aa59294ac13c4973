import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { checkWebhookUrl, isPrivateAddress } from '../../src/features/webhooks/webhook-urls.ts';
import { runEventTick } from '../../src/features/webhooks/event-worker.ts';
import { createWebhook } from '../../src/features/webhooks/webhooks.service.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

const NOW = Date.UTC(2026, 2, 10, 2, 0, 0);
const auth = (token: string) => ({ authorization: `Token token=${token}, device=open_api, version_code=9.9.9` });

describe('webhook URL checks', () => {
  it('refuses loopback, private, link-local and mapped addresses, accepts public ones', async () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(a)).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(isPrivateAddress(a)).toBe(false);
    expect(await checkWebhookUrl('http://127.0.0.1:9/x', false)).toEqual({ ok: false, reason: 'private and loopback addresses are refused' });
    expect(await checkWebhookUrl('http://[::1]/x', false)).toEqual({ ok: false, reason: 'private and loopback addresses are refused' });
    expect(await checkWebhookUrl('ftp://example.com/x', true)).toEqual({ ok: false, reason: 'only http and https URLs' });
    expect((await checkWebhookUrl('https://93.184.216.34/hook', false)).ok).toBe(true);
    expect((await checkWebhookUrl('http://127.0.0.1:9/x', true)).ok).toBe(true);
  });
});

describeEachDialect('webhooks', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let admin: UserRow;
  let adminToken: string;
  let sellerToken: string;
  let customerId: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW, config: { webhookAllowPrivate: true, eventWorkerIntervalMs: 0 } });
    const f = factories(t.ctx);
    org = await f.org();
    admin = await f.user(org, { scope: 'all', admin: true });
    const seller = await f.user(org, { name: '销售' });
    adminToken = await f.token(admin);
    sellerToken = await f.token(seller);
    customerId = await f.customer(org, seller, '钩子客户');
  });
  afterAll(() => t.close());

  const register = async (payload: object) => (await t.app.inject({ method: 'POST', url: '/api/v2/admin/webhooks', headers: auth(adminToken), payload })).json();
  const create = async (content: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v2/revisit_logs', headers: auth(sellerToken), payload: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content } } });
    expect(res.json().code).toBe(0);
    return res.json().data as { id: number };
  };
  const remove = async (id: number) => (await t.app.inject({ method: 'DELETE', url: `/api/v2/admin/webhooks/${id}`, headers: auth(adminToken) })).json();

  it('validates registrations: events from the catalogue, http(s) only, admins only, private addresses unless allowed', async () => {
    expect(await register({ url: 'http://127.0.0.1:1/x', events: ['revisit_log.exploded'] })).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(await register({ url: 'ftp://127.0.0.1/x', events: ['revisit_log.created'] })).toMatchObject({ code: 100406 });
    expect(await register({ url: 'http://127.0.0.1:1/x', events: ['revisit_log.created'], secret: 'short' })).toMatchObject({ code: 100406 });
    const notAdmin = await t.app.inject({ method: 'POST', url: '/api/v2/admin/webhooks', headers: auth(sellerToken), payload: { url: 'http://127.0.0.1:1/x', events: ['revisit_log.created'] } });
    expect(notAdmin.json().code).not.toBe(0);
    const strict: AppContext = { ...t.ctx, config: { ...t.ctx.config, webhookAllowPrivate: false } };
    await expect(createWebhook(strict, org.id, { url: 'http://127.0.0.1:1/x', events: ['revisit_log.created'], secret: undefined })).rejects.toMatchObject({ kind: expect.anything() });
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v2/admin/webhooks', headers: auth(adminToken) })).json();
    expect(listed).toEqual({ code: 0, data: { webhooks: [] } });
  });

  it('delivers a signed POST per event, retries a failure with backoff under the same delivery id, and shows the attempts', async () => {
    const receiver = await startReceiver((n) => (n === 1 ? 500 : 200));
    const form = `url=${encodeURIComponent(receiver.url)}&events[]=revisit_log.created&events[]=comment.created`;
    const res = await t.app.inject({ method: 'POST', url: '/api/v2/admin/webhooks', headers: { ...auth(adminToken), 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
    const hook = res.json();
    expect(hook).toEqual({
      code: 0,
      data: { id: expect.any(Number), url: receiver.url, events: ['revisit_log.created', 'comment.created'], created_at: '2026-03-10 10:00', last_delivery: null, secret: expect.stringMatching(/^whsec_[0-9a-f]{48}$/) },
    });
    const secret = hook.data.secret as string;

    const made = await create('推送的跟进');
    expect(await runEventTick(t.ctx)).toEqual({ dispatched: 1, delivered: 0, failed: 1 });
    expect(receiver.received).toHaveLength(1);
    // Not yet due: nothing is sent before the 10 s backoff.
    t.clock.now = NOW + 9_000;
    expect(await runEventTick(t.ctx)).toEqual({ dispatched: 0, delivered: 0, failed: 0 });
    t.clock.now = NOW + 10_000;
    expect(await runEventTick(t.ctx)).toEqual({ dispatched: 0, delivered: 1, failed: 0 });
    expect(receiver.received).toHaveLength(2);
    const [first, second] = receiver.received;
    expect(second!.body).toBe(first!.body);
    expect(second!.headers['x-genjin-delivery']).toBe(first!.headers['x-genjin-delivery']);
    const body = JSON.parse(second!.body);
    expect(body).toMatchObject({ id: second!.headers['x-genjin-delivery'], event: 'revisit_log.created', created_at: '2026-03-10 10:00', data: { revisit_log: { id: made.id, content: '推送的跟进' } } });
    const item = (await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${made.id}`, headers: auth(adminToken) })).json().data;
    expect(body.data.revisit_log).toEqual(item);
    expect(second!.headers['x-genjin-event']).toBe('revisit_log.created');
    const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(second!.headers['x-genjin-signature']))!;
    expect(Number(ts)).toBe((NOW + 10_000) / 1000);
    expect(v1).toBe(createHmac('sha256', secret).update(`${ts}.${second!.body}`).digest('hex'));

    const deliveries = (await t.app.inject({ method: 'GET', url: `/api/v2/admin/webhooks/${hook.data.id}/deliveries`, headers: auth(adminToken) })).json();
    expect(deliveries.data.deliveries).toEqual([
      {
        id: body.id,
        event: 'revisit_log.created',
        status: 'delivered',
        attempts: 2,
        last_status_code: 200,
        created_at: '2026-03-10 10:00',
        last_error: null,
        next_attempt_at: null,
        attempt_log: [
          { attempted_at: '2026-03-10 10:00', status_code: 500, error: 'HTTP 500', duration_ms: expect.any(Number) },
          { attempted_at: '2026-03-10 10:00', status_code: 200, error: null, duration_ms: expect.any(Number) },
        ],
      },
    ]);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v2/admin/webhooks', headers: auth(adminToken) })).json();
    expect(listed.data.webhooks[0]).toMatchObject({ id: hook.data.id, last_delivery: { status: 'delivered', attempts: 2, last_status_code: 200 } });
    expect(listed.data.webhooks[0].secret).toBeUndefined();

    // Comment events carry the comment; unsubscribed events (updates) send nothing.
    const comment = await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${made.id}/comments`, headers: auth(adminToken), payload: { content: '好的' } });
    await t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${made.id}`, headers: auth(sellerToken), payload: { revisit_log: { content: '改了' } } });
    expect(await runEventTick(t.ctx)).toEqual({ dispatched: 2, delivered: 1, failed: 0 });
    const commentBody = JSON.parse(receiver.received[2]!.body);
    expect(commentBody).toMatchObject({ event: 'comment.created', data: { comment: { id: comment.json().data.id, content: '好的' }, revisit_log: { id: made.id } } });
    expect(await remove(hook.data.id)).toEqual({ code: 0, data: { id: hook.data.id } });
    expect((await remove(hook.data.id)).code).toBe(100100);
    await receiver.close();
  });

  it('gives up after 24 h of failures, every attempt recorded', async () => {
    t.clock.now = NOW;
    const receiver = await startReceiver(() => 503);
    const hook = await register({ url: receiver.url, events: ['revisit_log.deleted'] });
    const made = await create('要删的');
    await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${made.id}`, headers: auth(sellerToken) });
    let attempts = 0;
    for (let i = 0; i < 40 && t.clock.now < NOW + 30 * 3_600_000; i++) {
      const r = await runEventTick(t.ctx);
      attempts += r.failed;
      t.clock.now += 3_600_000;
    }
    t.clock.now = NOW;
    const deliveries = (await t.app.inject({ method: 'GET', url: `/api/v2/admin/webhooks/${hook.data.id}/deliveries`, headers: auth(adminToken) })).json().data.deliveries;
    expect(deliveries[0]).toMatchObject({ status: 'failed', last_status_code: 503 });
    expect(deliveries[0].attempts).toBe(attempts);
    expect(receiver.received.length).toBe(attempts);
    await remove(hook.data.id);
    await receiver.close();
  });

  it('several instances deliver each event exactly once', async () => {
    t.clock.now = NOW;
    const receiver = await startReceiver(() => 200, 30);
    const hook = await register({ url: receiver.url, events: ['revisit_log.created'] });
    // Other instances get their own connections on PostgreSQL. SQLite connections in one process would block
    // each other's thread (better-sqlite3 waits synchronously), so there the instances share one connection;
    // their rounds still interleave at every await, which is what the claims must survive.
    const connect = () => (dialect === 'postgres' ? openDatabase(t.database.url, { poolSize: 4 }) : { ...t.ctx.database, close: async () => undefined });
    const second = createAppContext(t.ctx.config, { database: connect(), clock: t.clock.read });
    const third = createAppContext(t.ctx.config, { database: connect(), clock: t.clock.read });
    try {
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) ids.push((await create(`并发${i}`)).id);
      await Promise.all([runEventTick(t.ctx), runEventTick(second), runEventTick(third), runEventTick(second)]);
      await Promise.all([runEventTick(t.ctx), runEventTick(third)]);
      const got = receiver.received.map((r) => JSON.parse(r.body) as { id: string; data: { revisit_log: { id: number } } });
      expect(got.map((g) => g.data.revisit_log.id).sort((a, b) => a - b)).toEqual(ids);
      expect(new Set(got.map((g) => g.id)).size).toBe(12);
      const deliveries = (await t.app.inject({ method: 'GET', url: `/api/v2/admin/webhooks/${hook.data.id}/deliveries`, headers: auth(adminToken) })).json().data.deliveries;
      expect(deliveries.map((d: { status: string; attempts: number }) => [d.status, d.attempts])).toEqual(ids.map(() => ['delivered', 1]));
    } finally {
      await second.database.close();
      await third.database.close();
      await receiver.close();
    }
  });
});
