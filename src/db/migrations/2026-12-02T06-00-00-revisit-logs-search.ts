import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Keyword search (`q=`) over follow-up content, entity names and author names needs substring matching that
// works for Chinese (no spaces between words), so word indexes are out; both engines get trigram indexes.
//
// SQLite: an FTS5 table with the trigram tokenizer over revisit_logs.content (external content: the text is
// not stored twice), kept in sync by triggers. It answers terms of three characters or more; shorter ones
// fall back to LIKE over the rows the other conditions select (see DialectOps.followUpContentContains).
//
// PostgreSQL: pg_trgm GIN indexes under ILIKE on the content and the name columns. The extension ships in
// postgresql-contrib; where it is missing (or the role may not create it) the migration still runs, without
// those indexes, and says so: searches then scan, which is correct but slow.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const NAME_COLUMNS = [
  ['users', 'name'],
  ['leads', 'name'],
  ['customers', 'name'],
  ['opportunities', 'title'],
  ['contracts', 'title'],
  ['contacts', 'name'],
] as const;

async function tryCreateTrigramExtension(db: Db): Promise<boolean> {
  const available = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (available.rows[0]?.n !== 1) return false;
  // The migrator runs each migration in a transaction: a savepoint keeps a refused CREATE EXTENSION from
  // aborting it.
  await sql`savepoint genjin_pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`release savepoint genjin_pg_trgm`.execute(db);
    return true;
  } catch {
    await sql`rollback to savepoint genjin_pg_trgm`.execute(db);
    return false;
  }
}

async function upPostgres(db: Db): Promise<void> {
  if (!(await tryCreateTrigramExtension(db))) {
    console.warn(
      '[genjin] pg_trgm is not available (install postgresql-contrib, or let a superuser run `create extension pg_trgm`): ' +
        'keyword search works but scans without trigram indexes.',
    );
    return;
  }
  await sql`create index revisit_logs_content_trgm on revisit_logs using gin (content gin_trgm_ops)`.execute(db);
  for (const [table, column] of NAME_COLUMNS) {
    await sql`create index ${sql.raw(`${table}_${column}_trgm`)} on ${sql.table(table)} using gin (${sql.ref(column)} gin_trgm_ops)`.execute(db);
  }
}

async function upSqlite(db: Db): Promise<void> {
  await sql`create virtual table revisit_logs_fts using fts5(content, content='revisit_logs', content_rowid='id', tokenize='trigram')`.execute(db);
  await sql`insert into revisit_logs_fts(revisit_logs_fts) values ('rebuild')`.execute(db);
  await sql`create trigger revisit_logs_fts_insert after insert on revisit_logs begin
    insert into revisit_logs_fts(rowid, content) values (new.id, new.content);
  end`.execute(db);
  await sql`create trigger revisit_logs_fts_delete after delete on revisit_logs begin
    insert into revisit_logs_fts(revisit_logs_fts, rowid, content) values ('delete', old.id, old.content);
  end`.execute(db);
  await sql`create trigger revisit_logs_fts_update after update of content on revisit_logs begin
    insert into revisit_logs_fts(revisit_logs_fts, rowid, content) values ('delete', old.id, old.content);
    insert into revisit_logs_fts(rowid, content) values (new.id, new.content);
  end`.execute(db);
}

export async function up(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop index if exists revisit_logs_content_trgm`.execute(db);
    for (const [table, column] of NAME_COLUMNS) await sql`drop index if exists ${sql.raw(`${table}_${column}_trgm`)}`.execute(db);
    return;
  }
  for (const name of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.raw(`revisit_logs_fts_${name}`)}`.execute(db);
  await sql`drop table if exists revisit_logs_fts`.execute(db);
}
