import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0);
const HOUR = 3_600_000;
const auth = (token: string) => ({ authorization: `Token token=${token}` });

describeEachDialect('comments and reminders', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let other: UserRow;
  let admin: UserRow;
  let tokens: { author: string; other: string; admin: string };
  let customerId: number;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    f = factories(t.ctx);
    org = await f.org();
    author = await f.user(org, { scope: 'all', name: '作者' });
    other = await f.user(org, { scope: 'all', name: '同事' });
    admin = await f.user(org, { scope: 'all', admin: true, name: '管理员' });
    tokens = { author: await f.token(author), other: await f.token(other), admin: await f.token(admin) };
    customerId = await f.customer(org, author);
  });
  afterAll(() => t.close());

  async function create(token: string, log: object) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v2/revisit_logs?user_token=${token}`,
      payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content: '跟进', ...log } },
    });
    expect(res.json().code).toBe(0);
    return res.json().data as { id: number };
  }
  const show = async (id: number) => (await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: auth(tokens.author) })).json().data;

  describe('comments', () => {
    it('adds, lists and deletes comments, keeping comments_count and the inline comments in step', async () => {
      const { id } = await create(tokens.author, {});
      const post = (token: string, payload: object) =>
        t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(token), payload });
      const first = (await post(tokens.other, { content: '第一条' })).json();
      expect(first).toEqual({ code: 0, data: { id: first.data.id, content: '第一条', user_id: other.id, user_name: '同事', created_at: '2026-03-10 10:00' } });
      const second = (await post(tokens.author, { comment: { content: '第二条' } })).json().data;
      let item = await show(id);
      expect(item.comments_count).toBe(2);
      expect(item.comments.map((c: { id: number }) => c.id)).toEqual([second.id, first.data.id]);

      const list = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}/comments?per_page=1`, headers: auth(tokens.author) });
      expect(list.json()).toEqual({ code: 0, data: { comments: [second], total_count: 2, per_page: 1, page: 1, has_next_page: true } });

      // Only the comment's author or an administrator deletes it.
      const denied = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}/comments/${first.data.id}`, headers: auth(tokens.author) });
      expect(denied.json().code).toBe(100403);
      const byAdmin = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}/comments/${first.data.id}`, headers: auth(tokens.admin) });
      expect(byAdmin.json()).toEqual({ code: 0, data: { id: first.data.id } });
      const byAuthor = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}/comments/${second.id}`, headers: auth(tokens.author) });
      expect(byAuthor.json().code).toBe(0);
      item = await show(id);
      expect(item.comments_count).toBe(0);
      expect(item.comments).toEqual([]);
      const gone = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}/comments/${second.id}`, headers: auth(tokens.author) });
      expect(gone.json().code).toBe(100100);
    });

    it('counts concurrent comments', async () => {
      const { id } = await create(tokens.author, {});
      const post = (i: number) =>
        t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(tokens.other), payload: { content: `并发${i}` } });
      const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(post));
      expect(results.map((r) => r.json().code)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
      expect((await show(id)).comments_count).toBe(8);
    });

    it('rejects an empty comment and writes nothing', async () => {
      const { id } = await create(tokens.author, {});
      const before = await writeFactories(t.ctx).counts();
      const res = await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(tokens.author), payload: { content: ' ' } });
      expect(res.json().code).toBe(100406);
      expect(await writeFactories(t.ctx).counts()).toEqual(before);
    });
  });

  describe('reminders', () => {
    it('lists my due and upcoming reminders soonest first, and honours date periods', async () => {
      const mine = await f.user(org, { scope: 'self' });
      const token = await f.token(mine);
      const customer = await f.customer(org, mine);
      const at = (ms: number) => new Date(ms).toISOString();
      const make = async (remindAt: string | undefined, content: string) => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v2/revisit_logs?user_token=${token}`,
          payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customer, content, ...(remindAt ? { remind_at: remindAt } : {}) } },
        });
        return res.json().data as { id: number; is_remind_expired: boolean; remind_at: string };
      };
      const yesterday = await make(at(NOW - 24 * HOUR), '昨天');
      const earlierToday = await make(at(NOW - HOUR), '今天早些');
      const nextWeek = await make(at(NOW + 7 * 24 * HOUR), '下周');
      const tomorrow = await make(at(NOW + 24 * HOUR), '明天');
      await make(undefined, '无提醒');
      await create(tokens.author, { remind_at: at(NOW + HOUR) }); // someone else's

      expect(earlierToday.is_remind_expired).toBe(true);
      expect(tomorrow.is_remind_expired).toBe(false);
      expect(tomorrow.remind_at).toBe('03月11日 10:00');

      const get = async (query = '') => (await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/reminders${query}`, headers: auth(token) })).json();
      const due = await get();
      expect(due.code).toBe(0);
      expect(due.data.revisit_logs.map((r: { id: number }) => r.id)).toEqual([earlierToday.id, tomorrow.id, nextWeek.id]);
      expect(due.data).toMatchObject({ total_count: 3, per_page: 15, page: 1, has_next_page: false });
      const item = due.data.revisit_logs[1];
      expect(JSON.stringify(item)).toBe(JSON.stringify(tomorrow));

      expect((await get('?date=all')).data.revisit_logs.map((r: { id: number }) => r.id)).toEqual([yesterday.id, earlierToday.id, tomorrow.id, nextWeek.id]);
      expect((await get('?date=today')).data.revisit_logs.map((r: { id: number }) => r.id)).toEqual([earlierToday.id]);
      expect((await get('?start_date=2026-03-11&end_date=2026-03-11')).data.total_count).toBe(1);
      expect((await get('?per_page=2&page=2')).data).toMatchObject({ total_count: 3, page: 2, has_next_page: false });
      expect((await get('?date=someday')).code).toBe(100406);
    });
  });
  describe('query counts', () => {
    const HOUR_MS = 3_600_000;
    // Auth lookups are the same for every request; what matters is the rest.
    const counted = () => t.queries.filter((q) => !/api_tokens/.test(q)).length;

    it('runs the same number of queries for a reminders page and a comment page whatever their size', async () => {
      const w = writeFactories(t.ctx);
      const mine = await f.user(org, { scope: 'self' });
      const token = await f.token(mine);
      const customer = await f.customer(org, mine);
      const contact = await w.contact(org, mine, customer);
      let n = 0;
      const remind = async () => {
        n += 1;
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v2/revisit_logs?user_token=${token}`,
          payload: {
            revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: `提醒${n}`, remind_at: new Date(NOW + n * HOUR_MS).toISOString() },
            at_user_ids: [(await f.user(org)).id],
            contacts_ids: [contact],
            attachment_ids: [await w.upload(org, mine)],
          },
        });
        expect(res.json().code).toBe(0);
        return res.json().data.id as number;
      };
      const reminders = async () => {
        t.queries.length = 0;
        const res = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/reminders?per_page=50', headers: auth(token) });
        return { items: res.json().data.revisit_logs.length as number, queries: counted() };
      };
      const id = await remind();
      const one = await reminders();
      for (let i = 0; i < 5; i++) await remind();
      const six = await reminders();
      expect([one.items, six.items]).toEqual([1, 6]);
      // page + count + attachments, at-users, contacts, comments, entities, categories, custom fields + users.
      expect([one.queries, six.queries]).toEqual([10, 10]);

      const comment = async (content: string) =>
        expect((await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(token), payload: { content } })).json().code).toBe(0);
      const comments = async () => {
        t.queries.length = 0;
        const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}/comments?per_page=50`, headers: auth(token) });
        return { items: res.json().data.comments.length as number, queries: counted() };
      };
      await comment('一');
      const first = await comments();
      for (const c of ['二', '三', '四', '五']) await comment(c);
      const five = await comments();
      expect([first.items, five.items]).toEqual([1, 5]);
      expect(five.queries).toBe(first.queries);
    });
  });
});
