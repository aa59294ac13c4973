import type { Static } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { text as textOf } from '../../domain/params.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import type { RequestCtx } from '../../request-context.ts';
import { presentRevisitLogs } from '../revisit-logs/revisit-log.presenter.ts';
import { loadRevisitLogBundle } from '../revisit-logs/revisit-logs.loader.ts';
import { scopeOf } from '../revisit-logs/list-criteria.ts';
import { presentContextOf } from '../revisit-logs/revisit-logs.service.ts';
import { findChangesAfter, findVisibleRevisitLogs } from './changes.repository.ts';
import type { ChangeSchema } from './changes.schemas.ts';
import { decodeCursor, encodeCursor, scopeFingerprint, START } from './feed-cursor.ts';

export const DEFAULT_FEED_PAGE = 100;
export const MAX_FEED_PAGE = 500;

type Change = Static<typeof ChangeSchema>;

export interface ChangeFeedPage {
  changes: Change[];
  next_cursor: string;
  has_more: boolean;
}

function perPageOf(value: unknown): number {
  const text = textOf('per_page', value);
  if (text === undefined) return DEFAULT_FEED_PAGE;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw invalidParameter('per_page', `an integer from 1 to ${MAX_FEED_PAGE}`);
  return Math.min(Number(text), MAX_FEED_PAGE);
}

/** The wire time with seconds: two changes in the same minute are still told apart. */
function withSeconds(ms: number, zone: string): string {
  const seconds = Math.floor(ms / 1000) % 60;
  return `${formatWireDateTime(ms, zone)}:${seconds < 10 ? '0' : ''}${seconds}`;
}

/**
 * `GET /api/v2/revisit_logs/changes`: follow-ups in commit order of their latest change, after the cursor.
 * What the caller may not see (deleted, someone else's draft, outside the data scope) is a `deleted`
 * tombstone without content: that is how a follow-up that left the scope reaches a client that holds it.
 * A constant number of queries: the feed rows, the visible follow-ups among them, and the item bundle.
 */
/** `per_page` (1..MAX_FEED_PAGE, more is served as the maximum) and the opaque `cursor`, as sent. */
export interface ChangeFeedQuery {
  readonly perPage: number;
  readonly cursor?: string | undefined;
}

export function parseChangeFeedQuery(query: { per_page?: unknown; cursor?: unknown }): ChangeFeedQuery {
  return { perPage: perPageOf(query.per_page), cursor: textOf('cursor', query.cursor) };
}

export async function readChangeFeed(app: AppContext, ctx: RequestCtx, query: ChangeFeedQuery): Promise<ChangeFeedPage> {
  const { perPage, cursor: cursorText } = query;
  const scope = scopeFingerprint(ctx.user.id, ctx.visible);
  const cursor = cursorText === undefined ? undefined : decodeCursor(cursorText);
  const from = cursor && cursor.scope === scope ? cursor.position : START;
  const { db } = app.database;
  const rows = await findChangesAfter(db, ctx.organization.id, from, perPage + 1);
  const page = rows.slice(0, perPage);
  const live = page.filter((r) => r.action !== 'deleted').map((r) => r.revisit_log_id);
  const visible = await findVisibleRevisitLogs(db, scopeOf(ctx), live);
  const bundle = await loadRevisitLogBundle(db, ctx.organization.id, visible);
  const items = new Map(presentRevisitLogs(bundle, presentContextOf(app, ctx)).map((item) => [item.id, item]));
  const zone = ctx.organization.timeZone;
  const changes = page.map((r): Change => {
    const item = items.get(r.revisit_log_id);
    return {
      change_id: r.change_id,
      action: item ? r.action : 'deleted',
      id: r.revisit_log_id,
      changed_at: withSeconds(r.changed_at, zone),
      revisit_log: item ?? null,
    };
  });
  const last = page[page.length - 1];
  const position = last ? { changeId: last.change_id, revisitLogId: last.revisit_log_id } : from;
  return { changes, next_cursor: encodeCursor({ position, scope }), has_more: rows.length > perPage };
}
