/**
 * A bounded soak over loopback: 90% list requests, 10% follow-up writes, 50 connections, for 5 minutes by
 * default, against `genjin serve` in its own process with strict error statuses (so a 100500 shows as a 500).
 * Reports requests, status counts (5xx must be zero), p50/p99 latency and the server's RSS at start and end.
 *
 *   npx tsx bench/soak.ts [--seconds 300] [--connections 50] [--follow-ups 5000] [--database-url sqlite:/tmp/s.db]
 */
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
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
    seconds: { type: 'string', default: '300' },
    connections: { type: 'string', default: '50' },
    'follow-ups': { type: 'string', default: '5000' },
    'database-url': { type: 'string' },
  },
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-soak-'));
const databaseUrl = values['database-url'] ?? `sqlite:${path.join(dir, 'soak.db')}`;
const storageDir = path.join(dir, 'files');

const ctx = createAppContext(testConfig({ databaseUrl, storageDir, logLevel: 'silent' }));
await migrateToLatest(ctx.database.db);
await seedDemo(ctx, { randomSeed: 1, followUps: Number(values['follow-ups']) });
const customer = await ctx.database.db
  .selectFrom('customers')
  .innerJoin('organizations', 'organizations.id', 'customers.organization_id')
  .select('customers.id')
  .where('organizations.corp_id', '=', DEMO_ADMIN.corpId)
  .orderBy('customers.id')
  .executeTakeFirstOrThrow();
await ctx.database.close();

// A port the kernel just handed out, not a guess: other benchmarks may be listening nearby.
const probe = net.createServer();
await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
const port = (probe.address() as AddressInfo).port;
await new Promise<void>((resolve) => probe.close(() => resolve()));
const address = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    ERROR_STATUS_MODE: 'strict',
    STORAGE_DIR: storageDir,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (let i = 0; ; i++) {
  if (server.exitCode !== null) throw new Error('the server exited before it was ready');
  if (await fetch(`${address}/healthz`).then((r) => r.ok, () => false)) break;
  if (i > 300) throw new Error('the server did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const rssMiB = () => {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};
const { user_token: token } = await createClient({ baseUrl: address }).login({ login: DEMO_ADMIN.login, password: DEMO_ADMIN.password });
const headers = { authorization: `Token token=${token}` };
const jsonHeaders = { ...headers, 'content-type': 'application/json' };
const lists = ['date=all', 'date=month', 'date=all&per_page=50&page=3', 'date=week', 'date=all&page=2'];
// autocannon cycles through the list: nine reads, then one write.
const requests = [
  ...Array.from({ length: 9 }, (_, i) => ({ method: 'GET' as const, path: `/api/v2/revisit_logs/new_index?${lists[i % lists.length]}`, headers })),
  {
    method: 'POST' as const,
    path: '/api/v2/revisit_logs',
    headers: jsonHeaders,
    body: JSON.stringify({ revisit_log: { loggable_type: 'Customer', loggable_id: customer.id, content: '压测写入' } }),
  },
];

const rssStart = rssMiB();
const result = await autocannon({ url: address, requests, connections: Number(values.connections), duration: Number(values.seconds) });
const rssEnd = rssMiB();
const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]));
const fiveXx = Object.entries(codes).filter(([code]) => code.startsWith('5')).reduce((n, [, c]) => n + c, 0);
console.log(
  JSON.stringify(
    {
      database: databaseUrl.split(':')[0],
      seconds: Number(values.seconds),
      connections: Number(values.connections),
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      statusCodes: codes,
      fiveXx,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      rssMiB: { start: Math.round(rssStart), end: Math.round(rssEnd) },
    },
    null,
    2,
  ),
);
server.kill('SIGTERM');
await once(server, 'exit');
fs.rmSync(dir, { recursive: true, force: true });
if (fiveXx > 0 || result.errors > 0) process.exitCode = 1;
