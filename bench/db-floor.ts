/**
 * The database floor: the statements one Genjin request ran (captured from its query log), replayed with the
 * bare driver — no query building, no presenting, no HTTP. Sequential per request on one connection, so the
 * floor's latency is the sum of the statements' (Genjin runs some of them in parallel).
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { sqliteFileFromUrl } from '../src/db/dialect/sqlite.ts';

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

export interface DbFloor {
  once(statements: Statement[]): Promise<boolean>;
  close(): Promise<void>;
}

export function openDbFloor(url: string, poolSize: number): DbFloor {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    return {
      async once(statements) {
        const client = await pool.connect();
        try {
          for (const s of statements) await client.query(s.sql, s.parameters as unknown[]);
          return true;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const database = new SqliteDatabase(sqliteFileFromUrl(url), { readonly: true });
  database.pragma('cache_size = -65536');
  database.pragma('mmap_size = 268435456');
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    async once(statements) {
      for (const s of statements) {
        let statement = prepared.get(s.sql);
        if (!statement) prepared.set(s.sql, (statement = database.prepare(s.sql)));
        if (statement.reader) statement.all(...(s.parameters as unknown[]));
        else throw new Error('the database floor replays reads only');
      }
      return true;
    },
    close: async () => {
      database.close();
    },
  };
}
