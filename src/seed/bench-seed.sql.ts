import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectOps } from '../db/dialect/types.ts';
import { POOL_SIZES, TEXT_KINDS } from './bench-text.ts';

// The set-based statements of `genjin bench seed`. Every "random" choice is a hash of the row number and the
// random seed, in integer arithmetic both engines share, so the same seed gives the same data on either, and
// rows are produced inside the database (no per-row round trip). Every number spliced in is computed by the
// generator itself (never input), hence sql.raw.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- helper tables are outside the app schema
type AnyDb = Kysely<any>;

const P = 2147483647;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A pseudo-random integer in [0, P) from an integer SQL expression and a salt (a squared linear hash). */
export function mix(expr: string, salt: number): string {
  const x = `((${expr}) * 2654435761 + ${salt * 7919 + 17}) % ${P}`;
  return `((${x}) * (${x}) + ${salt}) % ${P}`;
}

/** A SQL CASE choosing among literal values by an integer expression modulo their number. */
export function pick(expr: string, values: readonly (number | string)[]): string {
  const lit = (v: number | string) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);
  if (values.length === 1) return lit(values[0]!);
  return `case (${expr}) % ${values.length} ${values.map((v, k) => `when ${k} then ${lit(v)}`).join(' ')} end`;
}

export interface Salted {
  seed: number;
}

export async function createHelperTables(db: AnyDb): Promise<void> {
  await dropHelperTables(db);
  await sql`create table bench_text (kind integer not null, k integer not null, text text not null, primary key (kind, k))`.execute(db);
  await sql`create table bench_map (kind integer not null, k integer not null, id bigint not null, primary key (kind, k))`.execute(db);
}

export async function dropHelperTables(db: AnyDb): Promise<void> {
  await sql`drop table if exists bench_text`.execute(db);
  await sql`drop table if exists bench_map`.execute(db);
}

/** Numbers the rows of `selectIds` (one id column) 0..n-1 under map kind `kind`. */
export async function mapIds(db: AnyDb, kind: number, selectIds: string): Promise<number> {
  await sql.raw(`delete from bench_map where kind = ${kind}`).execute(db);
  await sql.raw(`insert into bench_map (kind, k, id) select ${kind}, row_number() over (order by id) - 1, id from (${selectIds}) ids`).execute(db);
  const { rows } = await sql.raw<{ n: number }>(`select count(*) as n from bench_map where kind = ${kind}`).execute(db);
  return Number(rows[0]!.n);
}

/** A join to the map: alias.id is the `k`-th id of kind `kind`. */
export function joinMap(alias: string, kind: number | string, k: string): string {
  return `inner join bench_map ${alias} on ${alias}.kind = ${kind} and ${alias}.k = ${k}`;
}

export function joinText(alias: string, kind: number, hash: string): string {
  return `inner join bench_text ${alias} on ${alias}.kind = ${kind} and ${alias}.k = (${hash}) % ${POOL_SIZES[kind]}`;
}

export const MAP = { users: 0, Lead: 1, Customer: 2, Opportunity: 3, Contract: 4, Contact: 5 } as const;

export interface EntityPlan {
  organizationId: number;
  count: number;
  users: number;
  seed: number;
  now: number;
  options: { leadStatus: number[]; customerStatus: number[]; customerCategory: number[]; stages: number[]; contractStatus: number[] };
}

