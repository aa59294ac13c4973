import type { Db } from '../../db/database.ts';
import { enqueueOutboxEvents } from '../webhooks/outbox.repository.ts';
import { insertNotifications, insertPendingReminders, setPendingReminder } from './notifications.repository.ts';

export interface FollowUpEventsInput {
  organizationId: number;
  revisitLogId: number;
  authorId: number;
  /** `remind_at` after the write (null when none). */
  remindAt: number | null;
  /** Mentioned users before and after the write (`before` empty on create; both undefined when untouched). */
  mentions?: { before: number[]; after: number[] } | undefined;
  /** False for a deleted follow-up: its reminder is cancelled. */
  live: boolean;
  now: number;
}

/**
 * The one call a follow-up write makes for reminders and mentions, inside its transaction: the reminder
 * schedule follows `remind_at` (a reminder at or before the write's time is never scheduled, so back-dated
 * and imported ones do not fire), and each newly mentioned user is notified once, with a
 * `revisit_log.mentioned` event.
 */
export async function recordFollowUpEvents(trx: Db, input: FollowUpEventsInput): Promise<void> {
  const { organizationId, revisitLogId } = input;
  if (input.live && input.remindAt !== null && input.remindAt > input.now) {
    await setPendingReminder(trx, { organization_id: organizationId, revisit_log_id: revisitLogId, user_id: input.authorId, remind_at: input.remindAt });
  } else {
    await setPendingReminder(trx, { organization_id: organizationId, revisit_log_id: revisitLogId, remove: true });
  }
  if (!input.live || !input.mentions) return;
  const before = new Set(input.mentions.before);
  const added = [...new Set(input.mentions.after)].filter((u) => !before.has(u) && u !== input.authorId);
  const keys = await insertNotifications(
    trx,
    added.map((userId) => ({ organizationId, userId, kind: 'mentioned' as const, revisitLogId, dedupeKey: `mention:${revisitLogId}:${userId}`, at: input.now })),
  );
  const notified = added.filter((u) => keys.includes(`mention:${revisitLogId}:${u}`));
  await enqueueOutboxEvents(trx, notified.map((userId) => ({ organizationId, event: 'revisit_log.mentioned' as const, revisitLogId, userId, at: input.now })));
}

/** Bulk writes (seeding) schedule only reminders still ahead of their write time, like single writes. */
export async function scheduleReminders(
  db: Db,
  input: { organizationId: number; now: number; followUps: { id: number; userId: number; remindAt: number | null; deleted: boolean }[] },
): Promise<void> {
  const rows = input.followUps
    .filter((f) => !f.deleted && f.remindAt !== null && f.remindAt > input.now)
    .map((f) => ({ organization_id: input.organizationId, revisit_log_id: f.id, user_id: f.userId, remind_at: f.remindAt! }));
  if (rows.length > 0) await insertPendingReminders(db, rows);
}
