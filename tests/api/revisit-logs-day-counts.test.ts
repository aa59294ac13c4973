import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { adminMoveDepartment } from '../../src/features/admin/admin-departments.service.ts';
import { findDayCountMismatches } from '../../src/features/revisit-logs/day-counts.repository.ts';
import { verifyDayCounts } from '../../src/features/revisit-logs/day-counts.service.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const ZONE = 'Asia/Shanghai';
// 2026-11-30 20:00 in Shanghai (12:00Z): today's Shanghai day spans two UTC days.
const NOW = DateTime.fromISO('2026-11-30T20:00:00', { zone: ZONE }).toMillis();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SEED = Number(process.env.DAY_COUNTS_SEED ?? 20261203);

/** mulberry32: the same operations for a given seed on both engines. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

/**
 * total_count from the daily roll-ups equals COUNT(*) after random writes of every kind that changes the
 * counted set (creates, back-dated ones, moves across days, drafts published, deletes, restores, purges) and
 * moves of users and departments, for every data scope and for ranges that cut UTC days.
 */
describeEachDialect('total_count from daily roll-ups', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let f: ReturnType<typeof factories>;
  const rng = random(SEED);
  const users: UserRow[] = [];
  const tokens = new Map<number, string>();
  let viewers: { name: string; user: UserRow }[] = [];
  const customers = new Map<number, number>();
  let movable: DepartmentRow[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    f = factories(t.ctx);
    org = await f.org({ timeZone: ZONE });
    const regionA = await f.department(org);
    const teamA1 = await f.department(org, regionA);
    const regionB = await f.department(org);
    const teamB1 = await f.department(org, regionB);
    movable = [regionB, teamB1, await f.department(org, regionA)];
    const admin = await f.user(org, { scope: 'all' });
    const manager = await f.user(org, { scope: 'department_and_below', department: regionA });
    const lead = await f.user(org, { scope: 'department', department: teamA1 });
    const rep = await f.user(org, { scope: 'self', department: teamA1 });
    viewers = [
      { name: 'all', user: admin },
      { name: 'department_and_below', user: manager },
      { name: 'department', user: lead },
      { name: 'self', user: rep },
    ];
    users.push(admin, manager, lead, rep);
    for (const department of [regionA, teamA1, regionB, teamB1, movable[2]!]) users.push(await f.user(org, { department }));
    for (const u of users) tokens.set(u.id, await f.token(u));
    // Each author writes about a customer of their own: a `self` rep may only name records they can see.
    for (const u of users) customers.set(u.id, await f.customer(org, u));
  });
  afterAll(() => t.close());

  /** Mostly near the edges of UTC and Shanghai days, over 13 months and a little into the future. */
  function randomInstant(): number {
    const day = Math.floor((NOW - 400 * DAY) / DAY) + rng.int(403);
    const near = rng.pick([0, 16, rng.int(24)]);
    return day * DAY + near * HOUR + (rng.int(4 * 60) - 2 * 60) * 60_000;
  }
  const wireTime = (at: number) => DateTime.fromMillis(at, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');
  const as = (u: UserRow) => ({ authorization: `Token token=${tokens.get(u.id)!}` });
  const liveIds = async (where: 'live' | 'deleted' | 'draft') => {
    const rows = await t.ctx.database.db
      .selectFrom('revisit_logs')
      .select(['id', 'user_id'])
      .where('organization_id', '=', org.id)
      .where('deleted_at', where === 'deleted' ? 'is not' : 'is', null)
      .where('is_draft', where === 'draft' ? '=' : '>=', where === 'draft' ? 1 : 0)
      .orderBy('id')
      .execute();
    return rows;
  };

  async function randomWrite(): Promise<void> {
    const db = t.ctx.database.db;
    const author = rng.pick(users);
    const op = rng.int(10);
    if (op <= 1) {
      const times = Array.from({ length: 1 + rng.int(6) }, randomInstant);
      await f.revisitLogs(org, author, { type: 'Customer', id: customers.get(author.id)! }, times, { is_draft: rng.int(5) === 0 ? 1 : 0 });
    } else if (op === 2) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: as(author),
        payload: { revisit_log: { loggable_type: 'customer', loggable_id: customers.get(author.id)!, content: '回访', real_revisit_at: wireTime(randomInstant()), is_draft: rng.int(4) === 0 ? 1 : 0 } },
      });
      expect(res.json()).toMatchObject({ code: 0 });
    } else if (op <= 4) {
      const target = rng.pick(await liveIds('live'));
      if (!target) return;
      const owner = users.find((u) => u.id === target.user_id)!;
      const res = await t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${target.id}`, headers: as(owner), payload: { revisit_log: { real_revisit_at: wireTime(randomInstant()) } } });
      expect(res.json().code).toBe(0);
    } else if (op === 5) {
      const draft = rng.pick(await liveIds('draft'));
      if (!draft) return;
      const owner = users.find((u) => u.id === draft.user_id)!;
      const res = await t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${draft.id}`, headers: as(owner), payload: { revisit_log: { is_draft: 0 } } });
      expect(res.json().code).toBe(0);
    } else if (op === 6) {
      const target = rng.pick(await liveIds('live'));
      if (!target) return;
      const owner = users.find((u) => u.id === target.user_id)!;
      expect((await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${target.id}`, headers: as(owner) })).json().code).toBe(0);
    } else if (op === 7) {
      // Restores and purges have no route; any SQL that changes the rows keeps the roll-ups too.
      const deleted = rng.pick(await liveIds('deleted'));
      if (deleted) await db.updateTable('revisit_logs').set({ deleted_at: null }).where('id', '=', deleted.id).execute();
      const doomed = rng.pick(await liveIds(rng.int(2) === 0 ? 'deleted' : 'live'));
      if (doomed && rng.int(3) === 0) await db.deleteFrom('revisit_logs').where('id', '=', doomed.id).execute();
    } else if (op === 8) {
      const mover = rng.pick(users.slice(4));
      await db.updateTable('users').set({ department_id: rng.pick([...movable, org.rootDepartment]).id }).where('id', '=', mover.id).execute();
    } else {
      const department = rng.pick(movable);
      const parent = rng.pick([org.rootDepartment, ...movable.filter((d) => d.id !== department.id)]);
      await adminMoveDepartment(t.ctx, org.id, department.id, parent.id).catch(() => undefined); // a cycle is refused: fine
    }
  }

  /** COUNT(*) written independently of the list's query builder, with the viewer's data scope as SQL. */
  async function expectedCount(viewer: UserRow, scope: string, from: number | undefined, until: number | undefined): Promise<number> {
    const me = await t.ctx.database.db.selectFrom('users').innerJoin('departments', 'departments.id', 'users.department_id').select(['users.department_id', 'departments.path']).where('users.id', '=', viewer.id).executeTakeFirstOrThrow();
    const visible =
      scope === 'all'
        ? sql`1 = 1`
        : scope === 'self'
          ? sql`r.user_id = ${viewer.id}`
          : scope === 'department'
            ? sql`r.user_id in (select id from users where department_id = ${me.department_id})`
            : sql`r.user_id in (select u.id from users u join departments d on d.id = u.department_id where d.path like ${me.path + '%'})`;
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from revisit_logs r where r.organization_id = ${org.id}
      and r.deleted_at is null and (r.is_draft = 0 or r.user_id = ${viewer.id}) and ${visible}
      and r.real_revisit_at >= ${from ?? 0} and r.real_revisit_at < ${until ?? Number.MAX_SAFE_INTEGER}`.execute(t.ctx.database.db);
    return Number(rows[0]!.n);
  }

  function randomRanges(): { query: string; from?: number; until?: number }[] {
    const today = DateTime.fromMillis(NOW, { zone: ZONE }).startOf('day');
    const start = today.minus({ days: rng.int(400) });
    const end = start.plus({ days: rng.int(40) });
    return [
      { query: 'date=today', from: today.toMillis(), until: today.plus({ days: 1 }).toMillis() },
      { query: 'date=year', from: today.startOf('year').toMillis(), until: today.startOf('year').plus({ years: 1 }).toMillis() },
      { query: 'date=all' },
      { query: `start_date=${start.toISODate()}&end_date=${end.toISODate()}`, from: start.toMillis(), until: end.plus({ days: 1 }).toMillis() },
      { query: `end_date=${end.toISODate()}`, until: end.plus({ days: 1 }).toMillis() },
    ];
  }

  async function compareAll(): Promise<number> {
    let compared = 0;
    for (const range of randomRanges()) {
      for (const { name, user } of viewers) {
        const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/new_index?${range.query}&per_page=1`, headers: as(user) });
        expect(res.json().code).toBe(0);
        expect({ scope: name, range: range.query, total: res.json().data.total_count }).toEqual({ scope: name, range: range.query, total: await expectedCount(user, name, range.from, range.until) });
        compared += 1;
      }
    }
    return compared;
  }

  it(`equals COUNT(*) through random writes (seed ${SEED})`, async () => {
    let compared = 0;
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 25; i++) await randomWrite();
      compared += await compareAll();
    }
    expect(compared).toBe(8 * 5 * 4);
    expect(await findDayCountMismatches(t.ctx.database.db, org.id)).toEqual([]);
  }, 300_000);

  it.runIf(dialect === 'postgres')('stays exact under concurrent writes that move follow-ups across days', async () => {
    const live = (await liveIds('live')).slice(0, 24);
    const writes = live.map((row, i) => {
      const owner = users.find((u) => u.id === row.user_id)!;
      const at = NOW - (i % 2 === 0 ? 3 : 40) * DAY + (i % 5) * HOUR;
      return t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${row.id}`, headers: as(owner), payload: { revisit_log: { real_revisit_at: wireTime(at) } } });
    });
    const creates = users.map((u) =>
      t.app.inject({ method: 'POST', url: '/api/v2/revisit_logs', headers: as(u), payload: { revisit_log: { loggable_type: 'customer', loggable_id: customers.get(u.id)!, content: '并发', real_revisit_at: wireTime(NOW - 3 * DAY) } } }),
    );
    const answers = await Promise.all([...writes, ...creates]);
    expect(answers.map((a) => a.json().code)).toEqual(answers.map(() => 0));
    expect(await findDayCountMismatches(t.ctx.database.db, org.id)).toEqual([]);
    expect(await compareAll()).toBe(20);
  }, 120_000);

  it('finds a roll-up that drifted and repairs it (genjin counts verify --repair)', async () => {
    const db = t.ctx.database.db;
    const row = await db.selectFrom('revisit_log_org_day_counts').selectAll().where('organization_id', '=', org.id).orderBy('day').executeTakeFirstOrThrow();
    await db.updateTable('revisit_log_org_day_counts').set({ count: Number(row.count) + 3 }).where('organization_id', '=', org.id).where('day', '=', row.day).execute();
    const admin = viewers[0]!.user.id;
    const removed = await db.selectFrom('revisit_log_day_counts').selectAll().where('organization_id', '=', org.id).where('user_id', '=', admin).where('count', '<>', 0).orderBy('day').execute();
    await db.deleteFrom('revisit_log_day_counts').where('organization_id', '=', org.id).where('user_id', '=', admin).execute();
    expect(await findDayCountMismatches(db, org.id)).toEqual([
      ...removed.map((r) => ({ organization_id: org.id, user_id: admin, day: Number(r.day), difference: Number(r.count) })),
      { organization_id: org.id, user_id: null, day: Number(row.day), difference: -3 },
    ]);
    const report = await verifyDayCounts(t.ctx, { organizationId: org.id, repair: true });
    expect(report.mismatches).toBe(removed.length + 1);
    expect(report.repaired_organizations).toEqual([org.id]);
    expect(report.mismatches_after_repair).toBe(0);
    expect(await compareAll()).toBe(20);
  }, 120_000);
});
