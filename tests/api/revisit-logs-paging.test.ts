import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertAtUsers, insertComments } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const NOW = DateTime.fromISO('2026-11-30T12:00:00', { zone: SH }).toMillis();
const HOUR = 3_600_000;

describeEachDialect('new_index paging, query count and tenancy', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let org: TestOrg;
  let other: TestOrg;
  let admin: UserRow;
  let token: string;
  let otherToken: string;
  let ids: number[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    f = factories(t.ctx);
    org = await f.org();
    other = await f.org();
    admin = await f.user(org, { scope: 'all' });
    const writers = [admin, await f.user(org), await f.user(org)];
    token = await f.token(admin);
    const customer = await f.customer(org, admin);
    const lead = await f.lead(org, admin);
    // 450 follow-ups, many sharing a timestamp, so only the id tie-breaker keeps pages stable.
    const categories = await f.categories(org);
    ids = [];
    for (let i = 0; i < 450; i++) {
      const writer = writers[i % 3]!;
      const [id] = await f.revisitLogs(org, writer, i % 2 ? { type: 'Customer', id: customer } : { type: 'Lead', id: lead }, [NOW - Math.floor(i / 7) * HOUR], {
        category: categories[i % categories.length]!.id,
      });
      ids.push(id!);
    }
    const db = t.ctx.database.db;
    await insertAtUsers(db, ids.slice(0, 200).map((id) => ({ organization_id: org.id, revisit_log_id: id, user_id: writers[1]!.id, created_at: NOW })));
    await insertComments(db, ids.slice(0, 200).flatMap((id) => [1, 2, 3, 4].map((n) => ({ organization_id: org.id, revisit_log_id: id, user_id: admin.id, content: `评论${n}`, created_at: NOW + n }))));
    // Another tenant's follow-ups, which must never show.
    const stranger = await f.user(other, { scope: 'all' });
    otherToken = await f.token(stranger);
    await f.revisitLogs(other, stranger, { type: 'Customer', id: await f.customer(other, stranger) }, [NOW - HOUR, NOW - 2 * HOUR]);
  }, 120_000);
  afterAll(() => t.close());

  async function page(query: string, who = token) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/new_index?${query}`, headers: { authorization: `Token token=${who}` } });
    return res.json();
  }

  it('visits each of 450 follow-ups exactly once with per_page=200', async () => {
    const seen: number[] = [];
    let pageNo = 1;
    for (;;) {
      const body = await page(`date=all&per_page=200&page=${pageNo}`);
      expect(body.data.total_count).toBe(450);
      seen.push(...body.data.revisit_logs.map((r: { id: number }) => r.id));
      if (!body.data.has_next_page) break;
      pageNo += 1;
    }
    expect(pageNo).toBe(3);
    expect(seen).toHaveLength(450);
    expect(new Set(seen).size).toBe(450);
    expect([...seen].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('orders by real_revisit_at then id, both descending', async () => {
    const body = await page('date=all&per_page=200');
    const rows = body.data.revisit_logs as { id: number; real_revisit_at: string }[];
    for (let i = 1; i < rows.length; i++) {
      const [prev, cur] = [rows[i - 1]!, rows[i]!];
      expect(prev.real_revisit_at > cur.real_revisit_at || (prev.real_revisit_at === cur.real_revisit_at && prev.id > cur.id)).toBe(true);
    }
  });

  it('runs the same number of queries whatever per_page is', async () => {
    const count = async (query: string) => {
      t.queries.length = 0;
      const body = await page(query);
      expect(body.code).toBe(0);
      return t.queries.filter((q) => !/api_tokens/.test(q)).length;
    };
    const small = await count('date=all&per_page=2');
    const large = await count('date=all&per_page=200');
    expect(large).toBe(small);
    // page + count + attachments, at-users, contacts, comments, entities, categories, custom fields + users.
    expect(large).toBe(10);
    expect(await count(`date=all&per_page=200&department_id=${org.rootDepartment.id}`)).toBe(11);
  });

  it('shows the latest three comments inline and counts them all', async () => {
    const body = await page('date=all&per_page=200');
    const item = body.data.revisit_logs.find((r: { id: number }) => r.id === ids[0]);
    expect(item.comments.map((c: { content: string }) => c.content)).toEqual(['评论4', '评论3', '评论2']);
  });

  it('never shows another tenant a row, whatever ids it sends', async () => {
    const body = await page(`date=all&per_page=200&user_id=${admin.id}&department_id=${org.rootDepartment.id}`, otherToken);
    expect(body.data.total_count).toBe(0);
    const own = await page('date=all', otherToken);
    expect(own.data.total_count).toBe(2);
    expect((await page(`loggable_type=lead&loggable_id=${ids[0]}`, otherToken)).data.total_count).toBe(0);
  });
});