/** Entities of all five kinds, `count` of each, owned by the organization's users. */
export function entityInserts(ops: DialectOps, e: EntityPlan): { table: string; kind: number; statement: RawBuilder<unknown> }[] {
  const s = e.seed * 101;
  const common = (salt: number) => ({
    cols: 'organization_id, user_id, approve_status, revisit_logs_count, created_at, updated_at',
    vals: `${e.organizationId}, u.id, 'approved', 0, ${e.now} - (${mix('i', s + salt)} % 400) * ${DAY}, ${e.now} - (${mix('i', s + salt)} % 400) * ${DAY}`,
    joins: joinMap('u', MAP.users, `${mix('i', s + salt + 1)} % ${e.users}`),
  });
  const build = (table: string, kind: number, salt: number, cols: string, vals: string, joins = '') => {
    const c = common(salt);
    return {
      table,
      kind,
      statement: withSeries(ops, 1, e.count, (source) => `insert into ${table} (${c.cols}, ${cols}) select ${c.vals}, ${vals} from ${source} ${c.joins} ${joins}`),
    };
  };
  const o = e.options;
  return [
    build('customers', MAP.Customer, 1, 'name, status, category', `n.text, ${pick(mix('i', s + 3), o.customerStatus)}, ${pick(mix('i', s + 4), o.customerCategory)}`, joinText('n', TEXT_KINDS.company, mix('i', s + 2))),
    build('leads', MAP.Lead, 11, 'name, company_name, status', `n.text, c.text, ${pick(mix('i', s + 13), o.leadStatus)}`, `${joinText('n', TEXT_KINDS.person, mix('i', s + 12))} ${joinText('c', TEXT_KINDS.company, mix('i', s + 14))}`),
    build('opportunities', MAP.Opportunity, 21, 'customer_id, title, stage, expect_amount', `cu.id, p.text || '采购项目', ${pick(mix('i', s + 23), o.stages)}, (${mix('i', s + 24)} % 200 + 2) * 10000`, `${joinMap('cu', MAP.Customer, `${mix('i', s + 22)} % ${e.count}`)} ${joinText('p', TEXT_KINDS.product, mix('i', s + 25))}`),
    build('contracts', MAP.Contract, 31, 'customer_id, title, status, total_amount', `cu.id, p.text || '合同 HT' || (2026000 + i), ${pick(mix('i', s + 33), o.contractStatus)}, (${mix('i', s + 34)} % 100 + 1) * 10000`, `${joinMap('cu', MAP.Customer, `${mix('i', s + 32)} % ${e.count}`)} ${joinText('p', TEXT_KINDS.product, mix('i', s + 35))}`),
    build('contacts', MAP.Contact, 41, 'customer_id, name, phone', `cu.id, n.text, '139' || (10000000 + ${mix('i', s + 44)} % 89999999)`, `${joinMap('cu', MAP.Customer, `${mix('i', s + 42)} % ${e.count}`)} ${joinText('n', TEXT_KINDS.person, mix('i', s + 43))}`),
  ];
}

export interface FollowUpPlan {
  organizationId: number;
  users: number;
  entities: number;
  categories: number[];
  seed: number;
  now: number;
  /** Start of today in the organization's zone (epoch ms). */
  todayStart: number;
  days: number;
}

const TYPE_BY_BUCKET = `case when b < 40 then 2 when b < 60 then 1 when b < 75 then 3 when b < 85 then 4 else 5 end`;
const TYPE_NAME = `case t when 1 then 'Lead' when 2 then 'Customer' when 3 then 'Opportunity' when 4 then 'Contract' else 'Contact' end`;

/**
 * Follow-ups number `from`..`to` of the organization: real_revisit_at over `days` days with office-hour peaks,
 * 15% written 1–30 days later (back-dated), 2% drafts, 3% soft-deleted, 8% with a reminder, 30% with an address.
 */
export function followUpInsert(ops: DialectOps, f: FollowUpPlan, from: number, to: number): RawBuilder<unknown> {
  const s = f.seed * 103;
  const h = (salt: number) => mix('i', s + salt);
  const hour = `case when ${h(5)} % 10 < 8 then 9 + ${h(6)} % 9 else ${h(6)} % 24 end`;
  const raw = `${f.todayStart} - (${h(4)} % ${f.days}) * ${DAY} + (${hour}) * ${HOUR} + ${h(7)} % ${HOUR}`;
  // Today's share of a future hour folds back into the part of today already past.
  const real = `case when r0 > ${f.now} then ${f.now} - (r0 - ${f.now}) % (${f.now - f.todayStart + 1}) else r0 end`;
  const delay = `case when ${h(8)} % 100 < 15 then (1 + ${h(9)} % 30) * ${DAY} + ${h(10)} % ${DAY} else ${h(10)} % (2 * ${HOUR}) end`;
  const inner = `select i, ${TYPE_BY_BUCKET.replace(/\bb\b/g, `(${h(1)} % 100)`)} as t, ${raw} as r0, ${delay} as dl from bench_series`;
  const mid = `select i, t, ${real} as real_at, dl from (${inner}) g0`;
  const created = `case when real_at + dl > ${f.now} then ${f.now} else real_at + dl end`;
  const outer = `
    select ${f.organizationId}, u.id, ${TYPE_NAME}, e.id, c.text, ${pick(h(11), f.categories)}, real_at,
      case when ${h(12)} % 100 < 8 then real_at + (1 + ${h(13)} % 7) * ${DAY} else null end,
      case when ${h(14)} % 100 < 30 then 31.2 + (${h(15)} % 1000) / 10000.0 else null end,
      case when ${h(14)} % 100 < 30 then 121.4 + (${h(16)} % 1000) / 10000.0 else null end,
      case when ${h(14)} % 100 < 30 then a.text else null end,
      'create', null, case when ${h(17)} % 100 < 2 then 1 else 0 end, 0, ${created}, ${created},
      case when ${h(18)} % 100 < 3 then ${created} + 1 else null end
    from (${mid}) g
    ${joinMap('u', MAP.users, `${h(2)} % ${f.users}`)}
    ${joinMap('e', 't', `${h(3)} % ${f.entities}`)}
    ${joinText('c', TEXT_KINDS.content, h(19))}
    ${joinText('a', TEXT_KINDS.street, h(20))}`;
  const cols =
    'organization_id, user_id, loggable_type, loggable_id, content, category, real_revisit_at, remind_at, lat, lng, detail_address, activity_type, sales_activity_id, is_draft, comments_count, created_at, updated_at, deleted_at';
  return withSeries(ops, from, to, (source) => `insert into revisit_logs (${cols}) ${outer.replace('from bench_series', `from ${source}`)}`);
}

