import { sql, type Expression, type SqlBool } from 'kysely';
import type { Reader } from '../../domain/visibility.ts';
import { authorIsVisible } from './visible-authors.sql.ts';

/**
 * The follow-up read rule of `domain/visibility.ts` (`Reader`) as one SQL condition on a follow-up id
 * column, so every place that serves something of a follow-up (its attachments, its links) asks the
 * database the same question the follow-up routes ask.
 */
export function revisitLogIsReadable(logId: Expression<number | null>, reader: Reader): Expression<SqlBool> {
  const org = reader.organizationId;
  const viewer = reader.userId;
  return sql<SqlBool>`exists (select 1 from revisit_logs vr where vr.id = ${logId} and vr.organization_id = ${org}
    and vr.deleted_at is null
    and (vr.user_id = ${viewer} or (vr.is_draft = 0 and (${authorIsVisible(sql.ref<number>('vr.user_id'), org, reader.visible)}
      or exists (select 1 from revisit_log_at_users vm where vm.organization_id = ${org} and vm.revisit_log_id = vr.id and vm.user_id = ${viewer})))))`;
}

/**
 * An attachment (columns of the `attachments` row under `alias`) the reader may open: one of a follow-up
 * they may read, or their own upload that no follow-up has claimed.
 */
export function attachmentIsReadable(alias: string, reader: Reader): Expression<SqlBool> {
  const col = (name: string) => sql.ref<number | null>(`${alias}.${name}`);
  return sql<SqlBool>`((${col('attachmentable_id')} is null and ${col('uploader_id')} = ${reader.userId})
    or (${col('attachmentable_type')} = 'RevisitLog' and ${revisitLogIsReadable(col('attachmentable_id'), reader)}))`;
}
