import type { Db } from '../../db/database.ts';
import type { LoggableType } from '../../domain/loggable.ts';
import { loadCustomValues } from '../custom-fields/custom-fields.repository.ts';
import { findOptionsByIds } from '../field-options/field-options.repository.ts';
import { loggableKey, type RevisitLogBundle } from './revisit-log.presenter.ts';
import type { RevisitLogRow } from './revisit-logs.repository.ts';
import {
  loadAtUsers,
  loadAttachments,
  loadContacts,
  loadLatestComments,
  loadLoggables,
  loadUsers,
} from './revisit-logs.related.repository.ts';

/** Comments shown inline in an item; the full thread is under /revisit_logs/:id/comments. */
export const INLINE_COMMENTS = 3;

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Loads everything a page of follow-ups shows: eight batched queries whatever the number of rows (seven in
 * parallel, custom-field values among them, then the users they name).
 */
export async function loadRevisitLogBundle(db: Db, organizationId: number, rows: RevisitLogRow[]): Promise<RevisitLogBundle> {
  const ids = rows.map((r) => r.id);
  const [attachments, atUsers, contacts, comments, loggables, options, custom] = await Promise.all([
    loadAttachments(db, organizationId, ids),
    loadAtUsers(db, organizationId, ids),
    loadContacts(db, organizationId, ids),
    loadLatestComments(db, organizationId, ids, INLINE_COMMENTS),
    loadLoggables(db, organizationId, rows.map((r) => ({ type: r.loggable_type as LoggableType, id: r.loggable_id }))),
    findOptionsByIds(db, organizationId, rows.flatMap((r) => (r.category !== null ? [r.category] : []))),
    loadCustomValues(db, organizationId, 'revisit_log', ids),
  ]);
  const users = await loadUsers(db, organizationId, [...rows.map((r) => r.user_id), ...atUsers.map((a) => a.user_id)]);
  return {
    rows,
    attachmentsByLog: groupBy(attachments, (a) => a.attachmentable_id ?? 0),
    atUsersByLog: groupBy(atUsers, (a) => a.revisit_log_id),
    contactsByLog: groupBy(contacts, (c) => c.revisit_log_id),
    commentsByLog: groupBy(comments, (c) => c.revisit_log_id),
    loggables: new Map(loggables.map((l) => [loggableKey(l.loggable_type, l.id), l])),
    users: new Map(users.map((u) => [u.id, u])),
    options: new Map(options.map((o) => [o.id, o])),
    custom,
  };
}
