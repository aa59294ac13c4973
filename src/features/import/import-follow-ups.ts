import type { Db } from '../../db/database.ts';
import { LOGGABLE_TABLES, normalizeLoggableType, type LoggableType } from '../../domain/loggable.ts';
import { parseClientTime } from '../../domain/params.ts';
import { newStorageKey } from '../attachments/attachments.service.ts';
import { recordRevisitLogChanges } from '../changes/record-changes.ts';
import { scheduleReminders } from '../notifications/record-events.ts';
import {
  insertAtUsers,
  insertAttachments,
  insertComments,
  insertRevisitLogContacts,
  insertRevisitLogs,
  refreshCommentCounts,
  refreshLoggableRevisitStats,
} from '../revisit-logs/revisit-logs.write-repository.ts';
import { findMapped, insertMappings } from './import.repository.ts';
import { ensureUsers } from './import-directory.ts';
import { ensureEntity } from './import-entities.ts';
import { mapped, skip, type ImportRun } from './import-run.ts';
import type { SourceComment, SourceFollowUp } from './source-reader.ts';

type SourceAttachment = SourceFollowUp['attachment_files'][number];

interface Stored {
  source: SourceAttachment;
  key: string;
  size: number;
}

/** A follow-up with everything it needs fetched, ready to be written in one transaction. */
interface Prepared {
  item: SourceFollowUp;
  type: LoggableType;
  entityId: number;
  comments: SourceComment[];
  files: Stored[];
}

const SUB_TYPES = new Set(['image', 'file', 'audio']);

function time(run: ImportRun, wire: string, fallback: number): number {
  return (wire ? parseClientTime(wire, run.timeZone) : undefined) ?? fallback;
}

