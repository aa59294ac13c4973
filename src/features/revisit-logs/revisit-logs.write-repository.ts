import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  AttachmentsTable,
  RevisitLogAtUsersTable,
  RevisitLogCommentsTable,
  RevisitLogContactsTable,
  RevisitLogsTable,
} from '../../db/schema/index.ts';
import { LOGGABLE_TABLES, type LoggableType } from '../../domain/loggable.ts';

const BATCH = 200;

async function insertBatched<T extends 'revisit_logs' | 'revisit_log_at_users' | 'revisit_log_contacts' | 'revisit_log_comments' | 'attachments'>(
  db: Db,
  table: T,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers pass the table's own Insertable
  rows: any[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = await db.insertInto(table).values(rows.slice(i, i + BATCH)).returning('id').execute();
    ids.push(...inserted.map((r) => Number(r.id)));
  }
  return ids;
}

export function insertRevisitLogs(db: Db, rows: Insertable<RevisitLogsTable>[]): Promise<number[]> {
  return insertBatched(db, 'revisit_logs', rows);
}
export function insertAtUsers(db: Db, rows: Insertable<RevisitLogAtUsersTable>[]): Promise<number[]> {
  return insertBatched(db, 'revisit_log_at_users', rows);
}
export function insertRevisitLogContacts(db: Db, rows: Insertable<RevisitLogContactsTable>[]): Promise<number[]> {
  return insertBatched(db, 'revisit_log_contacts', rows);
}
export function insertComments(db: Db, rows: Insertable<RevisitLogCommentsTable>[]): Promise<number[]> {
  return insertBatched(db, 'revisit_log_comments', rows);
}
export function insertAttachments(db: Db, rows: Insertable<AttachmentsTable>[]): Promise<number[]> {
  return insertBatched(db, 'attachments', rows);
}

/**
 * Recomputes, for the given entities (all of a type when `ids` is omitted), the time of the latest visible
 * follow-up and their follow-up count; clients read `real_revisit_at` as "last follow-up time".
 */
export async function refreshLoggableRevisitStats(db: Db, organizationId: number, type: LoggableType, ids?: readonly number[]): Promise<void> {
  const table = LOGGABLE_TABLES[type];
  let query = db
    .updateTable(table)
    .set({
      real_revisit_at: sql<number | null>`(select max(r.real_revisit_at) from revisit_logs r where r.organization_id = ${organizationId} and r.loggable_type = ${type} and r.loggable_id = ${sql.ref(`${table}.id`)} and r.deleted_at is null and r.is_draft = 0)`,
      revisit_logs_count: sql<number>`(select count(*) from revisit_logs r where r.organization_id = ${organizationId} and r.loggable_type = ${type} and r.loggable_id = ${sql.ref(`${table}.id`)} and r.deleted_at is null and r.is_draft = 0)`,
    })
    .where('organization_id', '=', organizationId);
  if (ids) {
    if (ids.length === 0) return;
    query = query.where('id', 'in', [...ids]);
    // Row locks first, in a statement of their own: on PostgreSQL (read committed) the recount then runs
    // with a snapshot taken after any concurrent write to the same entity committed, instead of overwriting
    // it with a count that misses that write.
    await db.updateTable(table).set({ id: sql<number>`id` }).where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
  }
  await query.execute();
}

/** Recomputes comments_count for follow-ups (all of the organization's when `ids` is omitted). */
export async function refreshCommentCounts(db: Db, organizationId: number, ids?: readonly number[]): Promise<void> {
  let query = db
    .updateTable('revisit_logs')
    .set({
      comments_count: sql<number>`(select count(*) from revisit_log_comments c where c.revisit_log_id = revisit_logs.id and c.deleted_at is null)`,
    })
    .where('organization_id', '=', organizationId);
  if (ids) {
    if (ids.length === 0) return;
    query = query.where('id', 'in', [...ids]);
    // Locks first, as in refreshLoggableRevisitStats: concurrent comments must not lose each other's count.
    await db.updateTable('revisit_logs').set({ id: sql<number>`id` }).where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
  }
  await query.execute();
}

