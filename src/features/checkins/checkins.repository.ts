import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DialectOps } from '../../db/dialect/types.ts';
import type { CheckinsTable, Database } from '../../db/schema/index.ts';
import type { FieldKey } from '../../domain/default-options.ts';
import type { InstantRange } from '../../domain/periods.ts';
import type { Reader } from '../../domain/visibility.ts';
import type { AttachmentRow } from '../attachments/attachment.presenter.ts';
import { usersInSubtree } from '../shared/visible-authors.sql.ts';
import { checkinRowIsReadable } from '../shared/visible-records.sql.ts';

export type CheckinRow = Selectable<CheckinsTable>;

export interface CheckinCriteria {
  period: InstantRange;
  userIds?: number[] | undefined;
  /** Materialized paths of the departments asked for; with `subtree` each covers everything below it. */
  departments?: { ids: number[]; paths: string[]; subtree: boolean } | undefined;
}

type Eb = ExpressionBuilder<Database, 'checkins'>;

/** The list's conditions, always inside the reader's data scope (the one rule, visible-records.sql.ts). */
function whereOf(eb: Eb, reader: Reader, c: CheckinCriteria): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('checkins.organization_id', '=', reader.organizationId), checkinRowIsReadable('checkins', reader)];
  if (c.period.from !== undefined) conditions.push(eb('checkins.created_at', '>=', c.period.from));
  if (c.period.until !== undefined) conditions.push(eb('checkins.created_at', '<', c.period.until));
  if (c.userIds) conditions.push(eb('checkins.user_id', 'in', c.userIds));
  if (c.departments) {
    const author = eb.ref('checkins.user_id');
    const { ids, paths, subtree } = c.departments;
    if (ids.length === 0) conditions.push(sql<SqlBool>`1 = 0`);
    else if (subtree) conditions.push(eb.or(paths.map((p) => usersInSubtree(author, reader.organizationId, p))));
    else conditions.push(sql<SqlBool>`${author} in (select u.id from users u where u.organization_id = ${reader.organizationId} and u.department_id in (${sql.join(ids)}))`);
  }
  return eb.and(conditions);
}

/** One page, newest first by (created_at, id): a stable order across pages; the offset walks index columns only. */
export async function findCheckinPage(db: Db, reader: Reader, criteria: CheckinCriteria, page: { limit: number; offset: number }): Promise<CheckinRow[]> {
  const pageIds = db
    .selectFrom('checkins')
    .select('checkins.id')
    .where((eb) => whereOf(eb, reader, criteria))
    .orderBy('checkins.created_at', 'desc')
    .orderBy('checkins.id', 'desc')
    .limit(page.limit)
    .offset(page.offset);
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('organization_id', '=', reader.organizationId)
    .where('id', 'in', pageIds)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function countCheckins(db: Db, reader: Reader, criteria: CheckinCriteria): Promise<number> {
  const row = await db
    .selectFrom('checkins')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => whereOf(eb, reader, criteria))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A check-in the reader may see; undefined when missing, deleted, another tenant's or outside the scope alike. */
export async function findReadableCheckin(db: Db, reader: Reader, id: number): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('organization_id', '=', reader.organizationId)
    .where('id', '=', id)
    .where(checkinRowIsReadable('checkins', reader))
    .executeTakeFirst();
}

export async function findCheckinRow(db: Db, organizationId: number, id: number): Promise<CheckinRow | undefined> {
  return db.selectFrom('checkins').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertCheckin(db: Db, row: Insertable<CheckinsTable>): Promise<number> {
  const inserted = await db.insertInto('checkins').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Claims the uploader's own unattached uploads for a check-in; returns how many it took (a race may take fewer). */
export async function attachUploadsToCheckin(db: Db, organizationId: number, uploaderId: number, checkinId: number, ids: number[], now: number): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('attachments')
    .set({ attachmentable_type: 'Checkin', attachmentable_id: checkinId, sub_type: 'image', updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .where('attachmentable_id', 'is', null)
    .where('uploader_id', '=', uploaderId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The photos of a page of check-ins in one query: a check-in's own, or (with an entity) those of its live
 * follow-up, which holds them so they show in the entity's timeline too.
 */
export async function loadCheckinAttachments(db: Db, organizationId: number, rows: readonly CheckinRow[]): Promise<AttachmentRow[]> {
  if (rows.length === 0) return [];
  const checkinIds = rows.map((r) => r.id);
  const logIds = rows.flatMap((r) => (r.revisit_log_id !== null ? [r.revisit_log_id] : []));
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) => {
      const own = eb.and([eb('attachmentable_type', '=', 'Checkin'), eb('attachmentable_id', 'in', checkinIds)]);
      if (logIds.length === 0) return own;
      const live = eb
        .selectFrom('revisit_logs')
        .select('revisit_logs.id')
        .where('revisit_logs.organization_id', '=', organizationId)
        .where('revisit_logs.id', 'in', logIds)
        .where('revisit_logs.deleted_at', 'is', null);
      return eb.or([own, eb.and([eb('attachmentable_type', '=', 'RevisitLog'), eb('attachmentable_id', 'in', live)])]);
    })
    .orderBy('id')
    .execute();
}

/** The first option of a field with this name (enabled or not), or undefined. */
export async function findOptionNamed(db: Db, organizationId: number, fieldKey: FieldKey, name: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('field_options')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('field_key', '=', fieldKey)
    .where('name', '=', name)
    .orderBy('id')
    .executeTakeFirst();
  return row?.id;
}

/** Locks a field's options until the transaction ends, so two writers cannot both add the same option. */
export async function lockFieldOptions(db: Db, ops: DialectOps, organizationId: number, fieldKey: FieldKey): Promise<void> {
  await ops.forUpdate(db.selectFrom('field_options').select('id').where('organization_id', '=', organizationId).where('field_key', '=', fieldKey)).execute();
}
