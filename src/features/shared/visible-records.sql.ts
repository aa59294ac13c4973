import { sql, type Expression, type SqlBool } from 'kysely';
import type { Reader } from '../../domain/visibility.ts';
import { authorIsVisible } from './visible-authors.sql.ts';

// The follow-up read rule of `domain/visibility.ts` (`Reader`) in SQL, the one place it is written: the
// follow-up routes, its comments, its attachments and the links a write names all ask the database this.

/** The follow-up row under `alias` is the reader's own, or a published one whose author their scope covers. */
function coveredBy(alias: string, reader: Reader): Expression<SqlBool> {
  const author = sql.ref<number>(`${alias}.user_id`);
  return sql<SqlBool>`(${author} = ${reader.userId} or (${sql.ref(`${alias}.is_draft`)} = 0 and ${authorIsVisible(author, reader.organizationId, reader.visible)}))`;
}

/** May change (and read) the live follow-up under `alias`. */
export function revisitLogRowIsWritable(alias: string, reader: Reader): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.deleted_at`)} is null and ${coveredBy(alias, reader)})`;
}

/** May read the live follow-up under `alias`: as for writing, or mentioned on a published one. */
export function revisitLogRowIsReadable(alias: string, reader: Reader): Expression<SqlBool> {
  const org = reader.organizationId;
  const mentioned = sql<SqlBool>`exists (select 1 from revisit_log_at_users vm where vm.organization_id = ${org} and vm.revisit_log_id = ${sql.ref(`${alias}.id`)} and vm.user_id = ${reader.userId})`;
  return sql<SqlBool>`(${sql.ref(`${alias}.deleted_at`)} is null and (${coveredBy(alias, reader)} or (${sql.ref(`${alias}.is_draft`)} = 0 and ${mentioned})))`;
}

/** The follow-up with this id (a column, e.g. an attachment's attachmentable_id) is one the reader may read. */
export function revisitLogIsReadable(logId: Expression<number | null>, reader: Reader): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from revisit_logs vr where vr.id = ${logId} and vr.organization_id = ${reader.organizationId} and ${revisitLogRowIsReadable('vr', reader)})`;
}

/**
 * The live check-in under `alias` is the reader's own or its author is inside their data scope (a check-in
 * has no drafts and no mentions).
 */
export function checkinRowIsReadable(alias: string, reader: Reader): Expression<SqlBool> {
  const author = sql.ref<number>(`${alias}.user_id`);
  return sql<SqlBool>`(${sql.ref(`${alias}.deleted_at`)} is null and (${author} = ${reader.userId} or ${authorIsVisible(author, reader.organizationId, reader.visible)}))`;
}

/**
 * An attachment (columns of the `attachments` row under `alias`) the reader may open: one of a follow-up
 * or check-in they may read, or their own upload that nothing has claimed.
 */
export function attachmentIsReadable(alias: string, reader: Reader): Expression<SqlBool> {
  const col = (name: string) => sql.ref<number | null>(`${alias}.${name}`);
  return sql<SqlBool>`((${col('attachmentable_id')} is null and ${col('uploader_id')} = ${reader.userId})
    or (${col('attachmentable_type')} = 'RevisitLog' and ${revisitLogIsReadable(col('attachmentable_id'), reader)})
    or (${col('attachmentable_type')} = 'Checkin' and exists (select 1 from checkins vc where vc.id = ${col('attachmentable_id')} and vc.organization_id = ${reader.organizationId} and ${checkinRowIsReadable('vc', reader)})))`;
}
