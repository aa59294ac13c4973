import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { IDEMPOTENCY_WINDOW_MS, runIdempotent } from '../../src/features/idempotency/idempotency.service.ts';
import type { RequestCtx } from '../../src/request-context.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = Date.UTC(2026, 2, 10, 2, 0);

describeEachDialect('Idempotency-Key on follow-up creation', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let token: string;
  let customerId: number;
  let w: ReturnType<typeof writeFactories>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    w = writeFactories(t.ctx);
    org = await f.org();
    author = await f.user(org, { scope: 'all' });
    token = await f.token(author);
    customerId = await f.customer(org, author);
  });
  afterAll(() => t.close());

  const post = (key: string | undefined, content: string, tokenToUse = token) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v2/revisit_logs?user_token=${tokenToUse}`,
      headers: key ? { 'idempotency-key': key } : {},
      payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content } },
    });

  it('answers a repeat with the first result and creates one row', async () => {
    const before = await w.counts();
    const first = await post('sync-1', '第一次');
    const second = await post('sync-1', '第一次');
    expect(first.json().code).toBe(0);
    expect(second.body).toBe(first.body);
    expect((await w.counts()).revisit_logs).toBe(before.revisit_logs + 1);
  });

  it('makes one row from a concurrent double POST', async () => {
    const before = await w.counts();
    const [a, b] = await Promise.all([post('sync-concurrent', '并发'), post('sync-concurrent', '并发')]);
    expect(a.json().code).toBe(0);
    expect(b.json().code).toBe(0);
    expect(b.json().data.id).toBe(a.json().data.id);
    const after = await w.counts();
    expect(after.revisit_logs).toBe(before.revisit_logs + 1);
    expect(after.idempotency_keys).toBe(before.idempotency_keys + 1);
  });

  it('answers 100409 when the key comes back with another body', async () => {
    await post('sync-2', '原文');
    const before = await w.counts();
    const res = await post('sync-2', '改了内容');
    expect(res.json()).toMatchObject({ code: 100409, error: 'conflict' });
    expect(await w.counts()).toEqual(before);
  });

  it('forgets a key after 24 hours', async () => {
    const longToken = await factories(t.ctx).token(author, 3 * IDEMPOTENCY_WINDOW_MS);
    const first = await post('sync-3', '隔天重跑', longToken);
    t.clock.now = NOW + IDEMPOTENCY_WINDOW_MS + 1;
    const later = await post('sync-3', '隔天重跑', longToken);
    t.clock.now = NOW;
    expect(later.json().code).toBe(0);
    expect(later.json().data.id).not.toBe(first.json().data.id);
  });

  it('keeps keys per user, and without a key every POST creates', async () => {
    const other = await factories(t.ctx).user(org, { scope: 'all' });
    const a = await post('shared-key', '同一个键');
    const b = await post('shared-key', '同一个键', await factories(t.ctx).token(other));
    expect(b.json().data.id).not.toBe(a.json().data.id);
    const c = await post(undefined, '无键');
    const d = await post(undefined, '无键');
    expect(d.json().data.id).not.toBe(c.json().data.id);
  });

  it('does not remember a rejected request', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v2/revisit_logs?user_token=${token}`,
      headers: { 'idempotency-key': 'sync-bad' },
      payload: { revisit_log: { loggable_type: 'Customer', loggable_id: 999_999, content: 'x' } },
    });
    expect(bad.json().code).toBe(100406);
    expect((await post('sync-bad', '修正后')).json().code).toBe(0);
  });

  it('runs the work once when two requests overlap inside their transactions', async () => {
    const ctx = {
      organization: { id: org.id, corpId: org.corpId, name: '', timeZone: 'Asia/Shanghai' },
      user: { id: author.id },
      now: NOW,
    } as unknown as RequestCtx;
    let runs = 0;
    const work = async () => {
      runs += 1;
      // Hold the transaction open so the other request reaches its claim while this one is in flight.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { run: runs };
    };
    const request = { key: 'overlap', operation: 'test', body: { a: 1 } };
    const [a, b] = await Promise.all([runIdempotent(t.ctx, ctx, request, work), runIdempotent(t.ctx, ctx, request, work)]);
    expect(runs).toBe(1);
    expect(a).toEqual({ run: 1 });
    expect(b).toEqual({ run: 1 });
  });
});
