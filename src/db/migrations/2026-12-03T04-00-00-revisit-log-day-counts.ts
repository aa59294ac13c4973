import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Daily roll-ups of the list's count. An exact one-year total_count over an organization was a COUNT(*) of
// every live follow-up in the year (230–280 ms at 10M); with these it is a sum over ≤ 366 rows plus exact
// counts of the two partial days at the range's edges (features/revisit-logs/day-counts.repository.ts).
//
// What is counted: live (deleted_at is null), published (is_draft = 0) follow-ups, by UTC day number
// (real_revisit_at div 86400000), so the roll-up does not depend on any organization's time zone.
// revisit_log_day_counts is per author (data scopes and user/department filters select authors, by their
// current department, so moving users or departments changes nothing here); revisit_log_org_day_counts is
// the organization's total (scope `all`: summing 2,000 authors × 365 days would be a count again).
//
// Kept exact by triggers, so every write path — the API, seeds, imports, a hand-written UPDATE — keeps them
// in its own transaction. On PostgreSQL they are constraint triggers deferred to commit: the roll-up rows
// are locked only from the commit's start to its end (after the change feed's counter row, which every
// write already serializes on), never for the rest of a write transaction. `session_replication_role =
// replica` (the bench loader) skips them; a bulk load then calls rebuildDayCounts.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const DAY_MS = 86_400_000;

async function createTables(db: Db): Promise<void> {
  await db.schema
    .createTable('revisit_log_day_counts')
    .addColumn('organization_id', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'bigint', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('revisit_log_day_counts_pkey', ['organization_id', 'user_id', 'day'])
    .execute();
  await db.schema
    .createTable('revisit_log_org_day_counts')
    .addColumn('organization_id', 'bigint', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('revisit_log_org_day_counts_pkey', ['organization_id', 'day'])
    .execute();
}

async function backfill(db: Db): Promise<void> {
  await sql`insert into revisit_log_day_counts (organization_id, user_id, day, count)
    select organization_id, user_id, cast(real_revisit_at / ${sql.lit(DAY_MS)} as integer), count(*) from revisit_logs
    where deleted_at is null and is_draft = 0 group by 1, 2, 3`.execute(db);
  await sql`insert into revisit_log_org_day_counts (organization_id, day, count)
    select organization_id, day, sum(count) from revisit_log_day_counts group by 1, 2`.execute(db);
}

async function upPostgres(db: Db): Promise<void> {
  await sql`create function genjin_bump_day_count(org bigint, author bigint, d integer, delta integer) returns void
    language sql as $$
      insert into revisit_log_day_counts as c (organization_id, user_id, day, count) values (org, author, d, delta)
        on conflict (organization_id, user_id, day) do update set count = c.count + excluded.count;
      insert into revisit_log_org_day_counts as c (organization_id, day, count) values (org, d, delta)
        on conflict (organization_id, day) do update set count = c.count + excluded.count;
    $$`.execute(db);
  // The lower day first when a follow-up moves between days: two moves in opposite directions then take
  // the rows in the same order and cannot deadlock.
  await sql`create function genjin_revisit_log_day_counts() returns trigger language plpgsql as $$
    declare
      was_counted boolean := false;
      is_counted boolean := false;
      old_day integer;
      new_day integer;
    begin
      if tg_op <> 'INSERT' then
        was_counted := old.deleted_at is null and old.is_draft = 0;
        old_day := (old.real_revisit_at / ${sql.lit(DAY_MS)})::integer;
      end if;
      if tg_op <> 'DELETE' then
        is_counted := new.deleted_at is null and new.is_draft = 0;
        new_day := (new.real_revisit_at / ${sql.lit(DAY_MS)})::integer;
      end if;
      if was_counted and is_counted and old_day = new_day and old.user_id = new.user_id
        and old.organization_id = new.organization_id then
        return null;
      end if;
      if was_counted and is_counted and new_day < old_day then
        perform genjin_bump_day_count(new.organization_id, new.user_id, new_day, 1);
        perform genjin_bump_day_count(old.organization_id, old.user_id, old_day, -1);
        return null;
      end if;
      if was_counted then perform genjin_bump_day_count(old.organization_id, old.user_id, old_day, -1); end if;
      if is_counted then perform genjin_bump_day_count(new.organization_id, new.user_id, new_day, 1); end if;
      return null;
    end $$`.execute(db);
  await sql`create constraint trigger revisit_log_day_counts_sync
    after insert or delete or update of organization_id, user_id, real_revisit_at, is_draft, deleted_at on revisit_logs
    deferrable initially deferred for each row execute function genjin_revisit_log_day_counts()`.execute(db);
}

function sqliteBump(row: 'new' | 'old', delta: 1 | -1): string {
  const day = `cast(${row}.real_revisit_at / ${DAY_MS} as integer)`;
  return `insert into revisit_log_day_counts (organization_id, user_id, day, count)
      values (${row}.organization_id, ${row}.user_id, ${day}, ${delta})
      on conflict (organization_id, user_id, day) do update set "count" = "count" + excluded."count";
    insert into revisit_log_org_day_counts (organization_id, day, count)
      values (${row}.organization_id, ${day}, ${delta})
      on conflict (organization_id, day) do update set "count" = "count" + excluded."count";`;
}

// SQLite serializes write transactions, so plain row triggers are exact there.
async function upSqlite(db: Db): Promise<void> {
  const counted = (row: 'new' | 'old') => `${row}.deleted_at is null and ${row}.is_draft = 0`;
  const columns = 'organization_id, user_id, real_revisit_at, is_draft, deleted_at';
  const triggers = [
    `create trigger revisit_log_day_counts_insert after insert on revisit_logs when ${counted('new')} begin ${sqliteBump('new', 1)} end`,
    `create trigger revisit_log_day_counts_delete after delete on revisit_logs when ${counted('old')} begin ${sqliteBump('old', -1)} end`,
    `create trigger revisit_log_day_counts_update_old after update of ${columns} on revisit_logs when ${counted('old')} begin ${sqliteBump('old', -1)} end`,
    `create trigger revisit_log_day_counts_update_new after update of ${columns} on revisit_logs when ${counted('new')} begin ${sqliteBump('new', 1)} end`,
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}

export async function up(db: Db): Promise<void> {
  await createTables(db);
  await backfill(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop trigger if exists revisit_log_day_counts_sync on revisit_logs`.execute(db);
    await sql`drop function if exists genjin_revisit_log_day_counts()`.execute(db);
    await sql`drop function if exists genjin_bump_day_count(bigint, bigint, integer, integer)`.execute(db);
  } else {
    for (const name of ['insert', 'delete', 'update_old', 'update_new']) {
      await sql.raw(`drop trigger if exists revisit_log_day_counts_${name}`).execute(db);
    }
  }
  await db.schema.dropTable('revisit_log_org_day_counts').execute();
  await db.schema.dropTable('revisit_log_day_counts').execute();
}
