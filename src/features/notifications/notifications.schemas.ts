import { Type, type Static } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;

/** One entry of my inbox (notifications.service.ts presents it). */
export const NotificationSchema = Type.Object(
  {
    id: Type.Integer(),
    kind: Type.Union([Type.Literal('reminder_due'), Type.Literal('mentioned')]),
    revisit_log_id: Type.Integer(),
    read: Type.Boolean(),
    created_at: Type.String(),
    read_at: Type.String({ description: '"" while unread' }),
  },
  strict,
);
export type WireNotification = Static<typeof NotificationSchema>;
