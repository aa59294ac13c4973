import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { canSeeAuthor } from '../../domain/visibility.ts';
import type { RequestCtx } from '../../request-context.ts';
import { findRevisitLogWithAuthor, isMentioned } from './revisit-log-refs.repository.ts';
import type { RevisitLogRow } from './revisit-logs.repository.ts';

/** `/revisit_logs/:id` ids arrive as text; anything but a positive integer is simply not found. */
export function parseRevisitLogId(raw: string): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw notFound();
  return Number(raw);
}

/**
 * One follow-up the caller may read (`read`: author, inside the data scope, or mentioned on it) or change
 * (`write`: author or inside the data scope). Missing, another tenant's, a stranger's draft and invisible
 * all answer 100100 alike; visible-but-not-writable (a mention) answers 100403.
 */
export async function accessibleRevisitLog(db: Db, ctx: RequestCtx, id: number, need: 'read' | 'write'): Promise<RevisitLogRow> {
  const found = await findRevisitLogWithAuthor(db, ctx.organization.id, id);
  if (!found) throw notFound();
  const { row, author } = found;
  const isAuthor = row.user_id === ctx.user.id;
  // Drafts are private to their author, as in the list.
  if (row.is_draft === 1 && !isAuthor) throw notFound();
  const covers = isAuthor || canSeeAuthor(ctx.visible, { userId: row.user_id, ...author });
  if (covers) return row;
  if (!(await isMentioned(db, ctx.organization.id, id, ctx.user.id))) throw notFound();
  if (need === 'write') throw new AppError('forbidden');
  return row;
}
