import { Type, type Static } from '@sinclair/typebox';

/**
 * A comment on a follow-up: the one definition of this wire shape, used by `GET/POST …/comments` and by the
 * latest comments a follow-up item carries inline (revisit-logs.schemas.ts composes it).
 */
export const CommentSchema = Type.Object(
  {
    id: Type.Integer(),
    content: Type.String(),
    user_id: Type.Integer(),
    user_name: Type.String(),
    created_at: Type.String({ description: 'YYYY-MM-DD HH:mm in the organization time zone' }),
  },
  { additionalProperties: false },
);

export type CommentJson = Static<typeof CommentSchema>;
