/**
 * The standard page of issue 11 on the demo data, side by side in one run: the database floor, the HTTP floor
 * (bench/http-floor.ts) and one or more Genjin builds (`genjin serve` started from each checkout), measured
 * in alternating rounds so every build sees the same machine load. Each round: concurrency 1 and 10, closed
 * loops of keep-alive HTTP/1.1 for --seconds. Prints every round and the median of the rounds, with the load
 * average. Loopback only, bounded.
 *
 *   npx tsx bench/standard-page.ts --build old=/tmp/genjin-old --build 'new=.|sqlite:/tmp/demo-copy.db' [--database-url sqlite:/tmp/demo.db]
 *     [--seconds 3] [--rounds 3] [--path '/api/v2/revisit_logs/new_index?per_page=20&date=last_30_days']
 *
 * A build directory is any checkout of this repository with node_modules (a symlink is enough). An empty
 * database is seeded by the first build (`serve --seed-if-empty`, the demo organization).
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
import { DEMO_ADMIN } from '../src/seed/demo.ts';
import { openDbFloor, type Statement } from './db-floor.ts';
import { closedLoop, httpCaller, type LoadResult } from './load.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    build: { type: 'string', multiple: true },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,10' },
    path: { type: 'string', default: '/api/v2/revisit_logs/new_index?per_page=20&date=last_30_days' },
  },
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-standard-page-'));
const url = values['database-url'] ?? `sqlite:${path.join(dir, 'demo.db')}`;
// `name=dir` or `name=dir|database-url` (a build with its own copy of the data, e.g. to compare migrations).
const builds = (values.build?.length ? values.build : ['current=.']).map((b) => {
  const [name, rest] = b.includes('=') ? [b.slice(0, b.indexOf('=')), b.slice(b.indexOf('=') + 1)] : [b, b];
  const [where, database] = rest!.split('|');
  return { name: name!, dir: path.resolve(where!), url: database ?? url };
});
const seconds = Number(values.seconds);
const concurrencies = values.concurrency!.split(',').map(Number);
const target = values.path!;

async function waitReady(child: ChildProcess, address: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`${address}: the process exited`);
    if (await fetch(address).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${address} did not start`);
}

/** CPU time (user + system) of a process in ms: robust to other processes' load, unlike latency. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
}

const children: ChildProcess[] = [];
function serve(buildDir: string, databaseUrl: string, port: number, seed: boolean): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...(seed ? ['--seed-if-empty'] : [])], {
    cwd: buildDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', LOGIN_RATE_LIMIT_PER_MINUTE: '0', STORAGE_DIR: path.join(dir, 'files'), DB_POOL_SIZE: '10' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  return child;
}

const basePort = 4100 + Math.floor(Math.random() * 400);
try {
  const servers = builds.map((b, i) => ({ ...b, port: basePort + i, child: serve(b.dir, b.url, basePort + i, i === 0) }));
  await waitReady(servers[0]!.child, `http://127.0.0.1:${servers[0]!.port}/healthz`);
  for (const s of servers.slice(1)) await waitReady(s.child, `http://127.0.0.1:${s.port}/healthz`);
  const loginAt = async (port: number) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v2/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: DEMO_ADMIN.login, password: DEMO_ADMIN.password }),
    });
    return { authorization: `Token token=${((await res.json()) as { data: { user_token: string } }).data.user_token}` };
  };
  const headersOf = new Map<number, Record<string, string>>();
  for (const s of servers) headersOf.set(s.port, await loginAt(s.port));
  const mainServer = servers.find((s) => s.url === url);
  if (!mainServer) throw new Error('one build must use --database-url (its statements are the floor)');
  const headers = headersOf.get(mainServer.port)!;

  // The statements and bytes of one request, from an in-process app of this checkout (never measured).
  const captured: Statement[] = [];
  let capturing = false;
  const ctx = createAppContext(testConfig({ databaseUrl: url, storageDir: path.join(dir, 'files'), logLevel: 'silent' }), {
    dbOptions: { poolSize: 1, onQuery: (e: LogEvent) => void (capturing && captured.push({ sql: e.query.sql, parameters: e.query.parameters })) },
  });
  const app = await buildApp(ctx);
  capturing = true;
  const res = await app.inject({ method: 'GET', url: target, headers });
  capturing = false;
  const body = res.json() as { code: number };
  if (body.code !== 0) throw new Error(res.body.slice(0, 300));
  await app.close();
  await ctx.database.close();
  fs.writeFileSync(path.join(dir, 'bodies.json'), JSON.stringify({ [`GET ${target}`]: body }));
  const floorPort = basePort + builds.length;
  const floor = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'http-floor.ts'), path.join(dir, 'bodies.json'), String(floorPort)], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(floor);
  await waitReady(floor, `http://127.0.0.1:${floorPort}/`);
  const dbFloor = openDbFloor(url, 10);
  console.log(`${target}: ${captured.length} statements per request (this checkout); ${os.cpus().length} cores`);

  type Measured = LoadResult & { cpuMsPerRequest: number };
  const targets: { name: string; run: (c: number) => Promise<Measured> }[] = [
    { name: 'db floor', run: async (c) => ({ ...(await closedLoop(c, seconds, () => dbFloor.once(captured))), cpuMsPerRequest: NaN }) },
    ...[{ name: 'http floor', port: floorPort, child: floor }, ...servers].map((s) => ({
      name: s.name,
      run: async (c: number) => {
        const caller = httpCaller({ port: s.port, method: 'GET', path: target, headers: headersOf.get(s.port) ?? headers }, c);
        await closedLoop(c, Math.min(1, seconds / 3), caller.once); // warm-up
        const cpu = cpuMs(s.child.pid!);
        const r = await closedLoop(c, seconds, caller.once);
        caller.close();
        return { ...r, cpuMsPerRequest: (cpuMs(s.child.pid!) - cpu) / r.requests };
      },
    })),
  ];
  const results = new Map<string, Measured[]>();
  const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const c of concurrencies) {
      // Rotate the order each round so no target always runs first.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
      for (const t of order) {
        const r = await t.run(c);
        const key = `${t.name}@${c}`;
        results.set(key, [...(results.get(key) ?? []), r]);
        console.log(`round ${round} c=${String(c).padStart(2)} ${t.name.padEnd(12)} p50 ${fmt(r.p50).padStart(7)} p99 ${fmt(r.p99).padStart(7)} req/s ${fmt(r.rps, 0).padStart(6)} cpu/req ${fmt(r.cpuMsPerRequest)} ms${r.errors ? ` errors ${r.errors}` : ''}  load ${os.loadavg()[0]!.toFixed(1)}`);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nmedians of ${values.rounds} rounds (load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  for (const c of concurrencies) {
    const m = (name: string) => {
      const rs = results.get(`${name}@${c}`)!;
      return { p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), rps: median(rs.map((r) => r.rps)), cpu: median(rs.map((r) => r.cpuMsPerRequest)) };
    };
    const db = m('db floor');
    const http = m('http floor');
    for (const t of targets) {
      const r = m(t.name);
      const isBuild = t.name !== 'db floor' && t.name !== 'http floor';
      const ratios = isBuild ? `  ÷http r/s ${fmt(r.rps / http.rps)}  p50 ÷ (db+http) ${fmt(r.p50 / (db.p50 + http.p50))}` : '';
      console.log(`c=${String(c).padStart(2)} ${t.name.padEnd(12)} p50 ${fmt(r.p50).padStart(7)} p99 ${fmt(r.p99).padStart(7)} req/s ${fmt(r.rps, 0).padStart(6)} cpu/req ${fmt(r.cpu)} ms${ratios}`);
    }
  }
  await dbFloor.close();
} finally {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
  if (!values['database-url']) fs.rmSync(dir, { recursive: true, force: true });
}
