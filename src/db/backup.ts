import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { sqliteFileFromUrl } from './dialect/sqlite.ts';

const run = promisify(execFile);

const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

export interface BackupResult {
  file: string;
  bytes: number;
  format: 'sqlite' | 'pg_dump-custom';
}

/**
 * A consistent copy while the server keeps writing. SQLite: the online backup API (page by page, restarting
 * when a writer changes a copied page, so the copy is one committed state). PostgreSQL: pg_dump's custom
 * format, which reads everything in one repeatable-read snapshot.
 */
export async function backupDatabase(url: string, outFile: string): Promise<BackupResult> {
  const out = path.resolve(outFile);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Written beside the target and renamed: a failed backup never leaves a file that looks complete.
  const partial = `${out}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    if (isPostgres(url)) {
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`]);
    } else {
      const source = new SqliteDatabase(sqliteFileFromUrl(url), { fileMustExist: true });
      try {
        await source.backup(partial);
      } finally {
        source.close();
      }
    }
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { file: out, bytes: fs.statSync(out).size, format: isPostgres(url) ? 'pg_dump-custom' : 'sqlite' };
}

/** Whether the database already holds organizations (restore refuses to overwrite them without --force). */
async function holdsData(url: string): Promise<boolean> {
  if (isPostgres(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const found = await client.query<{ t: string | null }>(`select to_regclass('public.organizations')::text as t`);
      if (!found.rows[0]?.t) return false;
      return (await client.query('select 1 from organizations limit 1')).rowCount! > 0;
    } finally {
      await client.end();
    }
  }
  const file = sqliteFileFromUrl(url);
  if (!fs.existsSync(file)) return false;
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const table = db.prepare(`select 1 from sqlite_master where type = 'table' and name = 'organizations'`).get();
    return Boolean(table && db.prepare('select 1 from organizations limit 1').get());
  } finally {
    db.close();
  }
}

export interface RestoreOptions {
  /** Replace a database that already holds organizations. */
  force: boolean;
}

/**
 * Puts a backup in place of the database at `url`. Servers must be stopped (or not yet started) on SQLite;
 * on PostgreSQL the restore runs in one transaction, so a failure leaves the database as it was.
 */
export async function restoreDatabase(url: string, fromFile: string, options: RestoreOptions): Promise<{ restored: string }> {
  const from = path.resolve(fromFile);
  if (!fs.existsSync(from)) throw new Error(`no backup at ${from}`);
  if (!options.force && (await holdsData(url))) {
    throw new Error('the database already holds organizations; pass --force to replace it');
  }
  if (isPostgres(url)) {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${url}`, from]);
  } else {
    const target = sqliteFileFromUrl(url);
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const source = new SqliteDatabase(from, { readonly: true, fileMustExist: true });
    try {
      // The backup API writes through SQLite into the target, WAL included, instead of copying a file over it.
      await source.backup(target);
    } finally {
      source.close();
    }
  }
  return { restored: from };
}
