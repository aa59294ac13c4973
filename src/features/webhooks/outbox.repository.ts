import type { Db } from '../../db/database.ts';
import type { WebhookEvent } from './webhook-events.ts';

export interface OutboxInput {
  organizationId: number;
  event: WebhookEvent;
  revisitLogId: number;
  commentId?: number | undefined;
  userId?: number | undefined;
  at: number;
}

/** Called inside the transaction of the change: the event exists if and only if the change committed. */
export async function enqueueOutboxEvents(db: Db, events: OutboxInput[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('outbox_events')
    .values(
      events.map((e) => ({
        organization_id: e.organizationId,
        event: e.event,
        revisit_log_id: e.revisitLogId,
        comment_id: e.commentId ?? null,
        user_id: e.userId ?? null,
        created_at: e.at,
        dispatched_at: null,
      })),
    )
    .execute();
}

export interface OutboxRow {
  id: number;
  organization_id: number;
  event: string;
  revisit_log_id: number;
  comment_id: number | null;
  user_id: number | null;
  created_at: number;
}

export async function findUndispatchedEvents(db: Db, limit: number): Promise<OutboxRow[]> {
  const rows = await db
    .selectFrom('outbox_events')
    .select(['id', 'organization_id', 'event', 'revisit_log_id', 'comment_id', 'user_id', 'created_at'])
    .where('dispatched_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), organization_id: Number(r.organization_id), revisit_log_id: Number(r.revisit_log_id) }));
}

/**
 * Claims one event for dispatch. The conditional update is the claim: on PostgreSQL a second instance
 * waits for the first's row lock, then finds `dispatched_at` set and updates nothing.
 */
export async function claimOutboxEvent(db: Db, id: number, now: number): Promise<boolean> {
  const result = await db.updateTable('outbox_events').set({ dispatched_at: now }).where('id', '=', id).where('dispatched_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Dispatched events are kept a week for inspection, then removed. */
export async function pruneDispatchedEvents(db: Db, before: number): Promise<void> {
  await db.deleteFrom('outbox_events').where('dispatched_at', '<', before).execute();
}
