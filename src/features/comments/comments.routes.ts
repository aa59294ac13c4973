import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { createComment, deleteComment, listComments } from './comments.service.ts';

const strict = { additionalProperties: false } as const;
const CommentSchema = Type.Object(
  { id: Type.Integer(), content: Type.String(), user_id: Type.Integer(), user_name: Type.String(), created_at: Type.String() },
  strict,
);
const Params = Type.Object({ id: Type.String() });

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  return Array.isArray(header) ? header[0] : header;
}

export function commentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v2/revisit_logs/:id/comments',
    {
      schema: {
        tags: ['revisit_logs'],
        summary: '跟进评论 — comments of a follow-up, newest first',
        params: Params,
        response: {
          200: Envelope(
            Type.Object(
              { comments: Type.Array(CommentSchema), total_count: Type.Integer(), per_page: Type.Integer(), page: Type.Integer(), has_next_page: Type.Boolean() },
              strict,
            ),
          ),
        },
      },
    },
    (request) => listComments(ctx, ctxOf(request), (request.params as { id: string }).id, request.query as Record<string, unknown>).then(ok),
  );
  app.post(
    '/api/v2/revisit_logs/:id/comments',
    { schema: { tags: ['revisit_logs'], summary: '发表评论 — comment on a follow-up (content or comment[content])', params: Params, response: { 200: Envelope(CommentSchema) } } },
    (request) => createComment(ctx, ctxOf(request), (request.params as { id: string }).id, request.body, idempotencyKeyOf(request)).then(ok),
  );
  app.delete(
    '/api/v2/revisit_logs/:id/comments/:comment_id',
    {
      schema: {
        tags: ['revisit_logs'],
        summary: '删除评论 — its author or an administrator of scope all',
        params: Type.Object({ id: Type.String(), comment_id: Type.String() }),
        response: { 200: Envelope(Type.Object({ id: Type.Integer() }, strict)) },
      },
    },
    (request) => {
      const params = request.params as { id: string; comment_id: string };
      return deleteComment(ctx, ctxOf(request), params.id, params.comment_id).then(ok);
    },
  );
}
