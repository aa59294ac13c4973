import type { Db } from '../../db/database.ts';
import type { CommentRow } from '../revisit-logs/revisit-logs.related.repository.ts';

/** A follow-up's live comments with their authors' names, in the comment wire shape. */
function liveComments(db: Db, organizationId: number, revisitLogId: number) {
  return db
    .selectFrom('revisit_log_comments as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.user_id').onRef('u.organization_id', '=', 'c.organization_id'))
    .select(['c.id', 'c.revisit_log_id', 'c.user_id', 'u.name as user_name', 'c.content', 'c.created_at'])
    .where('c.organization_id', '=', organizationId)
    .where('c.revisit_log_id', '=', revisitLogId)
    .where('c.deleted_at', 'is', null);
}

/** Newest first (the order the item's inline comments use). */
export async function findCommentPage(db: Db, organizationId: number, revisitLogId: number, page: { limit: number; offset: number }): Promise<CommentRow[]> {
  return liveComments(db, organizationId, revisitLogId)
    .orderBy('c.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countComments(db: Db, organizationId: number, revisitLogId: number): Promise<number> {
  const row = await db
    .selectFrom('revisit_log_comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('revisit_log_id', '=', revisitLogId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findComment(db: Db, organizationId: number, revisitLogId: number, id: number): Promise<CommentRow | undefined> {
  return liveComments(db, organizationId, revisitLogId).where('c.id', '=', id).executeTakeFirst();
}

export async function softDeleteComment(db: Db, organizationId: number, id: number, now: number): Promise<void> {
  await db.updateTable('revisit_log_comments').set({ deleted_at: now }).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}
