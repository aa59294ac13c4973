import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { runGenjin } from '../support/cli.ts';


describeEachDialect('CLI genjin export', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let dir: string;
  let ids: number[];

  const genjin = (...args: string[]) => runGenjin(t.database.url, args);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    org = await f.org({ timeZone: 'Asia/Shanghai' });
    author = await f.user(org, { scope: 'self', name: '赵六' });
    const other = await f.user(org, { scope: 'self', name: '钱七' });
    const customer = await f.customer(org, author, '客户丙');
    ids = await f.revisitLogs(org, author, { type: 'Customer', id: customer }, [Date.now() - 3_600_000, Date.now() - 7_200_000], { content: '续约报价' });
    await f.revisitLogs(org, other, { type: 'Customer', id: customer }, [Date.now() - 100_000], { content: '其他' });
    await f.revisitLogs(org, author, { type: 'Customer', id: customer }, [Date.now() - 50_000], { content: '草稿', is_draft: 1 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-export-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('writes the filtered follow-ups of the whole organization (never drafts) to a CSV file', async () => {
    const out = path.join(dir, 'a.csv');
    const result = await genjin('export', '--corp-id', org.corpId, '--out', out, '--user-id', String(author.id), '--q', '报价');
    expect(result).toEqual({ code: 0, json: { file: out, format: 'csv', rows: 2 }, stderr: '' });
    const lines = fs.readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFID,跟进时间,跟进人,部门,关联类型,关联对象,跟进类型,跟进内容,下次提醒,@的同事,附件数');
    expect(lines.slice(1, 3).map((l) => Number(l.split(',')[0]))).toEqual([ids[0], ids[1]]);
    expect(lines.slice(3)).toEqual(['']);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);

  it('writes XLSX with English headers, every follow-up but drafts without filters', async () => {
    const out = path.join(dir, 'a.xlsx');
    expect((await genjin('export', '--corp-id', org.corpId, '--out', out, '--format', 'xlsx', '--lang', 'en')).json).toEqual({ file: out, format: 'xlsx', rows: 3 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0]!.getRow(1).getCell(2).value).toBe('Time');
    expect(workbook.worksheets[0]!.rowCount).toBe(4);
  }, 60_000);

  // Each command is a process start (seconds on a loaded CI machine): one failure case stands for the rest.
  it('fails with a reason and writes nothing for a bad filter', async () => {
    const out = path.join(dir, 'bad.csv');
    const bad = await genjin('export', '--corp-id', org.corpId, '--out', out, '--format', 'pdf');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('format');
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
