import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { EXPORT_BATCH } from '../../src/features/revisit-log-insights/export.service.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone: SH }).toMillis();
// 20:30 UTC on 1 December is already 2 December in Shanghai: the file is named by the organization's day.
const NOW = DateTime.fromISO('2026-12-01T20:30:00Z').toMillis();
const BULK = EXPORT_BATCH * 2 + 5;

describeEachDialect('GET /api/v2/revisit_logs/export', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let admin: UserRow;
  let sales: UserRow;
  let tokens: { admin: string; sales: string };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    org = await f.org({ timeZone: SH });
    const dept = await f.department(org, org.rootDepartment, '华东销售部');
    admin = await f.user(org, { scope: 'all', name: '管理员' });
    sales = await f.user(org, { scope: 'self', name: '王五', department: dept });
    tokens = { admin: await f.token(admin), sales: await f.token(sales) };
    const customer = await f.customer(org, admin, '=HYPERLINK("x") 客户');
    const category = (await f.categories(org))[0]!;
    const [formula] = await f.revisitLogs(org, sales, { type: 'Customer', id: customer }, [at('2026-12-02T03:05')], {
      content: '=1+2 报价, "含引号"\n第二行',
      category: category.id,
      remind_at: at('2026-12-09T10:00'),
    });
    ids.formula = formula!;
    await t.ctx.database.db
      .insertInto('revisit_log_at_users')
      .values({ organization_id: org.id, revisit_log_id: ids.formula!, user_id: admin.id, created_at: NOW })
      .execute();
    await f.revisitLogs(org, admin, { type: 'Customer', id: customer }, Array.from({ length: BULK }, (_, i) => at('2026-11-01T00:00') + i * 60_000), { content: '批量' });
  });
  afterAll(() => t.close());

  const get = (query: string, token = tokens.admin, lang?: string) =>
    t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/export?${query}`, headers: { authorization: `Token token=${token}`, ...(lang ? { 'accept-language': lang } : {}) } });

  it('streams CSV with a BOM, CRLF, a Chinese header, org-zone dates and formula-safe cells', async () => {
    const res = await get(`format=csv&date=all&user_id=${sales.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="____-20261202.csv"; filename*=UTF-8''${encodeURIComponent('跟进记录-20261202.csv')}`);
    const body = res.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body.slice(1)).toBe(
      'ID,跟进时间,跟进人,部门,关联类型,关联对象,跟进类型,跟进内容,下次提醒,@的同事,附件数\r\n' +
        `${ids.formula},2026-12-02 03:05,王五,华东销售部,客户,"'=HYPERLINK(""x"") 客户",电话,"'=1+2 报价, ""含引号""\n第二行",2026-12-09 10:00,管理员,0\r\n`,
    );
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await get(`date=all&user_id=${sales.id}`, tokens.admin, 'en-US,en;q=0.9');
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('ID,Time,Author,Department,Entity type,Entity,Category,Content,Next reminder,@Users,Attachments');
    expect(lines[1]!.startsWith(`${ids.formula},2026-12-02 03:05,王五,华东销售部,Customer,`)).toBe(true);
  });

  it('exports every matching row across batches, in the list order, exactly once', async () => {
    const res = await get('date=all');
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n').filter((l) => l !== '');
    const exported = lines.slice(1).map((l) => Number(l.split(',')[0]));
    const list = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all&per_page=1', headers: { authorization: `Token token=${tokens.admin}` } });
    expect(exported).toHaveLength(list.json().data.total_count);
    expect(exported).toHaveLength(BULK + 1);
    expect(new Set(exported).size).toBe(BULK + 1);
    expect(exported[0]).toBe(ids.formula);
    expect(exported[0]).toBe(list.json().data.revisit_logs[0].id);
  });

  it('applies the filters, q and the data scope', async () => {
    const body = async (query: string, token?: string) => (await get(query, token)).rawPayload.toString('utf8').slice(1).split('\r\n').filter((l) => l !== '');
    expect(await body(`date=all&q=${encodeURIComponent('报价')}`)).toHaveLength(2);
    expect((await body('date=all', tokens.sales)).map((l) => l.split(',')[0])).toEqual(['ID', String(ids.formula)]);
    expect(await body('date=today')).toHaveLength(2);
    expect(await body('date=yesterday')).toHaveLength(1);
  });

  it('writes XLSX that Excel readers open, same rows', async () => {
    const res = await get(`format=xlsx&date=all&user_id=${sales.id}`);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('跟进记录-20261202.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('跟进记录');
    expect(sheet.getRow(1).values).toEqual([undefined, 'ID', '跟进时间', '跟进人', '部门', '关联类型', '关联对象', '跟进类型', '跟进内容', '下次提醒', '@的同事', '附件数']);
    expect(sheet.getRow(2).values).toEqual([undefined, ids.formula, '2026-12-02 03:05', '王五', '华东销售部', '客户', "'=HYPERLINK(\"x\") 客户", '电话', "'=1+2 报价, \"含引号\"\n第二行", '2026-12-09 10:00', '管理员', 0]);
    expect(sheet.rowCount).toBe(2);
  });

  it('rejects a bad format or filter with the 100406 envelope and no file', async () => {
    for (const query of ['format=pdf', 'date=someday', 'category=x']) {
      const res = await get(query);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.json().code).toBe(100406);
    }
  });
});
