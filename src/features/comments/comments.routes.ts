import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { parsePaging } from '../../domain/paging.ts';
import { ctxOf, idempotencyKeyOf } from '../../http/request-meta.ts';
import { Envelope, IdOnly, QueryValue } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { CommentSchema } from './comments.schemas.ts';
import { createComment, deleteComment, listComments, parseCommentContent } from './comments.service.ts';

const strict = { additionalProperties: false } as const;
const Params = Type.Object({ id: Type.String() });

const PageQuery = Type.Object({ page: Type.Optional(QueryValue), per_page: Type.Optional(QueryValue) }, { additionalProperties: true });
const Body = Type.Object({}, { additionalProperties: true, description: 'content or comment[content]' });

export function commentRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get(
    '/api/v2/revisit_logs/:id/comments',
    {
      schema: {
        tags: ['revisit_logs'],
        summary: '跟进评论 — comments of a follow-up, newest first',
        params: Params,
        querystring: PageQuery,
        response: {
          200: Envelope(
            Type.Object(
              { comments: Type.Array(CommentSchema), total_count: Type.Integer(), per_page: Type.Integer(), page: Type.Integer(), has_next_page: Type.Boolean() },
              strict,
            ),
          ),
          ...errorsOf(TOKEN_ERRORS, 100100),
        },
      },
    },
    (request) => listComments(ctx, ctxOf(request), request.params.id, parsePaging(request.query)).then(ok),
  );
  app.post(
    '/api/v2/revisit_logs/:id/comments',
    { schema: { tags: ['revisit_logs'], summary: '发表评论 — comment on a follow-up (content or comment[content])', params: Params, body: Body, response: { 200: Envelope(CommentSchema), ...errorsOf(TOKEN_ERRORS, 100100, 100409) } } },
    (request) =>
      createComment(ctx, ctxOf(request), request.params.id, { content: parseCommentContent(request.body), body: request.body }, idempotencyKeyOf(request)).then(ok),
  );
  app.delete(
    '/api/v2/revisit_logs/:id/comments/:comment_id',
    {
      schema: {
        tags: ['revisit_logs'],
        summary: '删除评论 — its author or an administrator of scope all',
        params: Type.Object({ id: Type.String(), comment_id: Type.String() }),
        response: { 200: Envelope(IdOnly), ...errorsOf(TOKEN_ERRORS, 100100, 100403) },
      },
    },
    (request) => deleteComment(ctx, ctxOf(request), request.params.id, request.params.comment_id).then(ok),
  );
}
