import type { Insertable } from 'kysely';
import { DateTime } from 'luxon';
import type { Db } from '../db/database.ts';
import type { AttachmentsTable, RevisitLogsTable } from '../db/schema/index.ts';
import { LOGGABLE_TYPES, type LoggableType } from '../domain/loggable.ts';
import { recordRevisitLogChanges } from '../features/changes/record-changes.ts';
import { scheduleReminders } from '../features/notifications/record-events.ts';
import {
  insertAtUsers,
  insertAttachments,
  insertComments,
  insertRevisitLogContacts,
  insertRevisitLogs,
  refreshCommentCounts,
  refreshLoggableRevisitStats,
} from '../features/revisit-logs/revisit-logs.write-repository.ts';
import type { Storage } from '../storage/storage.ts';
import * as text from './demo-content.ts';
import { gradientPng } from './demo-files.ts';
import type { Random } from './random.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface FollowUpPlan {
  organizationId: number;
  now: number;
  timeZone: string;
  count: number;
  userIds: number[];
  entityIds: Record<LoggableType, number[]>;
  contactsByCustomer: Map<number, number[]>;
  categories: number[];
  newKey: () => string;
}

/** When a follow-up happened: the first 3% today (before now), the rest over the last 120 days, in work hours. */
function revisitTime(rng: Random, plan: FollowUpPlan, index: number): number {
  const today = DateTime.fromMillis(plan.now, { zone: plan.timeZone }).startOf('day').toMillis();
  if (index < Math.max(10, Math.floor(plan.count * 0.03))) {
    return today + Math.floor(rng.next() * Math.max(MINUTE, plan.now - today));
  }
  const day = today - rng.int(0, 119) * DAY;
  const time = day + rng.int(8 * 60, 20 * 60) * MINUTE;
  return Math.min(time, plan.now - rng.int(1, 600) * MINUTE);
}

const PALETTE: Array<[number, number, number]> = [
  [41, 128, 185],
  [39, 174, 96],
  [192, 57, 43],
  [142, 68, 173],
  [243, 156, 18],
  [22, 160, 133],
];

/** Writes the follow-ups and everything hanging off them; returns how many follow-ups were created. */
export async function seedFollowUps(db: Db, storage: Storage, rng: Random, plan: FollowUpPlan): Promise<number> {
  const rows: Insertable<RevisitLogsTable>[] = [];
  const types: LoggableType[] = [];
  for (let i = 0; i < plan.count; i++) {
    const type = rng.pick(LOGGABLE_TYPES);
    types.push(type);
    const at = revisitTime(rng, plan, i);
    const category = rng.pick(plan.categories);
    const visit = category === plan.categories[2];
    const remind = rng.chance(0.3) ? at + rng.int(1, 14) * DAY + rng.int(0, 8) * 60 * MINUTE : null;
    rows.push({
      organization_id: plan.organizationId,
      user_id: rng.pick(plan.userIds),
      loggable_type: type,
      loggable_id: rng.pick(plan.entityIds[type]),
      content: `${rng.pick(text.OPENINGS)}${rng.pick(text.TOPICS)},${rng.pick(text.OUTCOMES)}`,
      category,
      real_revisit_at: at,
      remind_at: remind,
      lat: visit ? 31.2 + rng.next() : null,
      lng: visit ? 121.4 + rng.next() : null,
      detail_address: visit ? `${rng.pick(text.CITIES)}市${rng.pick(text.STREETS)}${rng.int(1, 999)}号` : null,
      activity_type: 'create',
      sales_activity_id: null,
      is_draft: rng.chance(0.02) ? 1 : 0,
      created_at: Math.min(plan.now, at + rng.int(0, 30) * MINUTE),
      updated_at: Math.min(plan.now, at + rng.int(0, 30) * MINUTE),
      deleted_at: rng.chance(0.01) ? at + DAY : null,
    });
  }
  const ids = await insertRevisitLogs(db, rows);

  const atUsers = [];
  const contacts = [];
  const comments = [];
  const attachments: Insertable<AttachmentsTable>[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const row = rows[i]!;
    const base = { organization_id: plan.organizationId, revisit_log_id: id, created_at: row.created_at };
    if (rng.chance(0.25)) {
      for (const userId of rng.sample(plan.userIds.filter((u) => u !== row.user_id), rng.int(1, 2))) {
        atUsers.push({ ...base, user_id: userId });
      }
    }
    if (types[i] === 'Customer' && rng.chance(0.4)) {
      for (const contactId of rng.sample(plan.contactsByCustomer.get(row.loggable_id) ?? [], 1)) contacts.push({ ...base, contact_id: contactId });
    }
    if (rng.chance(0.15)) {
      for (let c = rng.int(1, 3); c > 0; c--) {
        comments.push({ ...base, user_id: rng.pick(plan.userIds), content: rng.pick(text.COMMENTS), created_at: row.created_at + c * 37 * MINUTE });
      }
    }
    const images = rng.chance(0.1) ? rng.int(1, 3) : 0;
    const files = rng.chance(0.05) ? 1 : 0;
    for (let n = 0; n < images + files; n++) {
      const image = n < images;
      const name = image ? `现场照片_${id}_${n + 1}.png` : rng.pick(text.FILE_NAMES);
      const bytes = image
        ? gradientPng(320, 240, rng.pick(PALETTE), rng.pick(PALETTE))
        : Buffer.from(name.endsWith('.csv') ? `产品,数量,单价\n${rng.pick(text.PRODUCTS)},${rng.int(5, 200)},${rng.int(1, 9)}999\n` : `${row.content}\n`, 'utf8');
      const key = `demo/${plan.newKey()}${image ? '.png' : name.endsWith('.csv') ? '.csv' : '.txt'}`;
      await storage.put(key, bytes, image ? 'image/png' : 'text/plain');
      attachments.push({
        organization_id: plan.organizationId,
        uploader_id: row.user_id,
        attachmentable_type: 'RevisitLog',
        attachmentable_id: id,
        sub_type: image ? 'image' : 'file',
        name,
        content_type: image ? 'image/png' : name.endsWith('.csv') ? 'text/csv' : 'text/plain',
        size: bytes.length,
        storage_key: key,
        note: '',
        created_at: row.created_at,
        updated_at: row.created_at,
      });
    }
  }
  await insertAtUsers(db, atUsers);
  await insertRevisitLogContacts(db, contacts);
  await insertComments(db, comments);
  await insertAttachments(db, attachments);
  await refreshCommentCounts(db, plan.organizationId);
  for (const type of LOGGABLE_TYPES) await refreshLoggableRevisitStats(db, plan.organizationId, type);
  // Seeded follow-ups are in the change feed like written ones.
  await recordRevisitLogChanges(db, { organizationId: plan.organizationId, revisitLogIds: ids, action: 'created', at: plan.now });
  await recordRevisitLogChanges(db, { organizationId: plan.organizationId, revisitLogIds: ids.filter((_, i) => rows[i]!.deleted_at !== null), action: 'deleted', at: plan.now });
  await scheduleReminders(db, {
    organizationId: plan.organizationId,
    now: plan.now,
    followUps: ids.map((id, i) => ({ id, userId: rows[i]!.user_id, remindAt: rows[i]!.remind_at ?? null, deleted: rows[i]!.deleted_at !== null })),
  });
  return ids.length;
}
