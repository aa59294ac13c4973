import { explainStatements } from '../support/query-plans.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertCheckin } from '../../src/features/checkins/checkins.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = Date.UTC(2026, 10, 30, 4, 0);

/**
 * No check-in list path scans the table: the page and count queries of each filter shape are EXPLAINed
 * (PostgreSQL with enable_seqscan off, since on a small test table a scan is cheapest).
 */
describeEachDialect('check-in list query plans', (dialect) => {
  let t: TestApp;
  const tokens: Record<'all' | 'self', string> = { all: '', self: '' };
  let userId: number;
  let departmentId: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    const org = await f.org();
    const admin = await f.user(org, { scope: 'all' });
    const rep = await f.user(org);
    userId = rep.id;
    departmentId = org.rootDepartment.id;
    tokens.all = await f.token(admin);
    tokens.self = await f.token(rep);
    for (const [i, who] of [admin, rep, rep].entries()) {
      await insertCheckin(t.ctx.database.db, {
        organization_id: org.id, user_id: who.id, lat: 1, lng: 2, address: `地点${i}`, note: '', loggable_type: null, loggable_id: null,
        revisit_log_id: null, created_at: NOW - i * 1000, deleted_at: null,
      });
    }
  });
  afterAll(() => t.close());

  async function plansFor(query: string, who: 'all' | 'self'): Promise<string[]> {
    t.statements.length = 0;
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/checkins?${query}`, headers: { authorization: `Token token=${tokens[who]}` } });
    expect(res.json().code).toBe(0);
    const listQueries = t.statements.filter((s) => /from "checkins"/.test(s.sql));
    expect(listQueries).toHaveLength(2); // the page and the count
    return explainStatements(t, dialect, listQueries);
  }

  const shapes: [string, 'all' | 'self'][] = [
    ['', 'all'],
    ['', 'self'],
    ['date=all&per_page=200&page=3', 'all'],
    ['date=month&user_id=__USER__', 'all'],
    ['date=all&department_id=__DEPT__', 'all'],
  ];

  it.each(shapes)('serves "%s" (scope %s) from an index', async (shape, who) => {
    const query = shape.replace('__USER__', String(userId)).replace('__DEPT__', String(departmentId));
    for (const plan of await plansFor(query, who)) {
      expect(plan).not.toMatch(/SCAN checkins(?! USING)|Seq Scan on checkins/);
      expect(plan).toMatch(/checkins_org_|checkins_pkey|PRIMARY KEY/);
    }
  });
});
