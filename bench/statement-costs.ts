/**
 * What each statement of one request costs on its own: the request runs once in-process (its statements
 * captured from the query log), then each statement is replayed with the bare driver (prepared
 * better-sqlite3 statements, or `pg`) --runs times; prints the mean per statement and the plan on SQLite.
 *
 *   npx tsx bench/statement-costs.ts --database-url sqlite:/tmp/demo.db [--path '/api/v2/revisit_logs/new_index?…'] [--runs 500]
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import type { LogEvent } from 'kysely';
import { buildApp } from '../src/app.ts';
import { createAppContext } from '../src/app-context.ts';
import { testConfig } from '../src/config.ts';
import { sqliteFileFromUrl } from '../src/db/dialect/sqlite.ts';
import { DEMO_ADMIN } from '../src/seed/demo.ts';
import type { Statement } from './db-floor.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    path: { type: 'string', default: '/api/v2/revisit_logs/new_index?per_page=20&date=last_30_days' },
    runs: { type: 'string', default: '500' },
    login: { type: 'string', default: DEMO_ADMIN.login },
    password: { type: 'string', default: DEMO_ADMIN.password },
  },
});
const url = values['database-url']!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-statements-'));
const captured: Statement[] = [];
let capturing = false;
const ctx = createAppContext(testConfig({ databaseUrl: url, storageDir: path.join(dir, 'files'), logLevel: 'silent' }), {
  dbOptions: { poolSize: 1, onQuery: (e: LogEvent) => void (capturing && captured.push({ sql: e.query.sql, parameters: e.query.parameters })) },
});
const app = await buildApp(ctx);
const login = await app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: values.login, password: values.password } });
const token = (login.json() as { data: { user_token: string } }).data.user_token;
capturing = true;
const res = await app.inject({ method: 'GET', url: values.path!, headers: { authorization: `Token token=${token}` } });
capturing = false;
if ((res.json() as { code: number }).code !== 0) throw new Error(res.body.slice(0, 300));
await app.close();
await ctx.database.close();
fs.rmSync(dir, { recursive: true, force: true });

const database = new SqliteDatabase(sqliteFileFromUrl(url), { readonly: true });
database.pragma('cache_size = -65536');
database.pragma('mmap_size = 268435456');
const runs = Number(values.runs);
let sum = 0;
for (const s of captured) {
  const statement = database.prepare(s.sql);
  const params = s.parameters as unknown[];
  for (let i = 0; i < 20; i++) statement.all(...params);
  const t = performance.now();
  for (let i = 0; i < runs; i++) statement.all(...params);
  const ms = (performance.now() - t) / runs;
  sum += ms;
  const plan = database.prepare(`explain query plan ${s.sql}`).all(...params) as { detail: string }[];
  console.log(`${ms.toFixed(3).padStart(7)} ms  ${s.sql.slice(0, 160)}`);
  for (const p of plan) console.log(`            ${p.detail}`);
}
console.log(`${sum.toFixed(3)} ms for ${captured.length} statements (load ${os.loadavg()[0]!.toFixed(1)})`);
