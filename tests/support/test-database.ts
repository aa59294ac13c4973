import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type OpenOptions } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { TEST_POSTGRES_URL, type TestDialect } from './dialects.ts';

export interface TestDatabase {
  readonly url: string;
  readonly handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** Runs one statement on the PostgreSQL server itself (create or drop a database). */
export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own (SQLite temp file, or a new PostgreSQL database), dropped after. */
export async function createTestDatabase(dialect: TestDialect, options: OpenOptions = {}): Promise<TestDatabase> {
  const suffix = randomBytes(6).toString('hex');
  let url: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-test-'));
    url = `sqlite:${path.join(dir, 'test.db')}`;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    if (!TEST_POSTGRES_URL) throw new Error('TEST_DATABASE_URL is not set');
    const name = `genjin_test_${suffix}`;
    await adminQuery(`create database ${name}`);
    const parsed = new URL(TEST_POSTGRES_URL);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    cleanup = () => adminQuery(`drop database if exists ${name} with (force)`);
  }
  // No connect timeout: tests with fake timers jump hours ahead while a connection is opening, which would
  // fire pg's timer. The outage tests open their own pool, with a timeout, through a proxy.
  const handle = openDatabase(url, { poolSize: 4, connectTimeoutMs: 0, ...options });
  await migrateToLatest(handle.db);
  return {
    url,
    handle,
    drop: async () => {
      await handle.close();
      await cleanup();
    },
  };
}
