/**
 * HTTP throughput of GET /api/v2/revisit_logs/new_index over loopback, on a demo organization with a chosen
 * number of follow-ups. The server runs in its own process (`genjin serve`), autocannon in this one, so the
 * load generator does not share the server's event loop. Bounded in time and aimed only at 127.0.0.1.
 *
 *   npx tsx bench/list-http.ts [--follow-ups 20000] [--seconds 10] [--connections 10] [--database-url sqlite:/tmp/b.db]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createAppContext } from '../src/app-context.ts';
import { createClient } from '../src/client/index.ts';
import { testConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_ADMIN, seedDemo } from '../src/seed/demo.ts';

const { values } = parseArgs({
  options: {
    'follow-ups': { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'database-url': { type: 'string' },
  },
});
const followUps = Number(values['follow-ups']);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-bench-'));
const databaseUrl = values['database-url'] ?? `sqlite:${path.join(dir, 'bench.db')}`;

const ctx = createAppContext(testConfig({ databaseUrl, storageDir: path.join(dir, 'files'), logLevel: 'silent' }));
await migrateToLatest(ctx.database.db);
const seedStart = performance.now();
await seedDemo(ctx, { randomSeed: 1, followUps });
console.log(`seeded ${followUps} follow-ups in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${ctx.database.describe})`);

await ctx.database.close();

const port = 3900 + Math.floor(Math.random() * 90);
const address = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
  env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', STORAGE_DIR: path.join(dir, 'files') },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (let i = 0; ; i++) {
  if (await fetch(`${address}/healthz`).then((r) => r.ok, () => false)) break;
  if (i > 200) throw new Error('the server did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const { user_token: token } = await createClient({ baseUrl: address }).login({ login: DEMO_ADMIN.login, password: DEMO_ADMIN.password });

const cases = [
  ['floor: auth/session (auth only)', '__session__'],
  ['today, 15 per page', 'date=today'],
  ['all, 15 per page', 'date=all'],
  ['all, 200 per page', 'date=all&per_page=200'],
  ['all, page 50 of 200', 'date=all&per_page=200&page=50'],
  ['month, one department subtree', 'date=month&department_id=2'],
] as const;

for (const [name, query] of cases) {
  const result = await autocannon({
    url: query === '__session__' ? `${address}/api/v2/auth/session` : `${address}/api/v2/revisit_logs/new_index?${query}`,
    headers: { authorization: `Token token=${token}` },
    connections: Number(values.connections),
    duration: Number(values.seconds),
  });
  console.log(
    `${name.padEnd(32)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
      `${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s  errors ${result.errors + result.non2xx}`,
  );
}
server.kill('SIGTERM');
await once(server, 'exit');
fs.rmSync(dir, { recursive: true, force: true });
