/**
 * `node --import tsx bench/count.ts --database-url URL [--runs 30]`: the list's total_count statement alone,
 * the row COUNT(*) it used to be against the daily roll-ups it is now (list-count.repository.ts), on the
 * same data in the same process, alternating so both see the same machine. Checks they agree. Needs
 * `genjin bench seed` data (migrated, so the roll-ups exist).
 */
import { DateTime } from 'luxon';
import { parseArgs } from 'node:util';
import { closeAppContext, createAppContext } from '../src/app-context.ts';
import { testConfig } from '../src/config.ts';
import { resolvePeriod } from '../src/domain/periods.ts';
import type { VisibleAuthors } from '../src/domain/visibility.ts';
import { countRevisitLogs } from '../src/features/revisit-logs/list-count.repository.ts';
import { whereOf, type RevisitLogCriteria, type RevisitLogScope } from '../src/features/revisit-logs/revisit-logs.repository.ts';
import { findSubjects } from './scenarios.ts';

const { values } = parseArgs({ options: { 'database-url': { type: 'string' }, runs: { type: 'string', default: '30' } } });
const ctx = createAppContext(testConfig({ databaseUrl: values['database-url']!, logLevel: 'silent' }));
const db = ctx.database.db;
const runs = Number(values.runs);

const subjects = await findSubjects(db);
const org = subjects.organizationId;
const idOf = async (login: string) => (await db.selectFrom('users').select(['id', 'department_id']).where('login', '=', login).executeTakeFirstOrThrow());
const admin = await idOf(subjects.logins.find((l) => l.role === 'admin')!.login);
const manager = await idOf(subjects.logins.find((l) => l.role === 'manager')!.login);
const managerPath = (await db.selectFrom('departments').select('path').where('id', '=', manager.department_id).executeTakeFirstOrThrow()).path;
const today = DateTime.now().setZone('Asia/Shanghai');
const year = resolvePeriod({ date: 'other', startDate: today.minus({ days: 364 }).toISODate()!, endDate: today.toISODate()!, defaultPeriod: 'today' }, Date.now(), 'Asia/Shanghai');
const team = await db.selectFrom('departments').select(['id', 'path']).where('id', '=', subjects.teamId).executeTakeFirstOrThrow();

const cases: { name: string; scope: RevisitLogScope; criteria: RevisitLogCriteria }[] = [
  { name: 'org year (scope all)', scope: scopeOf(admin.id, { kind: 'all' }), criteria: { period: year, atMe: false } },
  { name: 'region manager year (department_and_below)', scope: scopeOf(manager.id, { kind: 'subtree', pathPrefix: managerPath }), criteria: { period: year, atMe: false } },
  { name: 'one team year (department_id)', scope: scopeOf(admin.id, { kind: 'all' }), criteria: { period: year, atMe: false, departments: { ids: [team.id], paths: [team.path], subtree: true } } },
];
function scopeOf(viewerId: number, visible: VisibleAuthors): RevisitLogScope {
  return { organizationId: org, viewerId, visible };
}

const rowCount = async (scope: RevisitLogScope, criteria: RevisitLogCriteria) =>
  Number((await db.selectFrom('revisit_logs').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => whereOf(eb, scope, criteria)).executeTakeFirstOrThrow()).n);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const timed = async (f: () => Promise<number>) => {
  const t0 = performance.now();
  const n = await f();
  return { n, ms: performance.now() - t0 };
};

console.log(`${ctx.database.ops.name}, ${runs} runs each, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const c of cases) {
  const before: number[] = [];
  const after: number[] = [];
  let counts = { rows: -1, rollup: -1 };
  for (let i = 0; i < runs + 2; i++) {
    const a = await timed(() => rowCount(c.scope, c.criteria));
    const b = await timed(() => countRevisitLogs(db, c.scope, c.criteria));
    counts = { rows: a.n, rollup: b.n };
    if (a.n !== b.n) throw new Error(`${c.name}: COUNT(*) ${a.n} but roll-up ${b.n}`);
    if (i < 2) continue; // warm-up
    before.push(a.ms);
    after.push(b.ms);
  }
  console.log(
    `${c.name.padEnd(44)} total ${String(counts.rows).padStart(8)} | COUNT(*) p50 ${pct(before, 0.5).toFixed(1)} p99 ${pct(before, 0.99).toFixed(1)} ms | roll-up p50 ${pct(after, 0.5).toFixed(1)} p99 ${pct(after, 0.99).toFixed(1)} ms`,
  );
}
console.log(`load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await closeAppContext(ctx);
