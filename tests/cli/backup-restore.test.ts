import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { restoreDatabase } from '../../src/db/backup.ts';
import { openDatabase } from '../../src/db/database.ts';
import { pendingMigrations } from '../../src/db/migrate.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { TEST_POSTGRES_URL, describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { adminQuery } from '../support/test-database.ts';
import { runGenjin } from '../support/cli.ts';


/** Every follow-up with what a write puts beside it, as one comparable string per row. */
async function followUpRows(url: string): Promise<Map<number, string>> {
  const handle = openDatabase(url);
  try {
    const { rows } = await sql<{ id: number; content: string; at_users: number }>`
      select r.id, r.content, (select count(*) from revisit_log_at_users a where a.revisit_log_id = r.id) as at_users
      from revisit_logs r order by r.id`.execute(handle.db);
    return new Map(rows.map((r) => [Number(r.id), `${r.content}|${Number(r.at_users)}`]));
  } finally {
    await handle.close();
  }
}

describeEachDialect('genjin backup and restore', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let token: string;
  let customerId: number;
  let colleagues: UserRow[];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-backup-'));
  const cleanups: (() => Promise<void>)[] = [];

  const genjin = (url: string, ...args: string[]) => runGenjin(url, args);

  const emptyDatabaseUrl = async (name: string): Promise<string> => {
    if (dialect === 'sqlite') return `sqlite:${path.join(dir, `${name}.db`)}`;
    const db = `genjin_restore_${name}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(`create database ${db}`);
    cleanups.push(() => adminQuery(`drop database if exists ${db} with (force)`));
    const parsed = new URL(TEST_POSTGRES_URL!);
    parsed.pathname = `/${db}`;
    return parsed.toString();
  };

  const write = async (n: number) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: { authorization: `Token token=${token}` },
      payload: {
        revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: `备份期间写入 ${n}` },
        at_user_ids: colleagues.map((c) => c.id),
      },
    });
    expect(res.json().code).toBe(0);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    org = await f.org();
    author = await f.user(org, { scope: 'all' });
    colleagues = [await f.user(org), await f.user(org)];
    token = await f.token(author);
    customerId = await f.customer(org, author);
    for (let n = 0; n < 20; n++) await write(n);
  });
  afterAll(async () => {
    await t.close();
    for (const cleanup of cleanups) await cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up under write load; the restore is one consistent committed state, and never overwrites by accident', async () => {
    const before = (await followUpRows(t.database.url)).size;
    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) await write(1000 + written++);
    })();
    const out = path.join(dir, 'genjin.backup');
    const backup = await genjin(t.database.url, 'backup', '--out', out);
    writing = false;
    await load;
    expect(backup.code).toBe(0);
    expect(backup.json).toEqual({ file: out, bytes: fs.statSync(out).size, format: dialect === 'sqlite' ? 'sqlite' : 'pg_dump-custom' });
    expect(written).toBeGreaterThan(0);

    const target = await emptyDatabaseUrl('fresh');
    const restore = await genjin(target, 'restore', '--from', out);
    expect([restore.code, restore.stderr]).toEqual([0, '']);
    expect(restore.json).toEqual({ restored: out });

    const source = await followUpRows(t.database.url);
    const restored = await followUpRows(target);
    // Between the state when the backup began and the state when it ended…
    expect(restored.size).toBeGreaterThanOrEqual(before);
    expect(restored.size).toBeLessThanOrEqual(source.size);
    // …and a prefix of the writes, each whole: same content, both @-users beside every follow-up.
    const ids = [...restored.keys()];
    expect(ids).toEqual([...source.keys()].slice(0, restored.size));
    for (const [id, row] of restored) expect([id, row]).toEqual([id, source.get(id)]);
    for (const row of restored.values()) expect(row.endsWith('|2')).toBe(true);

    // The restored schema is current: nothing left to migrate.
    const handle = openDatabase(target);
    try {
      expect(await pendingMigrations(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }

    // A database that holds organizations is not overwritten without --force.
    await expect(restoreDatabase(t.database.url, out, { force: false })).rejects.toThrow(
      'the database already holds organizations; pass --force to replace it',
    );
    const missing = path.join(dir, 'nope.backup');
    await expect(restoreDatabase(t.database.url, missing, { force: true })).rejects.toThrow(`no backup at ${missing}`);
    expect((await followUpRows(t.database.url)).size).toBe(source.size);
  });
});
