/**
 * Keyword search, stats and export at scale: builds a scratch database with N follow-ups by one set-based
 * INSERT (two years of history, 50 authors, 10k customers, 16×16 phrase mixes), starts `genjin serve` in its
 * own process, then times searches/stats over loopback and samples the server's RSS (VmRSS) while it
 * streams exports. Bounded: a fixed number of requests per case, one export per format.
 *
 *   npx tsx bench/insights-scale.ts [--follow-ups 1000000] [--runs 15] [--formats csv,xlsx] [--skip-queries] [--database-url postgres://…/db]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createAppContext } from '../src/app-context.ts';
import { createClient } from '../src/client/index.ts';
import { testConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createOrganization } from '../src/features/organizations/organizations.service.ts';

const { values } = parseArgs({
  options: {
    'follow-ups': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '15' },
    formats: { type: 'string', default: 'csv,xlsx' },
    'database-url': { type: 'string' },
    'skip-queries': { type: 'boolean', default: false },
  },
});
const N = Number(values['follow-ups']);
const RUNS = Number(values.runs);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-insights-'));
const databaseUrl = values['database-url'] ?? `sqlite:${path.join(dir, 'bench.db')}`;
const NOW = Date.now();
const SPAN = 730 * 86_400_000;
const PHRASES = [
  '客户要求重新报价', '合同已签订', '电话沟通需求', '上门拜访', '发送产品资料', 'Sent the quote to the customer', '约下周演示', '催款',
  '投诉处理', '续约沟通', '预算确认', '技术交流', '竞品对比', '价格谈判', '样品寄送', '售后回访',
];

const ctx = createAppContext(testConfig({ databaseUrl, storageDir: path.join(dir, 'files'), logLevel: 'silent' }));
const db = ctx.database.db;
await migrateToLatest(db);
const org = await createOrganization(ctx, { name: '压测公司', corpId: 'bench', adminLogin: '13900000000', adminPassword: 'bench-password-1' });
const t0 = performance.now();
const role = await db.selectFrom('roles').select('id').where('organization_id', '=', org.organization_id).executeTakeFirstOrThrow();
const admin = await db.selectFrom('users').selectAll().where('id', '=', org.admin_user_id).executeTakeFirstOrThrow();
const series = (n: number) =>
  ctx.database.ops.name === 'sqlite'
    ? sql`with recursive s(i) as (select 0 union all select i + 1 from s where i < ${sql.lit(n - 1)})`
    : sql`with s(i) as (select generate_series(0, ${sql.lit(n - 1)}))`;
await sql`${series(50)} insert into users (organization_id, department_id, role_id, login, name, password_hash, workflow_state, created_at, updated_at)
  select ${sql.lit(org.organization_id)}, ${sql.lit(org.root_department_id)}, ${sql.lit(role.id)}, '1380000' || (1000 + i), '销售' || i, ${admin.password_hash}, 'organization_staff', ${sql.lit(NOW)}, ${sql.lit(NOW)} from s`.execute(db);
await sql`${series(10_000)} insert into customers (organization_id, user_id, name, approve_status, revisit_logs_count, created_at, updated_at)
  select ${sql.lit(org.organization_id)}, ${admin.id}, '客户公司' || i, 'approved', 0, ${sql.lit(NOW)}, ${sql.lit(NOW)} from s`.execute(db);
const firstUser = (await db.selectFrom('users').select((eb) => eb.fn.min('id').as('id')).where('login', 'like', '1380000%').executeTakeFirstOrThrow()).id as number;
const firstCustomer = (await db.selectFrom('customers').select((eb) => eb.fn.min('id').as('id')).executeTakeFirstOrThrow()).id as number;
const words = sql.join(PHRASES.map((p, i) => sql`(${sql.lit(i)}, ${p})`));
const wordsCte = sql`, w(n, t) as (values ${words})`;
// Batches of 100k keep each statement's memory bounded.
for (let start = 0; start < N; start += 100_000) {
  const n = Math.min(100_000, N - start);
  await sql`${series(n)}${wordsCte} insert into revisit_logs (organization_id, user_id, loggable_type, loggable_id, content, category, real_revisit_at, remind_at, activity_type, is_draft, created_at, updated_at)
    select ${sql.lit(org.organization_id)}, ${sql.lit(firstUser)} + ((s.i + ${sql.lit(start)}) % 50), 'Customer', ${sql.lit(firstCustomer)} + ((s.i + ${sql.lit(start)}) % 10000),
      w1.t || '，' || w2.t || ' #' || (s.i + ${sql.lit(start)}), null, ${sql.lit(NOW)} - (cast(s.i + ${sql.lit(start)} as bigint) * ${sql.lit(Math.floor(SPAN / N))}), null, 'create', 0,
      ${sql.lit(NOW)} - (cast(s.i + ${sql.lit(start)} as bigint) * ${sql.lit(Math.floor(SPAN / N))}), ${sql.lit(NOW)}
    from s join w w1 on w1.n = (s.i + ${sql.lit(start)}) % 16 join w w2 on w2.n = ((s.i + ${sql.lit(start)}) / 16) % 16`.execute(db);
}
await sql`analyze`.execute(db);
console.log(`built ${N} follow-ups in ${((performance.now() - t0) / 1000).toFixed(1)} s (${ctx.database.describe})`);
await ctx.database.close();

const port = 3800 + Math.floor(Math.random() * 90);
const address = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
  env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', STORAGE_DIR: path.join(dir, 'files') },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  for (let i = 0; ; i++) {
    if (await fetch(`${address}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const client = createClient({ baseUrl: address });
  const { user_token: token } = await client.login({ corp_id: 'bench', login: '13900000000', password: 'bench-password-1' });
  const headers = { authorization: `Token token=${token}` };

  const timed = async (label: string, url: string) => {
    const times: number[] = [];
    let total: unknown;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      // An error envelope throws (GenjinError), ending the run.
      const data = await client.request<{ total_count?: number; total?: number }>('GET', url);
      times.push(performance.now() - start);
      total = data.total_count ?? data.total;
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
    console.log(`${label.padEnd(46)} p50 ${p(0.5).padStart(6)} ms  p95 ${p(0.95).padStart(6)} ms  total ${total}`);
  };
  const q = (s: string) => encodeURIComponent(s);
  if (!values['skip-queries']) {
  await timed('list date=year (no q, reference)', '/api/v2/revisit_logs/new_index?date=year');
  await timed('q=报价 (2 chars) date=year', `/api/v2/revisit_logs/new_index?date=year&q=${q('报价')}`);
  await timed('q=催款 (2 chars, 1/16 rows) date=year', `/api/v2/revisit_logs/new_index?date=year&q=${q('催款')}`);
  await timed('q=重新报价 (4 chars) date=year', `/api/v2/revisit_logs/new_index?date=year&q=${q('重新报价')}`);
  await timed('q=quote date=year', `/api/v2/revisit_logs/new_index?date=year&q=quote`);
  await timed('q=#12345 (rare, 6 chars) date=all', `/api/v2/revisit_logs/new_index?date=all&q=${q('#12345')}`);
  await timed('q=报价 销售7 (two words) date=year', `/api/v2/revisit_logs/new_index?date=year&q=${q('报价 销售7')}`);
  await timed('stats group_by=day date=year', '/api/v2/revisit_logs/stats?group_by=day&date=year');
  await timed('stats group_by=user date=year', '/api/v2/revisit_logs/stats?group_by=user&date=year');
  }

  // VmRSS also counts file pages SQLite maps (mmap_size) and its page cache: RssAnon is the process's own
  // memory (V8 heap, buffers, the SQLite cache), RssFile the mapped database and binaries.
  const status = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]);
  const mb = (kb: number) => (kb / 1024).toFixed(0);
  for (const format of values.formats.split(',').filter(Boolean)) {
    const before = { rss: status('VmRSS'), anon: status('RssAnon'), file: status('RssFile') };
    const peak = { ...before };
    const sampler = setInterval(() => {
      peak.rss = Math.max(peak.rss, status('VmRSS'));
      peak.anon = Math.max(peak.anon, status('RssAnon'));
      peak.file = Math.max(peak.file, status('RssFile'));
    }, 200);
    const start = performance.now();
    const res = await fetch(`${address}/api/v2/revisit_logs/export?format=${format}&date=all`, { headers });
    let bytes = 0;
    for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
    clearInterval(sampler);
    console.log(
      `export ${format} ${N} rows: ${((performance.now() - start) / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(0)} MB; server MB before/peak: ` +
        `VmRSS ${mb(before.rss)}/${mb(peak.rss)} (+${mb(peak.rss - before.rss)}), RssAnon ${mb(before.anon)}/${mb(peak.anon)} (+${mb(peak.anon - before.anon)}), RssFile ${mb(before.file)}/${mb(peak.file)} (+${mb(peak.file - before.file)})`,
    );
  }
} finally {
  server.kill('SIGTERM');
  if (databaseUrl.startsWith('sqlite:')) fs.rmSync(dir, { recursive: true, force: true });
}
