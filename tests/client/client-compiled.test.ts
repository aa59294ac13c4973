import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type TestOrg } from '../support/factories.ts';
import { createListeningApp, type ListeningApp } from '../support/listening-app.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist/client');

/** What a consumer outside this repository runs: `import('genjin/client')` from plain Node, no tsx. */
const CONSUMER = `
const { createClient, GenjinError } = await import('genjin/client');
const [baseUrl, login, password, customerId] = process.argv.slice(1);
const client = createClient({ baseUrl });
const session = await client.login({ login, password });
const created = await client.revisitLogs.create({ loggable_type: 'customer', loggable_id: Number(customerId), content: '来自编译后的客户端' });
const ids = [];
for await (const log of client.revisitLogs.all({ per_page: 1 })) ids.push(log.id);
const bad = await client.revisitLogs.get(999999999).catch((e) => e);
console.log(JSON.stringify({ userId: session.user_id, created: created.id, ids, bad: [bad instanceof GenjinError, bad.code] }));
`;

let consumerDir: string;

beforeAll(async () => {
  // The compiled client as `npm install` builds it (the prepare script), from the sources under test.
  await run('npx', ['tsc', '-p', 'tsconfig.client.json'], { cwd: ROOT });
  // A project of its own that has genjin installed, as a consumer would.
  consumerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-consumer-'));
  fs.mkdirSync(path.join(consumerDir, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(consumerDir, 'node_modules/genjin'), 'dir');
  fs.writeFileSync(path.join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
}, 120_000);
afterAll(() => fs.rmSync(consumerDir, { recursive: true, force: true }));

it('compiles to JavaScript and declarations that import nothing but each other', () => {
  const files = fs.readdirSync(DIST).sort();
  expect(files).toContain('index.js');
  expect(files).toContain('index.d.ts');
  for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))) {
    const text = fs.readFileSync(path.join(DIST, file), 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const specifier of specifiers) expect(`${file}: ${specifier}`).toMatch(/: \.\/[a-z-]+\.(js|ts|d\.ts)$/);
  }
});

it('type-checks a consumer against the declarations alone (no @types/node, no server code)', async () => {
  fs.writeFileSync(
    path.join(consumerDir, 'use.ts'),
    `import { createClient, GenjinError, type RevisitLog } from 'genjin/client';
const client = createClient({ baseUrl: 'http://127.0.0.1:1', maxRetries: 1, timeoutMs: 1000 });
export async function first(): Promise<RevisitLog | undefined> {
  const page = await client.revisitLogs.list({ per_page: 1, user_id: [1, 2] });
  const total: number = page.total_count;
  const content: string | undefined = page.revisit_logs[0]?.content;
  void total; void content;
  for await (const log of client.revisitLogs.all()) return log;
  return undefined;
}
export const isGenjin = (e: unknown): number | undefined => (e instanceof GenjinError ? e.code : undefined);
`,
  );
  fs.writeFileSync(
    path.join(consumerDir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2023', 'DOM'] }, files: ['use.ts'] }),
  );
  const result = await run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', consumerDir], { cwd: consumerDir }).catch((e: { stdout: string }) => e);
  expect(result.stdout).toBe('');
});

describeEachDialect('genjin/client compiled, from plain node', (dialect) => {
  let t: ListeningApp;
  let org: TestOrg;
  let seller: UserRow;
  let customerId: number;
  let existing: number[];

  beforeAll(async () => {
    t = await createListeningApp(dialect);
    const f = factories(t.ctx);
    org = await f.org();
    seller = await f.user(org, { name: '编译测试' });
    customerId = await f.customer(org, seller);
    existing = await f.revisitLogs(org, seller, { type: 'Customer', id: customerId }, [t.clock.now - 7_200_000, t.clock.now - 3_600_000]);
  });
  afterAll(() => t.close());

  it('logs in, writes, pages and throws GenjinError', async () => {
    const { stdout } = await run('node', ['--input-type=module', '-e', CONSUMER, t.baseUrl, seller.login, TEST_PASSWORD, String(customerId)], { cwd: consumerDir });
    const out = JSON.parse(stdout) as { userId: number; created: number; ids: number[]; bad: [boolean, number] };
    expect(out.userId).toBe(seller.id);
    expect(out.ids).toEqual([out.created, existing[1], existing[0]]);
    expect(out.bad).toEqual([true, 100100]);
  });
});
