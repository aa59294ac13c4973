import type { Generated } from 'kysely';

export type NotificationKind = 'reminder_due' | 'mentioned';

export interface NotificationsTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  kind: NotificationKind;
  revisit_log_id: number;
  /** `reminder:<follow-up>:<remind_at>` or `mention:<follow-up>:<user>`: unique, so nothing notifies twice. */
  dedupe_key: string;
  created_at: number;
  read_at: number | null;
}

/** A reminder still to fire (see the notifications migration). */
export interface PendingRemindersTable {
  organization_id: number;
  revisit_log_id: number;
  user_id: number;
  remind_at: number;
}
