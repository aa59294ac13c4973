import { explainStatements } from '../support/query-plans.ts';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = DateTime.fromISO('2026-11-30T12:00:00', { zone: 'Asia/Shanghai' }).toMillis();

/**
 * No list path scans revisit_logs: the page and count queries of each filter shape are EXPLAINed. PostgreSQL
 * runs with enable_seqscan off, since on a small test table a scan is cheapest; the check is that an index
 * serves every shape (the planner picks it at real sizes — bench/ measures those).
 */
describeEachDialect('new_index query plans', (dialect) => {
  let t: TestApp;
  let token: string;
  let userId: number;
  let departmentId: number;
  let customer: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    const org = await f.org();
    const user = await f.user(org, { scope: 'all' });
    userId = user.id;
    departmentId = org.rootDepartment.id;
    token = await f.token(user);
    customer = await f.customer(org, user);
    await f.revisitLogs(org, user, { type: 'Customer', id: customer }, [NOW - 1000, NOW - 2000]);
  });
  afterAll(() => t.close());

  async function plansFor(query: string): Promise<string[]> {
    t.statements.length = 0;
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/new_index?${query}`, headers: { authorization: `Token token=${token}` } });
    expect(res.json().code).toBe(0);
    const listQueries = t.statements.filter((s) => /from "revisit_logs"/.test(s.sql));
    expect(listQueries).toHaveLength(2); // the page and the count
    return explainStatements(t, dialect, listQueries);
  }

  const shapes = [
    'date=today',
    'date=all&per_page=200&page=3',
    'date=month&user_id=__USER__',
    'date=all&department_id=__DEPT__',
    'loggable_type=customer&loggable_id=__CUSTOMER__',
    'date=week&loggable_type=lead',
    'date=all&at_me=1',
  ];

  it('loads a page\'s related rows by follow-up id, not by walking the organization', async () => {
    t.statements.length = 0;
    await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all', headers: { authorization: `Token token=${token}` } });
    const related = t.statements.filter((s) => /revisit_log_at_users|revisit_log_contacts|revisit_log_comments|"attachments"/.test(s.sql) && !/from "revisit_logs"/.test(s.sql));
    expect(related).toHaveLength(4);
    const plans = await explainStatements(t, dialect, related);
    for (const plan of plans) {
      expect(plan).toMatch(/revisit_log_id|attachmentable_id/);
      expect(plan).not.toMatch(/Seq Scan|SCAN (revisit_log_at_users|revisit_log_contacts|revisit_log_comments|attachments)\b(?! USING)/);
    }
  });

  // The page's id subquery walks a live index alone: SQLite counts deleted_at (only the partial index's WHERE
  // before migration 2026-12-03T03-00-00) as a column to read, so without it in the index every candidate
  // row was read from the table.
  it.each(['date=today', 'date=all&per_page=200&page=3', 'date=month&user_id=__USER__', 'date=all&department_id=__DEPT__'])(
    'walks the page ids of %s in a covering live index',
    async (shape) => {
      const query = shape.replace('__USER__', String(userId)).replace('__DEPT__', String(departmentId));
      const [page] = await plansFor(query);
      expect(page).toMatch(
        dialect === 'sqlite'
          ? /USING COVERING INDEX revisit_logs_live_org_(user_)?time_covering/
          : /Index Only Scan using revisit_logs_live_org_(user_)?time_covering/,
      );
    },
  );

  it.each(shapes)('serves %s from an index', async (shape) => {
    const query = shape.replace('__USER__', String(userId)).replace('__DEPT__', String(departmentId)).replace('__CUSTOMER__', String(customer));
    for (const plan of await plansFor(query)) {
      if (process.env.SHOW_PLANS) console.log(dialect, shape, "\n" + plan);
      expect(plan).not.toMatch(/SCAN revisit_logs(?! USING)|Seq Scan on revisit_logs/);
      expect(plan).toMatch(/revisit_logs_|revisit_logs_pkey|PRIMARY KEY/);
    }
  });

  // The count over whole days sums the roll-ups (list-count.repository.ts): by primary key, never a scan.
  it.each([
    ['date=year', 'revisit_log_org_day_counts'],
    ['date=year&user_id=__USER__', 'revisit_log_day_counts'],
    ['date=year&department_id=__DEPT__', 'revisit_log_day_counts'],
  ])('sums the daily roll-ups for %s by primary key', async (shape, table) => {
    const query = shape.replace('__USER__', String(userId)).replace('__DEPT__', String(departmentId));
    const plans = await plansFor(query);
    const count = plans.filter((p) => p.includes(table));
    expect(count).toHaveLength(1);
    if (process.env.SHOW_PLANS) console.log(dialect, shape, `\n${count[0]}`);
    expect(count[0]).toMatch(dialect === 'sqlite' ? new RegExp(`SEARCH ${table} USING (COVERING INDEX|PRIMARY KEY|INDEX) sqlite_autoindex_${table}_1|SEARCH ${table} USING PRIMARY KEY`) : new RegExp(`${table}_pkey`));
    expect(count[0]).not.toMatch(new RegExp(`SCAN ${table}\\b(?! USING)|Seq Scan on ${table}`));
  });
});
