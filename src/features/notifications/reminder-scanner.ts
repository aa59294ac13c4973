import type { AppContext } from '../../app-context.ts';
import { enqueueOutboxEvents } from '../webhooks/outbox.repository.ts';
import { claimReminder, findDueReminders, insertNotifications } from './notifications.repository.ts';

/**
 * Fires due reminders: each claimed (see claimReminder) in a transaction with its notification and its
 * `revisit_log.reminder_due` event, so a reminder fires exactly once whichever instance runs, and one that
 * fell due while nothing ran fires at the next round. Runs every EVENT_WORKER_INTERVAL_MS (2 s by default).
 */
export async function fireDueReminders(app: AppContext, limit = 200): Promise<number> {
  const { db } = app.database;
  const now = app.clock();
  let fired = 0;
  for (const due of await findDueReminders(db, now, limit)) {
    const done = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, due))) return false;
      const orgId = due.organization_id;
      await insertNotifications(trx, [
        { organizationId: orgId, userId: due.user_id, kind: 'reminder_due', revisitLogId: due.revisit_log_id, dedupeKey: `reminder:${due.revisit_log_id}:${due.remind_at}`, at: now },
      ]);
      await enqueueOutboxEvents(trx, [{ organizationId: orgId, event: 'revisit_log.reminder_due', revisitLogId: due.revisit_log_id, userId: due.user_id, at: now }]);
      return true;
    });
    if (done) fired++;
  }
  return fired;
}