function isWanted(run: ImportRun, item: SourceFollowUp): boolean {
  if (item.is_draft) return false;
  if (run.since === undefined) return true;
  return time(run, item.real_revisit_at, 0) >= run.since || time(run, item.timestamp, 0) >= run.since;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/**
 * The original bytes behind each signed link, into the target's storage under a fresh key, as an upload stores them.
 * A size that differs from what the source declared is a broken transfer: fetched again, then refused.
 */
async function storeFiles(run: ImportRun, item: SourceFollowUp, stored: string[]): Promise<Stored[]> {
  const out: Stored[] = [];
  for (const source of [...item.attachment_files, ...item.image_attachments, ...item.audios]) {
    // `origin_url` is the file as uploaded; an image's `file_url` is a resized rendition.
    const url = source.origin_url || source.file_url;
    let file = await run.reader.download(url);
    if (file.bytes.length !== source.file_file_size) file = await run.reader.download(url);
    if (file.bytes.length !== source.file_file_size) throw new Error(`attachment ${source.id}: ${file.bytes.length} bytes arrived, ${source.file_file_size} expected`);
    const key = newStorageKey(extensionOf(source.name));
    await run.app.storage.put(key, Buffer.from(file.bytes), source.file_content_type || file.contentType);
    stored.push(key);
    out.push({ source, key, size: file.bytes.length });
  }
  return out;
}

async function prepare(run: ImportRun, items: readonly SourceFollowUp[], stored: string[]): Promise<Prepared[]> {
  await ensureUsers(run, items.flatMap((i) => [i.user.id, ...i.at_users.map((a) => a.user_id)]));
  const out: Prepared[] = [];
  for (const item of items) {
    const type = normalizeLoggableType(item.loggable_type);
    const entityId = type ? await ensureEntity(run, type, item.loggable_id) : undefined;
    if (!type || entityId === undefined || mapped(run, 'user', item.user.id) === undefined) {
      skip(run, 'follow-ups whose entity or author the source does not answer');
      continue;
    }
    for (const contact of item.contacts) await ensureEntity(run, 'Contact', contact.id);
    const comments = item.comments_count > 0 ? await run.reader.comments(item.id) : [];
    await ensureUsers(run, comments.map((c) => c.user_id));
    out.push({ item, type, entityId, comments: comments.filter((c) => mapped(run, 'user', c.user_id) !== undefined), files: await storeFiles(run, item, stored) });
  }
  return out;
}

/** Writes prepared follow-ups, their mentions, contacts, comments, attachments and id mappings together. */
async function write(run: ImportRun, trx: Db, batch: readonly Prepared[], now: number): Promise<void> {
  const org = run.organizationId;
  const ids = await insertRevisitLogs(
    trx,
    batch.map(({ item, type, entityId }) => {
      const created = time(run, item.created_at, now);
      const address = 'detail_address' in item.address ? item.address : undefined;
      return {
        organization_id: org,
        user_id: mapped(run, 'user', item.user.id)!,
        loggable_type: type,
        loggable_id: entityId,
        content: item.content,
        category: mapped(run, 'option', item.category) ?? null,
        real_revisit_at: time(run, item.real_revisit_at, created),
        remind_at: item.raw_remind_at ? time(run, item.raw_remind_at, created) : null,
        lat: address?.lat ?? null,
        lng: address?.lng ?? null,
        detail_address: address?.detail_address || null,
        activity_type: item.activity_type || 'create',
        // The source shows its own id when it has no sales activity; here the local id does that.
        sales_activity_id: item.sales_activity_id === item.id ? null : item.sales_activity_id,
        is_draft: 0,
        created_at: created,
        updated_at: time(run, item.timestamp, created),
        deleted_at: null,
      };
    }),
  );
  const logs = batch.map((p, i) => ({ ...p, id: ids[i]! }));
  await insertAtUsers(
    trx,
    logs.flatMap((l) =>
      [...new Set(l.item.at_users.map((a) => mapped(run, 'user', a.user_id)).filter((u) => u !== undefined))].map((user_id) => ({ organization_id: org, revisit_log_id: l.id, user_id, created_at: now })),
    ),
  );
  await insertRevisitLogContacts(
    trx,
    logs.flatMap((l) =>
      [...new Set(l.item.contacts.map((c) => mapped(run, 'contacts', c.id)).filter((c) => c !== undefined))].map((contact_id) => ({ organization_id: org, revisit_log_id: l.id, contact_id, created_at: now })),
    ),
  );
  // Oldest first, so local comment ids grow with time as the source's do.
  const comments = logs.flatMap((l) => [...l.comments].reverse().map((c) => ({ log: l.id, c })));
  const commentIds = await insertComments(
    trx,
    comments.map(({ log, c }) => ({ organization_id: org, revisit_log_id: log, user_id: mapped(run, 'user', c.user_id)!, content: c.content, created_at: time(run, c.created_at, now), deleted_at: null })),
  );
  const files = logs.flatMap((l) => l.files.map((f) => ({ l, f })));
  const fileIds = await insertAttachments(
    trx,
    files.map(({ l, f }) => {
      const at = time(run, f.source.upload_time, now);
      return {
        organization_id: org,
        uploader_id: mapped(run, 'user', l.item.user.id)!,
        attachmentable_type: 'RevisitLog',
        attachmentable_id: l.id,
        sub_type: SUB_TYPES.has(f.source.sub_type) ? f.source.sub_type : f.source.file_type,
        name: f.source.name,
        content_type: f.source.file_content_type,
        size: f.size,
        storage_key: f.key,
        note: f.source.note,
        created_at: at,
        updated_at: at,
      };
    }),
  );
  await insertMappings(trx, org, 'revisit_log', logs.map((l) => ({ sourceId: l.item.id, localId: l.id })), now);
  await insertMappings(trx, org, 'comment', comments.map(({ c }, i) => ({ sourceId: c.id, localId: commentIds[i]! })), now);
  await insertMappings(trx, org, 'attachment', files.map(({ f }, i) => ({ sourceId: f.source.id, localId: fileIds[i]! })), now);
  await refreshCommentCounts(trx, org, logs.filter((l) => l.comments.length > 0).map((l) => l.id));
  for (const type of Object.keys(LOGGABLE_TABLES) as LoggableType[]) {
    await refreshLoggableRevisitStats(trx, org, type, [...new Set(logs.filter((l) => l.type === type).map((l) => l.entityId))]);
  }
  // A reminder already past at import time is never scheduled (it would fire at once, long after the fact).
  await scheduleReminders(trx, {
    organizationId: org,
    now,
    followUps: logs.map((l, i) => ({ id: l.id, userId: mapped(run, 'user', l.item.user.id)!, remindAt: batch[i]!.item.raw_remind_at ? time(run, batch[i]!.item.raw_remind_at, 0) : null, deleted: false })),
  });
  // Last write of the transaction: it takes the change counter's lock (see allocateChangeNumbers).
  await recordRevisitLogChanges(trx, { organizationId: org, revisitLogIds: ids, action: 'created', at: now });
}

/**
 * Every follow-up the source lists, a page per transaction: drafts and (by the list's nature) deleted ones
 * are left out, and one already mapped is never written again, so an interrupted run resumes exactly.
 */
export async function importFollowUps(run: ImportRun): Promise<void> {
  let done = 0;
  for await (const page of run.reader.followUpPages()) {
    const wanted = page.items.filter((i) => isWanted(run, i));
    const known = await findMapped(run.app.database.db, run.organizationId, 'revisit_log', wanted.map((i) => i.id));
    const fresh = wanted.filter((i) => !known.has(String(i.id)));
    if (fresh.length > 0) {
      const stored: string[] = [];
      try {
        const batch = await prepare(run, fresh, stored);
        const now = run.app.clock();
        if (batch.length > 0) await run.app.database.db.transaction().execute((trx) => write(run, trx, batch, now));
      } catch (error) {
        // Bytes no committed row points to; a cleanup failure only leaves such bytes behind.
        await Promise.all(stored.map((key) => run.app.storage.delete(key).catch(() => undefined)));
        throw error;
      }
    }
    done += page.items.length;
    run.onFollowUps?.(done, page.total);
  }
}