export type RevisitLogPatch = Partial<
  Pick<
    Insertable<RevisitLogsTable>,
    'loggable_type' | 'loggable_id' | 'content' | 'category' | 'real_revisit_at' | 'remind_at' | 'lat' | 'lng' | 'detail_address' | 'is_draft' | 'updated_at' | 'deleted_at'
  >
>;

export async function updateRevisitLog(db: Db, organizationId: number, id: number, patch: RevisitLogPatch): Promise<void> {
  await db.updateTable('revisit_logs').set(patch).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}

/**
 * Attaches previously unattached uploads of `uploaderId`; returns how many were claimed. The
 * `attachmentable_id is null` guard makes two concurrent writes unable to take the same upload, and the
 * uploader guard keeps anyone from claiming another member's upload.
 */
export async function attachUploads(
  db: Db,
  organizationId: number,
  uploaderId: number,
  revisitLogId: number,
  ids: number[],
  subType: 'image' | 'file' | 'audio',
  now: number,
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('attachments')
    .set({ attachmentable_type: 'RevisitLog', attachmentable_id: revisitLogId, sub_type: subType, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .where('attachmentable_id', 'is', null)
    .where('uploader_id', '=', uploaderId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** An update of those of `ids` that are attachments of this follow-up (never anyone else's). */
function updateOwnAttachments(db: Db, organizationId: number, revisitLogId: number, ids: number[]) {
  return db
    .updateTable('attachments')
    .where('organization_id', '=', organizationId)
    .where('attachmentable_type', '=', 'RevisitLog')
    .where('attachmentable_id', '=', revisitLogId)
    .where('id', 'in', ids);
}

/** Changes how a follow-up's own attachments are shown (image, file or audio). */
export async function setAttachmentSubType(
  db: Db,
  organizationId: number,
  revisitLogId: number,
  ids: number[],
  subType: 'image' | 'file' | 'audio',
  now: number,
): Promise<void> {
  if (ids.length === 0) return;
  await updateOwnAttachments(db, organizationId, revisitLogId, ids).set({ sub_type: subType, updated_at: now }).execute();
}

/** Detaches a follow-up's attachments: they become unattached uploads again (the bytes stay). */
export async function detachAttachments(db: Db, organizationId: number, revisitLogId: number, ids: number[], now: number): Promise<void> {
  if (ids.length === 0) return;
  await updateOwnAttachments(db, organizationId, revisitLogId, ids)
    .set({ attachmentable_type: null, attachmentable_id: null, updated_at: now })
    .execute();
}

export async function replaceAtUsers(db: Db, organizationId: number, revisitLogId: number, userIds: number[], now: number): Promise<void> {
  await db.deleteFrom('revisit_log_at_users').where('organization_id', '=', organizationId).where('revisit_log_id', '=', revisitLogId).execute();
  await insertAtUsers(db, userIds.map((user_id) => ({ organization_id: organizationId, revisit_log_id: revisitLogId, user_id, created_at: now })));
}

export async function replaceContacts(db: Db, organizationId: number, revisitLogId: number, contactIds: number[], now: number): Promise<void> {
  await db.deleteFrom('revisit_log_contacts').where('organization_id', '=', organizationId).where('revisit_log_id', '=', revisitLogId).execute();
  await insertRevisitLogContacts(
    db,
    contactIds.map((contact_id) => ({ organization_id: organizationId, revisit_log_id: revisitLogId, contact_id, created_at: now })),
  );
}

/** Sets an entity's status (stage for opportunities) option. */
export async function updateLoggableOption(db: Db, organizationId: number, type: LoggableType, id: number, optionId: number, now: number): Promise<void> {
  const table = LOGGABLE_TABLES[type];
  const column = type === 'Opportunity' ? 'stage' : 'status';
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${optionId}, updated_at = ${now}
    where organization_id = ${organizationId} and id = ${id}`.execute(db);
}
