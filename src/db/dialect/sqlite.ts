import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect, sql, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import { errorCode, escapeLike, integerOf, type DialectSetup } from './types.ts';

/** `sqlite:./data/genjin.db`, `sqlite:/abs/path.db`, `sqlite::memory:` */
export function sqliteFileFromUrl(url: string): string {
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  return file || './data/genjin.db';
}

/**
 * Kysely prepares every statement anew; better-sqlite3 statements are reusable, and preparing measured 7% of
 * a list request's CPU. Statements run synchronously (we never stream), so sharing one is safe.
 */
function withStatementCache(database: KyselySqliteDatabase, capacity = 500): KyselySqliteDatabase {
  const cache = new Map<string, ReturnType<KyselySqliteDatabase['prepare']>>();
  return {
    close: () => database.close(),
    prepare(text) {
      let statement = cache.get(text);
      if (statement) {
        cache.delete(text);
      } else {
        statement = database.prepare(text);
        if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

export function createSqliteDialect(url: string): DialectSetup {
  const file = sqliteFileFromUrl(url);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL lets readers run beside the one writer; the busy timeout makes a second process (the CLI, another
  // instance) wait for the write lock instead of failing with SQLITE_BUSY.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  database.pragma('synchronous = NORMAL');
  // The default 2 MiB page cache made a count over 20k follow-ups read pages through syscalls (40 ms);
  // with a 64 MiB cache and memory-mapped reads it takes 6 ms.
  database.pragma('cache_size = -65536');
  database.pragma('mmap_size = 268435456');
  return {
    kyselyDialect: new SqliteDialect({ database: withStatementCache(database as unknown as KyselySqliteDatabase) }),
    describe: `sqlite ${file}`,
    ops: {
      name: 'sqlite',
      telemetryName: 'sqlite',
      // SQLite's LIKE is case-insensitive for ASCII; lower() on both sides extends that to what it can.
      containsInsensitive: (column, value) =>
        sql<boolean>`lower(${column}) like lower(${'%' + escapeLike(value) + '%'}) escape '\\'`,
      // A quoted FTS5 string is a phrase: with the trigram tokenizer, a literal substring (case-folded).
      followUpIdsContaining: (term) =>
        sql`select rowid from revisit_logs_fts where revisit_logs_fts match ${`"${term.replace(/"/g, '""')}"`}`,
      isUniqueViolation: (error) =>
        typeof error === 'object' &&
        error !== null &&
        'code' in error &&
        String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT_UNIQUE'),
      forUpdate: (query) => query,
      lockTablesForRebuild: () => Promise.resolve(),
      // Another process (the CLI, a second instance) held the write lock past busy_timeout.
      isUnavailable: (error) => /^SQLITE_(BUSY|LOCKED)/.test(errorCode(error) ?? ''),
      series: (from, to) => ({
        prefix: `with recursive bench_series(i) as (select ${integerOf(from)} union all select i + 1 from bench_series where i < ${integerOf(to)})`,
        source: 'bench_series',
      }),
      bulkLoadSession: async (db, on) => {
        await sql.raw(`pragma foreign_keys = ${on ? 'off' : 'on'}`).execute(db);
      },
      afterBulkLoad: async (db) => {
        await sql`analyze`.execute(db);
      },
      secondaryIndexes: async (db, table) => {
        // Indexes of UNIQUE constraints have no sql (sqlite_autoindex_*): they stay.
        const { rows } = await sql<{ name: string; definition: string }>`select name, sql as definition from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
        return rows;
      },
    },
  };
}
