/**
 * `npm run bench`: for each scenario, side by side in one run, the database floor (the request's own
 * statements replayed with the driver), the HTTP floor (a bare node:http process answering the same bytes)
 * and Genjin (`genjin serve` in its own process): p50, p99 and req/s at concurrency 1 and 50, Genjin's
 * anonymous RSS, and the ratios. One table on stdout, the whole result as JSON under bench/results/.
 * Loopback only; every measurement is bounded (--seconds). Needs data from `genjin bench seed`.
 *
 *   npm run bench -- --database-url postgres://root@127.0.0.1:5432/genjin_bench [--seconds 3] [--label pg-10m]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LogEvent } from 'kysely';
import { buildApp } from '../src/app.ts';
import { createAppContext } from '../src/app-context.ts';
import { testConfig } from '../src/config.ts';
import { openDbFloor, type Statement } from './db-floor.ts';
import { closedLoop, httpCaller, type HttpTarget, type LoadResult } from './load.ts';
import { findSubjects, scenariosOf, type Scenario } from './scenarios.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', multiple: true },
    seconds: { type: 'string', default: '3' },
    label: { type: 'string' },
    only: { type: 'string' },
    concurrency: { type: 'string', default: '1,50' },
  },
});
const urls = values['database-url']?.length ? values['database-url'] : ['postgres://root@127.0.0.1:5432/genjin_bench', 'sqlite:/tmp/genjin-bench/sqlite-2m.db'];
const seconds = Number(values.seconds);
const concurrencies = values.concurrency!.split(',').map(Number);
const POOL = 10;

function rssAnonMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

async function waitReady(child: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited`);
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

interface Row {
  scenario: string;
  target: 'database' | 'http-floor' | 'genjin';
  concurrency: number;
  result: LoadResult;
}

async function benchDatabase(url: string): Promise<{ label: string; rows: Row[]; rssAnonMb: number[]; scenarios: Scenario[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-bench-run-'));
  const config = testConfig({ databaseUrl: url, storageDir: path.join(dir, 'files'), logLevel: 'silent' });
  // The in-process app is only used to capture each request's statements and bytes, never measured.
  let capturing: Statement[] | undefined;
  const ctx = createAppContext(config, { dbOptions: { poolSize: 2, onQuery: (e: LogEvent) => capturing?.push({ sql: e.query.sql, parameters: e.query.parameters }) } });
  const app = await buildApp(ctx);
  const subjects = await findSubjects(ctx.database.db);
  const port = 3900 + Math.floor(Math.random() * 50);
  const floorPort = port + 50;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', LOGIN_RATE_LIMIT_PER_MINUTE: '0', STORAGE_DIR: path.join(dir, 'files'), DB_POOL_SIZE: String(POOL) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let floor: ChildProcess | undefined;
  const rows: Row[] = [];
  const rss: number[] = [];
  const dbFloor = openDbFloor(url, POOL);
  try {
    await waitReady(server, `http://127.0.0.1:${port}/healthz`);
    const tokens = new Map<string, string>();
    for (const user of subjects.logins) {
      const res = await app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: user.login, password: user.password } });
      const token = (res.json() as { data?: { user_token?: string } }).data?.user_token;
      if (!token) throw new Error(`login ${user.login} failed: ${res.body.slice(0, 200)}`);
      tokens.set(user.role, token);
    }
    const scenarios = scenariosOf(subjects).filter((s) => !values.only || s.name.includes(values.only));
    const bodies: Record<string, unknown> = {};
    const statements = new Map<string, Statement[]>();
    for (const s of scenarios) {
      capturing = [];
      const headers = { authorization: `Token token=${tokens.get(s.as)!}` };
      const res = await app.inject({ method: s.method, url: s.path, headers, ...(s.body ? { payload: s.body } : {}) });
      const json = res.json() as { code: number };
      if (json.code !== 0) throw new Error(`${s.name}: ${res.body.slice(0, 300)}`);
      bodies[`${s.method} ${s.path}`] = json;
      statements.set(s.name, capturing);
      capturing = undefined;
    }
    const bodiesFile = path.join(dir, 'bodies.json');
    fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
    floor = spawn(process.execPath, ['--import', 'tsx', 'bench/http-floor.ts', bodiesFile, String(floorPort)], { stdio: ['ignore', 'ignore', 'inherit'] });
    await waitReady(floor, `http://127.0.0.1:${floorPort}/`);
    for (const s of scenarios) {
      const captured = statements.get(s.name)!;
      const headers = { authorization: `Token token=${tokens.get(s.as)!}` };
      for (const c of concurrencies) {
        const measure = async (target: Row['target'], run: () => Promise<boolean>) => {
          await closedLoop(c, Math.min(1, seconds / 3), run); // warm-up
          rows.push({ scenario: s.name, target, concurrency: c, result: await closedLoop(c, seconds, run) });
        };
        if (s.method === 'GET') await measure('database', () => dbFloor.once(captured));
        for (const [target, p] of [['http-floor', floorPort], ['genjin', port]] as const) {
          const t: HttpTarget = { port: p, method: s.method, path: s.path, headers, body: s.body ? JSON.stringify(s.body) : undefined };
          const caller = httpCaller(t, c);
          await measure(target, caller.once);
          caller.close();
        }
        rss.push(rssAnonMb(server.pid!));
      }
      process.stderr.write(`${s.name}: ${captured.length} statements, done\n`);
    }
    return { label: ctx.database.describe, rows, rssAnonMb: rss, scenarios };
  } finally {
    await dbFloor.close();
    if (floor) await stop(floor);
    await stop(server);
    await app.close();
    await ctx.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
const results = [];
for (const url of urls) {
  const r = await benchDatabase(url);
  results.push({ database: r.label, ...r });
  console.log(`\n${r.label}  (${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; Genjin RssAnon max ${Math.max(...r.rssAnonMb)} MB)`);
  console.log('scenario                         c   db p50  db p99  db r/s | http p50 p99   r/s   | genjin p50  p99    r/s  | g/http r/s  g/(db+http) p50');
  for (const s of r.scenarios) {
    for (const c of concurrencies) {
      const get = (t: Row['target']) => r.rows.find((x) => x.scenario === s.name && x.target === t && x.concurrency === c)?.result;
      const d = get('database');
      const h = get('http-floor')!;
      const g = get('genjin')!;
      console.log(
        `${s.name.padEnd(32)} ${String(c).padStart(2)}  ${fmt(d?.p50 ?? NaN).padStart(6)} ${fmt(d?.p99 ?? NaN).padStart(6)} ${fmt(d?.rps ?? NaN, 0).padStart(6)} | ${fmt(h.p50).padStart(5)} ${fmt(h.p99).padStart(5)} ${fmt(h.rps, 0).padStart(6)} | ${fmt(g.p50).padStart(7)} ${fmt(g.p99).padStart(7)} ${fmt(g.rps, 0).padStart(6)} | ${fmt(g.rps / h.rps).padStart(6)}      ${fmt(g.p50 / ((d?.p50 ?? NaN) + h.p50)).padStart(6)}${g.errors ? `  errors ${g.errors}` : ''}`,
      );
    }
  }
}
const outDir = path.join(import.meta.dirname, 'results');
fs.mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, `${values.label ?? 'bench'}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, loadavg: os.loadavg(), seconds, results }, null, 1));
console.log(`\nsaved ${path.relative(process.cwd(), out)}`);
