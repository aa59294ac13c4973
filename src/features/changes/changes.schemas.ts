import { Type } from '@sinclair/typebox';
import { Envelope, QueryValue } from '../../http/schemas.ts';
import { RevisitLogItemSchema } from '../revisit-logs/revisit-logs.schemas.ts';

const strict = { additionalProperties: false } as const;

export const ChangeFeedQuerySchema = Type.Object(
  { cursor: Type.Optional(QueryValue), per_page: Type.Optional(QueryValue) },
  { additionalProperties: true },
);

export const ChangeSchema = Type.Object(
  {
    change_id: Type.Integer(),
    action: Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('deleted')]),
    id: Type.Integer({ description: 'the follow-up id' }),
    changed_at: Type.String({ description: 'YYYY-MM-DD HH:mm:ss in the organization time zone' }),
    revisit_log: Type.Union([RevisitLogItemSchema, Type.Null()]),
  },
  strict,
);

export const ChangeFeedResponse = Envelope(
  Type.Object(
    { changes: Type.Array(ChangeSchema), next_cursor: Type.String(), has_more: Type.Boolean() },
    strict,
  ),
);
