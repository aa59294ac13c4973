import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import { presentComment } from '../comments/comments.presenter.ts';
import { findComment } from '../comments/comments.repository.ts';
import { findRevisitLogRow } from '../revisit-logs/revisit-log-refs.repository.ts';
import { presentRevisitLogs } from '../revisit-logs/revisit-log.presenter.ts';
import { loadRevisitLogBundle } from '../revisit-logs/revisit-logs.loader.ts';
import { claimOutboxEvent, findUndispatchedEvents, pruneDispatchedEvents, type OutboxRow } from './outbox.repository.ts';
import { findEndpoints, findOrganizationZone, insertDeliveries } from './webhooks.repository.ts';

const KEEP_DISPATCHED_MS = 7 * 86_400_000;

/** Where absolute links in payloads point when PUBLIC_URL is unset. */
function baseUrlOf(app: AppContext): string {
  return app.config.publicUrl ?? `http://${app.config.host}:${app.config.port}`;
}

/** The `data` of an event: the follow-up in the list's item shape (its state when dispatched), plus extras. */
async function renderData(app: AppContext, db: Db, event: OutboxRow, timeZone: string, now: number): Promise<Record<string, unknown>> {
  const row = await findRevisitLogRow(db, event.organization_id, event.revisit_log_id);
  let revisitLog: unknown = null;
  if (row) {
    const bundle = await loadRevisitLogBundle(db, event.organization_id, [row]);
    revisitLog = presentRevisitLogs(bundle, { baseUrl: baseUrlOf(app), signer: app.urlSigner, timeZone, now, locale: 'zh' })[0] ?? null;
  }
  const data: Record<string, unknown> = { revisit_log: revisitLog };
  if (event.comment_id !== null) {
    const comment = await findComment(db, event.organization_id, event.revisit_log_id, Number(event.comment_id));
    data.comment = comment ? presentComment(comment, timeZone) : null;
  }
  if (event.user_id !== null) data.user_id = Number(event.user_id);
  return data;
}

/**
 * Turns committed outbox events into one delivery per subscribed endpoint, each in its own transaction with
 * its claim, so an event is fanned out exactly once whichever instance gets it.
 */
export async function dispatchOutbox(app: AppContext, limit = 100): Promise<number> {
  const { db } = app.database;
  const now = app.clock();
  let dispatched = 0;
  for (const event of await findUndispatchedEvents(db, limit)) {
    const done = await db.transaction().execute(async (trx) => {
      if (!(await claimOutboxEvent(trx, event.id, now))) return false;
      const endpoints = (await findEndpoints(trx, event.organization_id)).filter((e) => (JSON.parse(e.events) as string[]).includes(event.event));
      if (endpoints.length === 0) return true;
      const timeZone = (await findOrganizationZone(trx, event.organization_id)) ?? 'Asia/Shanghai';
      const data = await renderData(app, trx, event, timeZone, now);
      await insertDeliveries(
        trx,
        endpoints.map((endpoint) => {
          const publicId = randomUUID();
          return {
            organization_id: event.organization_id,
            endpoint_id: endpoint.id,
            public_id: publicId,
            event: event.event,
            body: JSON.stringify({ id: publicId, event: event.event, created_at: formatWireDateTime(event.created_at, timeZone), data }),
            status: 'pending' as const,
            attempts: 0,
            next_attempt_at: now,
            claimed_until: null,
            claim_token: null,
            last_status_code: null,
            last_error: null,
            created_at: now,
            finished_at: null,
          };
        }),
      );
      return true;
    });
    if (done) dispatched++;
  }
  await pruneDispatchedEvents(db, now - KEEP_DISPATCHED_MS);
  return dispatched;
}
