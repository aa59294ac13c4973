import { Type, type Static } from '@sinclair/typebox';
import { Envelope, QueryValue } from '../../http/schemas.ts';
import { AttachmentSchema } from '../attachments/attachments.schemas.ts';
import { CommentSchema } from '../comments/comments.schemas.ts';
import { KEY_PATTERN } from '../custom-fields/custom-field-types.ts';

const strict = { additionalProperties: false } as const;
const CUSTOM_KEY_SOURCE = KEY_PATTERN.source;
const DateTimeText = Type.String({ description: 'YYYY-MM-DD HH:mm in the organization time zone' });

export const RevisitLogUserSchema = Type.Object(
  {
    id: Type.Integer(),
    email: Type.String(),
    created_at: DateTimeText,
    name: Type.String(),
    organization_id: Type.Integer(),
    phone: Type.String(),
    role_id: Type.Integer(),
    workflow_state: Type.String(),
    job: Type.String(),
    tel: Type.String(),
    avatar_url: Type.String(),
    department_name: Type.String(),
    third_userid: Type.Union([Type.String(), Type.Null()]),
    third_dept_id: Type.Union([Type.String(), Type.Null()]),
    uid: Type.Integer(),
  },
  strict,
);

export const RevisitLogItemSchema = Type.Object(
  {
    id: Type.Integer(),
    content: Type.String(),
    loggable_type: Type.Union(['Lead', 'Customer', 'Opportunity', 'Contract', 'Contact'].map((t) => Type.Literal(t))),
    loggable_id: Type.Integer(),
    loggable: Type.Object(
      { id: Type.Integer(), name: Type.String(), title: Type.String(), approve_status: Type.String() },
      strict,
    ),
    real_revisit_at: DateTimeText,
    created_at: DateTimeText,
    attachment_files: Type.Array(AttachmentSchema),
    category_display: Type.String(),
    category_i18n: Type.String(),
    category: Type.String({ description: 'category option id as a numeric string, "" when none' }),
    image_attachments: Type.Array(AttachmentSchema),
    audios: Type.Array(AttachmentSchema),
    address: Type.Union([
      Type.Object({}, strict),
      Type.Object(
        {
          detail_address: Type.String(),
          lat: Type.Union([Type.Number(), Type.Null()]),
          lng: Type.Union([Type.Number(), Type.Null()]),
        },
        strict,
      ),
    ]),
    timestamp: DateTimeText,
    refer_type_display: Type.String(),
    refer_name: Type.String(),
    title: Type.String(),
    remind_at: Type.String({ description: 'MM月DD日 HH:mm, "" when none' }),
    is_remind_expired: Type.Boolean(),
    raw_remind_at: Type.String({ description: 'YYYY-MM-DD HH:mm, "" when none' }),
    event_url: Type.String(),
    event_identifier: Type.String(),
    at_users: Type.Array(
      Type.Object(
        { id: Type.Integer(), user_id: Type.Integer(), name: Type.String(), third_userid: Type.Union([Type.String(), Type.Null()]) },
        strict,
      ),
    ),
    user: RevisitLogUserSchema,
    sales_activity_id: Type.Integer(),
    comments_count: Type.Integer(),
    comments: Type.Array(CommentSchema, { description: 'the latest comments (comments_count counts them all)' }),
    contacts: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), phone: Type.String() }, strict)),
    activity_type: Type.String(),
    activity_type_display: Type.String(),
    is_draft: Type.Integer(),
  },
  // Custom fields are top-level keys named like `text_asset_1a2b`; nothing else passes.
  { ...strict, patternProperties: { [CUSTOM_KEY_SOURCE]: {} } },
);

export type RevisitLogItem = Static<typeof RevisitLogItemSchema>;

export const RevisitLogListResponse = Envelope(
  Type.Object(
    {
      revisit_logs: Type.Array(RevisitLogItemSchema),
      total_count: Type.Integer(),
      has_next_page: Type.Boolean(),
      per_page: Type.Integer(),
      page: Type.Integer(),
    },
    strict,
  ),
);

/** Every value arrives as a string (or an array for `key[]=`); the service validates and answers 100406. */
export const RevisitLogListQuerySchema = Type.Object(
  {
    page: Type.Optional(QueryValue),
    per_page: Type.Optional(QueryValue),
    date: Type.Optional(QueryValue),
    start_date: Type.Optional(QueryValue),
    end_date: Type.Optional(QueryValue),
    user_id: Type.Optional(QueryValue),
    department_id: Type.Optional(QueryValue),
    include_sub_departments: Type.Optional(QueryValue),
    loggable_type: Type.Optional(QueryValue),
    loggable_id: Type.Optional(QueryValue),
    at_me: Type.Optional(QueryValue),
    q: Type.Optional(QueryValue),
    category: Type.Optional(QueryValue),
  },
  { additionalProperties: true },
);

export type RevisitLogListParams = Static<typeof RevisitLogListQuerySchema>;
