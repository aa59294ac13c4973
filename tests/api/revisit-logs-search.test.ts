import { explainStatements } from '../support/query-plans.ts';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone: SH }).toMillis();
const NOW = at('2026-11-30T12:00:00');

describeEachDialect('keyword search and category filter on new_index', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let admin: UserRow;
  let zhang: UserRow;
  let li: UserRow;
  let tokens: { admin: string; zhang: string; other: string };
  const ids: Record<string, number> = {};
  let categories: { id: number }[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    api = apiClient(t.app);
    const f = factories(t.ctx);
    org = await f.org({ timeZone: SH });
    admin = await f.user(org, { scope: 'all', name: '管理员' });
    zhang = await f.user(org, { scope: 'self', name: '张三' });
    li = await f.user(org, { scope: 'self', name: 'Li Lei' });
    tokens = { admin: await f.token(admin), zhang: await f.token(zhang), other: '' };
    categories = (await f.categories(org)).slice(0, 3);
    const huawei = await f.customer(org, admin, '华为技术有限公司');
    const acme = await f.customer(org, admin, 'Acme Trading');
    const lead = await f.lead(org, admin, '线索甲');
    const one = async (key: string, author: UserRow, loggable: { type: 'Customer' | 'Lead'; id: number }, content: string, time: number, category: number | null = null) => {
      const [id] = await f.revisitLogs(org, author, loggable, [time], { content, category });
      ids[key] = id!;
    };
    await one('quote', zhang, { type: 'Customer', id: huawei }, '客户要求重新报价', at('2026-11-30T09:00'), categories[0]!.id);
    await one('contract', li, { type: 'Customer', id: acme }, 'Sent the QUOTE and the 合同 draft', at('2026-11-30T10:00'), categories[1]!.id);
    await one('visit', admin, { type: 'Lead', id: lead }, '上门拜访,价格 100% 确认', at('2026-11-30T11:00'), categories[2]!.id);
    await one('old', zhang, { type: 'Customer', id: acme }, '去年的报价', at('2025-06-01T10:00'));
    await one('deleted', zhang, { type: 'Customer', id: huawei }, '已删除的报价', at('2026-11-30T08:00'));
    await t.ctx.database.db.updateTable('revisit_logs').set({ deleted_at: NOW }).where('id', '=', ids.deleted!).execute();
    // Comments are not searched.
    await t.ctx.database.db
      .insertInto('revisit_log_comments')
      .values({ organization_id: org.id, revisit_log_id: ids.visit!, user_id: admin.id, content: '评论里的报价', created_at: NOW, deleted_at: null })
      .execute();
    // Another tenant's follow-up with the same words is never found.
    const other = await f.org({ timeZone: SH });
    const stranger = await f.user(other, { scope: 'all' });
    tokens.other = await f.token(stranger);
    await f.revisitLogs(other, stranger, { type: 'Customer', id: await f.customer(other, stranger, '华为') }, [at('2026-11-30T09:30')], { content: '报价' });
  });
  afterAll(() => t.close());

  async function found(query: string, token = tokens.admin, path = '/new_index'): Promise<{ ids: number[]; total: number }> {
    const res = await api.get(`/api/v2/revisit_logs${path}?date=all&${query}`, token);
    expect(res.code).toBe(0);
    return { ids: res.data.revisit_logs.map((r: { id: number }) => r.id), total: res.data.total_count };
  }
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  describe('Chinese substring semantics', () => {
    it('finds a two-character word inside a sentence and not its reversal', async () => {
      expect(await found(q('报价'))).toEqual({ ids: [ids.quote, ids.old], total: 2 });
      expect(await found(q('价报'))).toEqual({ ids: [], total: 0 });
    });
    it('finds longer words (the trigram index) and one character', async () => {
      expect(await found(q('重新报价'))).toEqual({ ids: [ids.quote], total: 1 });
      expect(await found(q('新报价单'))).toEqual({ ids: [], total: 0 });
      expect(await found(q('价'))).toEqual({ ids: [ids.visit, ids.quote, ids.old], total: 3 });
    });
  });

  it('matches Latin text case-insensitively, short and long', async () => {
    expect(await found(q('quote'))).toEqual({ ids: [ids.contract], total: 1 });
    expect(await found(q('QU'))).toEqual({ ids: [ids.contract], total: 1 });
    expect(await found(q('acme'))).toEqual({ ids: [ids.contract, ids.old], total: 2 });
  });

  it('searches the entity name and the author name, and every word must match somewhere', async () => {
    expect(await found(q('华为'))).toEqual({ ids: [ids.quote], total: 1 });
    expect(await found(q('张三'))).toEqual({ ids: [ids.quote, ids.old], total: 2 });
    expect(await found(q('lei 合同'))).toEqual({ ids: [ids.contract], total: 1 });
    expect(await found(q('报价 华为'))).toEqual({ ids: [ids.quote], total: 1 });
    expect(await found(q('报价\u3000Acme'))).toEqual({ ids: [ids.old], total: 1 });
    expect(await found(q('报价 合同'))).toEqual({ ids: [], total: 0 });
  });

  it('treats LIKE wildcards literally and ignores comments and deleted follow-ups', async () => {
    expect(await found(q('100%'))).toEqual({ ids: [ids.visit], total: 1 });
    expect(await found(q('%'))).toEqual({ ids: [ids.visit], total: 1 });
    expect(await found(q('_'))).toEqual({ ids: [], total: 0 });
    expect(await found(q('评论'))).toEqual({ ids: [], total: 0 });
    expect(await found(q('已删除'))).toEqual({ ids: [], total: 0 });
  });

  it('combines with the other filters, the data scope, the tenant and the older index path', async () => {
    expect(await found(`${q('报价')}&date=today`)).toEqual({ ids: [ids.quote], total: 1 });
    expect(await found(`${q('报价')}&user_id=${li.id}`)).toEqual({ ids: [], total: 0 });
    expect(await found(`${q('报价')}&per_page=1&page=2`)).toEqual({ ids: [ids.old], total: 2 });
    expect(await found(q('报价'), tokens.zhang)).toEqual({ ids: [ids.quote, ids.old], total: 2 });
    expect(await found(q('合同'), tokens.zhang)).toEqual({ ids: [], total: 0 });
    expect(await found(q('华为'), tokens.other)).toEqual({ ids: [expect.any(Number)], total: 1 });
    expect((await found(q('华为'), tokens.other)).ids).not.toContain(ids.quote);
    expect(await found(q('报价'), tokens.admin, '')).toEqual({ ids: [ids.quote, ids.old], total: 2 });
  });

  it('finds the new text after an edit (the index follows writes)', async () => {
    await t.ctx.database.db.updateTable('revisit_logs').set({ content: '改成了续约' }).where('id', '=', ids.old!).execute();
    try {
      expect(await found(q('续约'))).toEqual({ ids: [ids.old], total: 1 });
      expect(await found(q('去年的报价'))).toEqual({ ids: [], total: 0 });
    } finally {
      await t.ctx.database.db.updateTable('revisit_logs').set({ content: '去年的报价' }).where('id', '=', ids.old!).execute();
    }
  });

  it('filters by category: one id, a comma list, category[]=', async () => {
    const [a, b, c] = categories.map((x) => x.id);
    expect(await found(`category=${a}`)).toEqual({ ids: [ids.quote], total: 1 });
    expect(await found(`category=${a},${c}`)).toEqual({ ids: [ids.visit, ids.quote], total: 2 });
    expect(await found(`category[]=${b}&category[]=${c}`)).toEqual({ ids: [ids.visit, ids.contract], total: 2 });
    expect(await found(`category=${b}&${q('报价')}`)).toEqual({ ids: [], total: 0 });
  });

  it('rejects a bad category or an oversized q with 100406', async () => {
    expect((await api.get('/api/v2/revisit_logs/new_index?category=abc', tokens.admin)).code).toBe(100406);
    const many = Array.from({ length: 11 }, (_, i) => `w${i}`).join(' ');
    expect((await api.get(`/api/v2/revisit_logs/new_index?${q(many)}`, tokens.admin)).code).toBe(100406);
  });

  async function plans(query: string): Promise<string[]> {
    t.statements.length = 0;
    await found(query);
    const listQueries = t.statements.filter((s) => /from "revisit_logs"/.test(s.sql));
    expect(listQueries).toHaveLength(2);
    return explainStatements(t, dialect, listQueries);
  }

  it('serves a search from the trigram index (FTS5 on SQLite, pg_trgm GIN on PostgreSQL)', async () => {
    for (const plan of await plans(q('重新报价'))) {
      if (process.env.SHOW_PLANS) console.log(dialect, '\n' + plan);
      expect(plan).toMatch(dialect === 'sqlite' ? /SCAN revisit_logs_fts VIRTUAL TABLE INDEX/ : /revisit_logs_content_trgm/);
      expect(plan).not.toMatch(/SCAN revisit_logs(?! USING)(?!_fts)|Seq Scan on revisit_logs/);
    }
  });

  it('serves a two-character search from an index too (the fallback walks the organization\'s timeline index)', async () => {
    for (const plan of await plans(`${q('报价')}&date=year`)) {
      if (process.env.SHOW_PLANS) console.log(dialect, '\n' + plan);
      expect(plan).not.toMatch(/SCAN revisit_logs(?! USING)(?!_fts)|Seq Scan on revisit_logs/);
      expect(plan).toMatch(/revisit_logs_/);
    }
  });
});