function withSeries(ops: DialectOps, from: number, to: number, body: (source: string) => string): RawBuilder<unknown> {
  const { prefix, source } = ops.series(from, to);
  return sql.raw(`${prefix} ${body(source)}`);
}

/**
 * Attachments, @users, linked contacts and comments of the follow-ups with ids lo..hi, keyed on their ids.
 * The chunk's few narrow columns are copied once into a temporary table: reading the wide rows (content)
 * once per child table cost more than writing the children.
 */
export function childInserts(f: { organizationId: number; users: number; entities: number; seed: number }, lo: number, hi: number): string[] {
  const s = f.seed * 107;
  const h = (salt: number) => mix('r.id', s + salt);
  const attachment = (n: number, share: number) => `
    insert into attachments (organization_id, uploader_id, attachmentable_type, attachmentable_id, sub_type, name, content_type, size, storage_key, note, created_at, updated_at)
    select r.organization_id, r.user_id, 'RevisitLog', r.id,
      case when ${h(n + 1)} % 10 < 7 then 'image' else 'file' end,
      case when ${h(n + 1)} % 10 < 7 then 'IMG_' || r.id || '_${n}.jpg' else '报价单_' || r.id || '_${n}.pdf' end,
      case when ${h(n + 1)} % 10 < 7 then 'image/jpeg' else 'application/pdf' end,
      10000 + ${h(n + 2)} % 3000000, 'bench/' || r.organization_id || '/' || r.id || '/${n}', '', r.created_at, r.created_at
    from bench_chunk r where ${h(1)} % 100 < ${share}`;
  return [
    'drop table if exists bench_chunk',
    `create temp table bench_chunk as select id, organization_id, user_id, created_at from revisit_logs where organization_id = ${f.organizationId} and id between ${lo} and ${hi}`,
    attachment(1, 35),
    attachment(2, 12),
    `insert into revisit_log_at_users (organization_id, revisit_log_id, user_id, created_at)
     select r.organization_id, r.id, u.id, r.created_at from bench_chunk r ${joinMap('u', MAP.users, `${h(11)} % ${f.users}`)}
     where ${h(10)} % 100 < 15`,
    `insert into revisit_log_contacts (organization_id, revisit_log_id, contact_id, created_at)
     select r.organization_id, r.id, c.id, r.created_at from bench_chunk r ${joinMap('c', MAP.Contact, `${h(21)} % ${f.entities}`)}
     where ${h(20)} % 100 < 20`,
    ...[1, 2].map(
      (n) => `insert into revisit_log_comments (organization_id, revisit_log_id, user_id, content, created_at, deleted_at)
     select r.organization_id, r.id, u.id, t.text, r.created_at + ${n} * ${HOUR}, null from bench_chunk r
     ${joinMap('u', MAP.users, `${h(31 + n)} % ${f.users}`)} ${joinText('t', TEXT_KINDS.comment, h(35 + n))}
     where ${h(30)} % 100 < ${n === 1 ? 10 : 4}`,
    ),
    // The two comment shares nest (4% ⊂ 10%), so the count follows from the same hash.
    `update revisit_logs set comments_count = case when ${mix('id', s + 30)} % 100 < 4 then 2 else 1 end
     where organization_id = ${f.organizationId} and id in (select r.id from bench_chunk r where ${h(30)} % 100 < 10)`,
    'drop table bench_chunk',
  ];
}

/** Each entity's latest visible follow-up time and count (what refreshLoggableRevisitStats keeps), set-based. */
export function entityStatsUpdate(organizationId: number, table: string, type: string): string {
  return `update ${table} set real_revisit_at = s.m, revisit_logs_count = s.n
    from (select loggable_id, max(real_revisit_at) as m, count(*) as n from revisit_logs
          where organization_id = ${organizationId} and loggable_type = '${type}' and deleted_at is null and is_draft = 0
          group by loggable_id) s
    where ${table}.organization_id = ${organizationId} and ${table}.id = s.loggable_id`;
}
