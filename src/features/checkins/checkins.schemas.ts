import { Type, type Static } from '@sinclair/typebox';
import { Envelope, QueryValue } from '../../http/schemas.ts';
import { AttachmentSchema } from '../attachments/attachments.schemas.ts';
import { RevisitLogUserSchema } from '../revisit-logs/revisit-logs.schemas.ts';

const strict = { additionalProperties: false } as const;
const LoggableTypeName = Type.Union(['Lead', 'Customer', 'Opportunity', 'Contract', 'Contact'].map((t) => Type.Literal(t)));

/** One check-in (签到). Without an entity `loggable_type`, `loggable_id`, `loggable` and `revisit_log_id` are null. */
export const CheckinSchema = Type.Object(
  {
    id: Type.Integer(),
    user_id: Type.Integer(),
    user: RevisitLogUserSchema,
    lat: Type.Number(),
    lng: Type.Number(),
    address: Type.String(),
    note: Type.String(),
    loggable_type: Type.Union([LoggableTypeName, Type.Null()]),
    loggable_id: Type.Union([Type.Integer(), Type.Null()]),
    loggable: Type.Union([
      Type.Object({ id: Type.Integer(), name: Type.String(), title: Type.String(), approve_status: Type.String() }, strict),
      Type.Null(),
    ]),
    revisit_log_id: Type.Union([Type.Integer({ description: 'the follow-up of category 签到 written with it' }), Type.Null()]),
    image_attachments: Type.Array(AttachmentSchema),
    created_at: Type.String({ description: 'YYYY-MM-DD HH:mm in the organization time zone' }),
  },
  strict,
);

export type CheckinJson = Static<typeof CheckinSchema>;

export const CheckinResponse = Envelope(CheckinSchema);

export const CheckinListResponse = Envelope(
  Type.Object(
    {
      checkins: Type.Array(CheckinSchema),
      total_count: Type.Integer(),
      has_next_page: Type.Boolean(),
      per_page: Type.Integer(),
      page: Type.Integer(),
    },
    strict,
  ),
);

/** Every value arrives as a string (or an array for `key[]=`); checkin-input.ts validates (100406). */
export const CheckinListQuerySchema = Type.Object(
  {
    page: Type.Optional(QueryValue),
    per_page: Type.Optional(QueryValue),
    date: Type.Optional(QueryValue),
    start_date: Type.Optional(QueryValue),
    end_date: Type.Optional(QueryValue),
    user_id: Type.Optional(QueryValue),
    department_id: Type.Optional(QueryValue),
    include_sub_departments: Type.Optional(QueryValue),
  },
  { additionalProperties: true },
);

export type CheckinListParams = Static<typeof CheckinListQuerySchema>;

/** `checkin[...]` fields (form, multipart or JSON) plus top-level `attachment_ids[]`; checkin-input.ts checks each. */
export const CheckinWriteBody = Type.Unknown({
  description: 'checkin[lat], checkin[lng], checkin[address], checkin[note], checkin[loggable_type], checkin[loggable_id], attachment_ids[]',
});
