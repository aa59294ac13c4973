import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FieldKey } from '../../domain/default-options.ts';
import { LOGGABLE_TABLES, type LoggableType } from '../../domain/loggable.ts';
import type { Reader, VisibleAuthors } from '../../domain/visibility.ts';
import { authorIsVisible } from '../shared/visible-authors.sql.ts';
import { revisitLogRowIsReadable, revisitLogRowIsWritable } from '../shared/visible-records.sql.ts';
import type { RevisitLogRow } from './revisit-logs.repository.ts';

// Look-ups that validate what a write names: every one filters on the organization, so another tenant's id
// looks exactly like a missing one.

export interface LoggableRef {
  id: number;
  user_id: number;
  /** The customer the entity belongs to (itself for a customer); null for a lead. */
  customer_id: number | null;
}

/** A live entity, optionally only when its owner is inside the caller's data scope. */
export async function findLoggable(
  db: Db,
  organizationId: number,
  type: LoggableType,
  id: number,
  visible?: VisibleAuthors,
): Promise<LoggableRef | undefined> {
  const table = LOGGABLE_TABLES[type];
  const customer = type === 'Customer' ? sql`id` : type === 'Lead' ? sql`null` : sql`customer_id`;
  const scope = visible ? authorIsVisible(sql.ref(`${table}.user_id`), organizationId, visible) : sql`1 = 1`;
  const { rows } = await sql<LoggableRef>`select id, user_id, ${customer} as customer_id from ${sql.table(table)}
    where organization_id = ${organizationId} and id = ${id} and deleted_at is null and ${scope}`.execute(db);
  const row = rows[0];
  return row && { id: Number(row.id), user_id: Number(row.user_id), customer_id: row.customer_id === null ? null : Number(row.customer_id) };
}

/** An enabled option of one field, or undefined. */
export async function findEnabledOption(db: Db, organizationId: number, fieldKey: FieldKey, id: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('field_options')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('field_key', '=', fieldKey)
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  return row?.id;
}

/** The first enabled option of a field by position: the default follow-up category. */
export async function findFirstEnabledOption(db: Db, organizationId: number, fieldKey: FieldKey): Promise<number | undefined> {
  const row = await db
    .selectFrom('field_options')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('field_key', '=', fieldKey)
    .where('enabled', '=', 1)
    .orderBy('position')
    .orderBy('id')
    .executeTakeFirst();
  return row?.id;
}

/** Which of these ids are active users of the organization. */
export async function findActiveUserIds(db: Db, organizationId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .where('disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Those of `ids` that are live contacts the reader may see (as `GET /contacts/:id` decides), or that are
 * already linked to the follow-up being updated (an editor keeps the links they cannot see themselves).
 */
export async function findContacts(
  db: Db,
  reader: Reader,
  ids: number[],
  linkedTo?: number,
): Promise<{ id: number; customer_id: number }[]> {
  if (ids.length === 0) return [];
  const org = reader.organizationId;
  const visible = authorIsVisible(sql.ref<number>('contacts.user_id'), org, reader.visible);
  const linked =
    linkedTo === undefined
      ? sql<SqlBool>`1 = 0`
      : sql<SqlBool>`contacts.id in (select l.contact_id from revisit_log_contacts l where l.organization_id = ${org} and l.revisit_log_id = ${linkedTo})`;
  return db
    .selectFrom('contacts')
    .select(['id', 'customer_id'])
    .where('organization_id', '=', org)
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .where(sql<SqlBool>`(${visible} or ${linked})`)
    .execute();
}

/**
 * Those of `ids` a write may put on a follow-up: the writer's own uploads no follow-up has claimed, or
 * attachments the follow-up being updated already has (whoever uploaded them).
 */
export async function findUsableAttachmentIds(db: Db, organizationId: number, uploaderId: number, ids: number[], current?: number): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('attachments')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .where((eb) => {
      const fresh = eb.and([eb('attachmentable_id', 'is', null), eb('uploader_id', '=', uploaderId)]);
      if (current === undefined) return fresh;
      return eb.or([fresh, eb.and([eb('attachmentable_type', '=', 'RevisitLog'), eb('attachmentable_id', '=', current)])]);
    })
    .execute();
  return rows.map((r) => r.id);
}

/**
 * A follow-up the reader may read, with whether they may also change it (a mention grants reading only);
 * undefined when missing, deleted, another tenant's, a stranger's draft or outside their scope alike.
 */
export async function findRevisitLogAccess(db: Db, reader: Reader, id: number): Promise<{ row: RevisitLogRow; writable: boolean } | undefined> {
  const found = await db
    .selectFrom('revisit_logs as r')
    .selectAll('r')
    .select(sql<number>`case when ${revisitLogRowIsWritable('r', reader)} then 1 else 0 end`.as('writable'))
    .where('r.organization_id', '=', reader.organizationId)
    .where('r.id', '=', id)
    .where(revisitLogRowIsReadable('r', reader))
    .executeTakeFirst();
  if (!found) return undefined;
  const { writable, ...row } = found;
  return { row, writable: Number(writable) === 1 };
}

/** Re-reads one follow-up row (after a write, to present it). */
export async function findRevisitLogRow(db: Db, organizationId: number, id: number): Promise<RevisitLogRow | undefined> {
  return db.selectFrom('revisit_logs').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}
