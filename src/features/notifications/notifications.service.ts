import type { AppContext } from '../../app-context.ts';
import { notFound } from '../../domain/errors.ts';
import { offsetOf, pageInfo, type PageInfo, type Paging } from '../../domain/paging.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import type { RequestCtx } from '../../request-context.ts';
import type { WireNotification } from './notifications.schemas.ts';
import { countNotifications, findNotification, findNotificationPage, markRead, type NotificationRow } from './notifications.repository.ts';

export interface NotificationPage extends PageInfo {
  notifications: WireNotification[];
  unread_count: number;
}

function present(row: NotificationRow, zone: string): WireNotification {
  return {
    id: row.id,
    kind: row.kind,
    revisit_log_id: Number(row.revisit_log_id),
    read: row.read_at !== null,
    created_at: formatWireDateTime(row.created_at, zone),
    read_at: row.read_at !== null ? formatWireDateTime(row.read_at, zone) : '',
  };
}

/** `GET /api/v2/notifications`: the caller's own inbox, unread first, paged like the lists. */
export async function listNotifications(app: AppContext, ctx: RequestCtx, paging: Paging): Promise<NotificationPage> {
  const { db } = app.database;
  const [rows, counts] = await Promise.all([
    findNotificationPage(db, ctx.organization.id, ctx.user.id, { limit: paging.perPage, offset: offsetOf(paging) }),
    countNotifications(db, ctx.organization.id, ctx.user.id),
  ]);
  return { notifications: rows.map((r) => present(r, ctx.organization.timeZone)), unread_count: counts.unread, ...pageInfo(paging, counts.total) };
}

/** Another user's notification is not found, like a missing one. Reading twice is not an error. */
export async function readNotification(app: AppContext, ctx: RequestCtx, id: number): Promise<WireNotification> {
  const { db } = app.database;
  if (!(await findNotification(db, ctx.organization.id, ctx.user.id, id))) throw notFound();
  await markRead(db, ctx.organization.id, ctx.user.id, [id], ctx.now);
  return present((await findNotification(db, ctx.organization.id, ctx.user.id, id))!, ctx.organization.timeZone);
}

export async function readAllNotifications(app: AppContext, ctx: RequestCtx): Promise<{ updated: number }> {
  return { updated: await markRead(app.database.db, ctx.organization.id, ctx.user.id, 'all', ctx.now) };
}
