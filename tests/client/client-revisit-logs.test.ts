import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient, GenjinError, type GenjinClient, type RevisitLog } from '../../src/client/index.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, writeFactories, type TestOrg } from '../support/factories.ts';
import { createListeningApp, type ListeningApp } from '../support/listening-app.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0, 0);
const HOUR = 3_600_000;

describeEachDialect('genjin/client: follow-ups over HTTP', (dialect) => {
  let t: ListeningApp;
  let org: TestOrg;
  let seller: UserRow;
  let colleague: UserRow;
  let token: string;
  let client: GenjinClient;
  let customerId: number;
  let contactId: number;
  let logIds: number[];

  beforeAll(async () => {
    t = await createListeningApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    org = await f.org();
    seller = await f.user(org, { scope: 'all', name: '销售甲' });
    colleague = await f.user(org, { name: '同事乙' });
    token = await f.token(seller);
    customerId = await f.customer(org, seller, '客户端客户');
    contactId = await writeFactories(t.ctx).contact(org, seller, customerId, '联系人丙');
    // Seven follow-ups an hour apart: three pages of three, newest first.
    logIds = await f.revisitLogs(org, seller, { type: 'Customer', id: customerId }, [1, 2, 3, 4, 5, 6, 7].map((h) => NOW - h * HOUR));
    client = createClient({ baseUrl: t.baseUrl, token });
  });
  afterAll(() => t.close());

  it('logs in with login and password, keeps the token and uses it', async () => {
    const fresh = createClient({ baseUrl: t.baseUrl });
    expect(fresh.token).toBeUndefined();
    const data = await fresh.login({ login: seller.login, password: TEST_PASSWORD, corp_id: org.corpId });
    expect(Object.keys(data).sort()).toEqual(['corp_id', 'organization_id', 'user_id', 'user_token']);
    expect([data.user_id, data.organization_id, data.corp_id]).toEqual([seller.id, org.id, org.corpId]);
    expect(fresh.token).toBe(data.user_token);
    expect((await fresh.session()).user_id).toBe(seller.id);
    fresh.setToken(undefined);
    await expect(fresh.session()).rejects.toMatchObject({ code: 100401 });
  });

  it('throws the envelope of a bad login, a bad token and a bad parameter as GenjinError', async () => {
    const fresh = createClient({ baseUrl: t.baseUrl });
    const badLogin = await fresh.login({ login: seller.login, password: 'wrong-password' }).catch((e: unknown) => e);
    expect(badLogin).toBeInstanceOf(GenjinError);
    expect(badLogin).toMatchObject({ code: 100400, error: 'login_failed', status: 200 });
    expect(fresh.token).toBeUndefined();

    const stale = createClient({ baseUrl: t.baseUrl, token: 'not-a-token' });
    const unauthenticated = await stale.revisitLogs.list().catch((e: unknown) => e);
    expect(unauthenticated).toBeInstanceOf(GenjinError);
    const wire401 = await t.wire('GET', '/api/v2/revisit_logs/new_index', 'not-a-token');
    expect(unauthenticated).toMatchObject({ ...wire401, code: 100401, error: 'user_authentication_error', status: 200 });

    const badParam = await client.revisitLogs.list({ per_page: 'lots' }).catch((e: unknown) => e);
    const wire406 = await t.wire('GET', '/api/v2/revisit_logs/new_index?per_page=lots', token);
    expect(badParam).toBeInstanceOf(GenjinError);
    expect(badParam).toMatchObject({ ...wire406, code: 100406, error: 'invalid_parameter', status: 200 });
    expect((badParam as GenjinError).message).toContain('per_page');
  });

  it('lists a page exactly as the wire has it, and walks every page in order with all()', async () => {
    const page = await client.revisitLogs.list({ per_page: 3, loggable_type: 'customer', loggable_id: customerId });
    const wire = await t.wire('GET', `/api/v2/revisit_logs/new_index?per_page=3&loggable_type=customer&loggable_id=${customerId}`, token);
    expect(page).toEqual(wire.data);
    expect([page.total_count, page.has_next_page, page.per_page, page.page]).toEqual([7, true, 3, 1]);
    expect(page.revisit_logs.map((log) => log.id)).toEqual(logIds.slice(0, 3));

    const walked: RevisitLog[] = [];
    for await (const log of client.revisitLogs.all({ per_page: 3, loggable_type: 'customer', loggable_id: customerId })) walked.push(log);
    expect(walked.map((log) => log.id)).toEqual(logIds);
    expect(walked).toHaveLength(page.total_count);
  });

  it('sends list filters the Rails way (user_id[]=…)', async () => {
    const mine = await client.revisitLogs.list({ user_id: [seller.id, colleague.id], per_page: 50 });
    const wire = await t.wire('GET', `/api/v2/revisit_logs/new_index?user_id[]=${seller.id}&user_id[]=${colleague.id}&per_page=50`, token);
    expect(mine).toEqual(wire.data);
    expect(mine.revisit_logs.map((log) => log.id)).toEqual(logIds);
    const none = await client.revisitLogs.list({ user_id: [colleague.id] });
    expect([none.total_count, none.revisit_logs]).toEqual([0, []]);
  });

  it('creates, reads, updates, comments on and removes a follow-up', async () => {
    const created = await client.revisitLogs.create(
      { loggable_type: 'customer', loggable_id: customerId, content: '客户端写的跟进', real_revisit_at: '2026-03-10 09:30' },
      { at_user_ids: [colleague.id], contacts_ids: [contactId] },
      { idempotencyKey: 'client-test-create-1' },
    );
    expect([created.content, created.real_revisit_at, created.loggable_id, created.loggable_type]).toEqual(['客户端写的跟进', '2026-03-10 09:30', customerId, 'Customer']);
    expect(created.at_users.map((u) => u.user_id)).toEqual([colleague.id]);
    expect(created.contacts.map((c) => c.id)).toEqual([contactId]);
    // The same key again answers the first result instead of writing a second follow-up.
    const again = await client.revisitLogs.create({ loggable_type: 'customer', loggable_id: customerId, content: '客户端写的跟进', real_revisit_at: '2026-03-10 09:30' }, { at_user_ids: [colleague.id], contacts_ids: [contactId] }, { idempotencyKey: 'client-test-create-1' });
    expect(again.id).toBe(created.id);

    expect(await client.revisitLogs.get(created.id)).toEqual((await t.wire('GET', `/api/v2/revisit_logs/${created.id}`, token)).data);

    const updated = await client.revisitLogs.update(created.id, { content: '改过的内容' }, { at_user_ids: [] });
    expect([updated.id, updated.content, updated.real_revisit_at, updated.at_users]).toEqual([created.id, '改过的内容', '2026-03-10 09:30', []]);

    const comment = await client.revisitLogs.addComment(created.id, '第一条评论');
    expect([comment.content, comment.user_id]).toEqual(['第一条评论', seller.id]);
    const comments = await client.revisitLogs.comments(created.id);
    expect(comments).toEqual((await t.wire('GET', `/api/v2/revisit_logs/${created.id}/comments`, token)).data);
    expect(comments.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(await client.revisitLogs.removeComment(created.id, comment.id)).toEqual({ id: comment.id });

    expect(await client.revisitLogs.remove(created.id)).toEqual({ id: created.id });
    await expect(client.revisitLogs.get(created.id)).rejects.toMatchObject({ code: 100100, error: 'active_record/record_not_found' });
  });

  it('rejects an invalid write with the field in the message and writes nothing', async () => {
    const before = (await client.revisitLogs.list()).total_count;
    const error = await client.revisitLogs.create({ loggable_type: 'customer', loggable_id: customerId, content: '   ' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect((error as GenjinError).message).toContain('revisit_log[content]');
    expect((await client.revisitLogs.list()).total_count).toBe(before);
  });

  it('reads the change feed page by page with its cursor', async () => {
    const first = await client.revisitLogs.changes({ per_page: 2 });
    expect(first).toEqual((await t.wire('GET', '/api/v2/revisit_logs/changes?per_page=2', token)).data);
    const seen = [...first.changes];
    let cursor = first.next_cursor;
    for (let more = first.has_more; more; ) {
      const page = await client.revisitLogs.changes({ cursor, per_page: 2 });
      expect(page.changes.length).toBeLessThanOrEqual(2);
      seen.push(...page.changes);
      cursor = page.next_cursor;
      more = page.has_more;
    }
    const numbers = seen.map((change) => change.change_id);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));

    const created = await client.revisitLogs.create({ loggable_type: 'customer', loggable_id: customerId, content: '进入变更流' });
    const afterCreate = await client.revisitLogs.changes({ cursor });
    expect(afterCreate.changes.map((change) => [change.action, change.id, change.revisit_log?.content])).toEqual([['created', created.id, '进入变更流']]);
    await client.revisitLogs.remove(created.id);
    const afterDelete = await client.revisitLogs.changes({ cursor: afterCreate.next_cursor });
    expect(afterDelete.changes.map((change) => [change.action, change.id, change.revisit_log])).toEqual([['deleted', created.id, null]]);
    expect(afterDelete.has_more).toBe(false);
  });

  it('calls any route through request() and answers its data', async () => {
    const stats = await client.request<{ total: number }>('GET', '/api/v2/revisit_logs/stats', { query: { group_by: 'user' } });
    expect(stats).toEqual((await t.wire('GET', '/api/v2/revisit_logs/stats?group_by=user', token)).data);
    // A form body the Rails way, as older IKCRM clients post it.
    const viaForm = await client.request<RevisitLog>('POST', '/api/v2/revisit_logs', {
      form: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: '表单写的' }, at_user_ids: [colleague.id] },
    });
    expect([viaForm.content, viaForm.at_users.map((u) => u.user_id)]).toEqual(['表单写的', [colleague.id]]);
    await client.revisitLogs.remove(viaForm.id);
    await expect(client.request('GET', '/api/v2/no_such_route')).rejects.toMatchObject({ code: 100404, error: 'routing_error' });
  });
});
