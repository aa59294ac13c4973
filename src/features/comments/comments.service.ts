import type { AppContext } from '../../app-context.ts';
import { AppError, invalidParameter, notFound } from '../../domain/errors.ts';
import { hasNextPage, type Paging } from '../../domain/paging.ts';
import { characterCount, fieldOf, fieldsOf, textAsSent } from '../../domain/params.ts';
import { administersOrganization } from '../../domain/visibility.ts';
import type { RequestCtx } from '../../request-context.ts';
import { runIdempotent } from '../idempotency/idempotency.service.ts';
import { accessibleRevisitLog, parseRevisitLogId } from '../revisit-logs/revisit-log-access.ts';
import { recordRevisitLogChange } from '../changes/record-changes.ts';
import { insertComments, refreshCommentCounts } from '../revisit-logs/revisit-logs.write-repository.ts';
import { presentComment } from './comments.presenter.ts';
import type { CommentJson } from './comments.schemas.ts';
import { countComments, findComment, findCommentPage, softDeleteComment } from './comments.repository.ts';

export const MAX_COMMENT_LENGTH = 2_000;

export interface CommentPage {
  comments: CommentJson[];
  total_count: number;
  per_page: number;
  page: number;
  has_next_page: boolean;
}

/** `GET /revisit_logs/:id/comments`: whoever may read the follow-up (mentioned users too), newest first. */
export async function listComments(app: AppContext, ctx: RequestCtx, rawId: string, paging: Paging): Promise<CommentPage> {
  const { db } = app.database;
  const log = await accessibleRevisitLog(db, ctx, parseRevisitLogId(rawId), 'read');
  const [rows, total] = await Promise.all([
    findCommentPage(db, ctx.organization.id, log.id, { limit: paging.perPage, offset: (paging.page - 1) * paging.perPage }),
    countComments(db, ctx.organization.id, log.id),
  ]);
  return {
    comments: rows.map((c) => presentComment(c, ctx.organization.timeZone)),
    total_count: total,
    per_page: paging.perPage,
    page: paging.page,
    has_next_page: hasNextPage(paging, total),
  };
}

/** `content` or `comment[content]`, as sent (untrimmed); blank or too long is a 100406. */
export function parseCommentContent(body: unknown): string {
  const fields = fieldsOf(body);
  const content = textAsSent('content', fieldOf(fieldsOf(fieldOf(fields, 'comment')), 'content') ?? fieldOf(fields, 'content')) ?? '';
  if (!content.trim() || characterCount(content) > MAX_COMMENT_LENGTH) throw invalidParameter('content', `1 to ${MAX_COMMENT_LENGTH} characters`);
  return content;
}

/** `POST /revisit_logs/:id/comments` (`content` or `comment[content]`); comments_count moves in the same transaction. */
export async function createComment(
  app: AppContext,
  ctx: RequestCtx,
  rawId: string,
  input: { content: string; body: unknown },
  idempotencyKey: string | undefined,
): Promise<CommentJson> {
  const id = parseRevisitLogId(rawId);
  const { content, body } = input;
  const orgId = ctx.organization.id;
  return runIdempotent(app, ctx, { key: idempotencyKey, operation: `POST /api/v2/revisit_logs/${id}/comments`, body }, async (trx) => {
    await accessibleRevisitLog(trx, ctx, id, 'read');
    const [commentId] = await insertComments(trx, [{ organization_id: orgId, revisit_log_id: id, user_id: ctx.user.id, content, created_at: ctx.now, deleted_at: null }]);
    await refreshCommentCounts(trx, orgId, [id]);
    await recordRevisitLogChange(trx, { organizationId: orgId, revisitLogId: id, action: 'updated', at: ctx.now, commentId: commentId! });
    const row = await findComment(trx, orgId, id, commentId!);
    if (!row) throw new AppError('internal');
    return presentComment(row, ctx.organization.timeZone);
  });
}

/**
 * `DELETE /revisit_logs/:id/comments/:comment_id`: the comment's author, or an administrator whose scope is
 * the whole organization (like the admin routes: reading a follow-up is not moderating it).
 */
export async function deleteComment(app: AppContext, ctx: RequestCtx, rawId: string, rawCommentId: string): Promise<{ id: number }> {
  const id = parseRevisitLogId(rawId);
  const commentId = parseRevisitLogId(rawCommentId);
  const orgId = ctx.organization.id;
  return app.database.db.transaction().execute(async (trx) => {
    await accessibleRevisitLog(trx, ctx, id, 'read');
    const comment = await findComment(trx, orgId, id, commentId);
    if (!comment) throw notFound();
    if (comment.user_id !== ctx.user.id && !administersOrganization(ctx.user)) throw new AppError('forbidden');
    await softDeleteComment(trx, orgId, commentId, ctx.now);
    await refreshCommentCounts(trx, orgId, [id]);
    await recordRevisitLogChange(trx, { organizationId: orgId, revisitLogId: id, action: 'updated', at: ctx.now });
    return { id: commentId };
  });
}
