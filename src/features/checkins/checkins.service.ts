import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { FIELD_KEYS } from '../../domain/default-options.ts';
import { AppError, invalidParameter, notFound } from '../../domain/errors.ts';
import type { LoggableType } from '../../domain/loggable.ts';
import { offsetOf, pageInfo, type PageInfo } from '../../domain/paging.ts';
import { readerOf, type RequestCtx } from '../../request-context.ts';
import { insertOption } from '../field-options/field-options.repository.ts';
import { runIdempotent } from '../idempotency/idempotency.service.ts';
import { findLoggable, findUsableAttachmentIds } from '../revisit-logs/revisit-log-refs.repository.ts';
import { loggableKey } from '../revisit-logs/revisit-log.presenter.ts';
import { findDepartmentPaths } from '../revisit-logs/revisit-logs.repository.ts';
import { loadLoggables, loadUsers } from '../revisit-logs/revisit-logs.related.repository.ts';
import type { RevisitLogInput } from '../revisit-logs/revisit-log-input.ts';
import { presentContextOf } from '../revisit-logs/revisit-logs.service.ts';
import { writeNewRevisitLog } from '../revisit-logs/revisit-logs.write-service.ts';
import { presentCheckins } from './checkin.presenter.ts';
import type { CheckinInput, CheckinListQuery } from './checkin-input.ts';
import {
  attachUploadsToCheckin,
  countCheckins,
  findCheckinPage,
  findCheckinRow,
  findOptionNamed,
  findReadableCheckin,
  insertCheckin,
  loadCheckinAttachments,
  lockFieldOptions,
  type CheckinCriteria,
  type CheckinRow,
} from './checkins.repository.ts';
import type { CheckinJson } from './checkins.schemas.ts';

/** The follow-up category a check-in's follow-up gets (README: Check-ins). */
export const CHECKIN_CATEGORY = { zh: '签到', en: 'Check-in' } as const;

export interface CheckinPage extends PageInfo {
  checkins: CheckinJson[];
}

/** Presents check-ins with a constant number of queries: attachments, entities, users. */
async function present(app: AppContext, ctx: RequestCtx, db: Db, rows: CheckinRow[]): Promise<CheckinJson[]> {
  const orgId = ctx.organization.id;
  const [attachments, loggables, users] = await Promise.all([
    loadCheckinAttachments(db, orgId, rows),
    loadLoggables(db, orgId, rows.flatMap((r) => (r.loggable_type !== null && r.loggable_id !== null ? [{ type: r.loggable_type as LoggableType, id: r.loggable_id }] : []))),
    loadUsers(db, orgId, rows.map((r) => r.user_id)),
  ]);
  return presentCheckins(
    {
      rows,
      attachments,
      loggables: new Map(loggables.map((l) => [loggableKey(l.loggable_type, l.id), l])),
      users: new Map(users.map((u) => [u.id, u])),
    },
    presentContextOf(app, ctx),
  );
}

/**
 * The organization's 签到 follow-up category: the first option of that name (an administrator may have
 * disabled it; the server still files check-ins under it), created when missing. The creation happens under
 * a lock on the category options, so two first check-ins at once add one option, not two.
 */
async function checkinCategory(app: AppContext, trx: Db, organizationId: number, now: number): Promise<number> {
  const key = FIELD_KEYS.revisitLogCategory;
  const found = await findOptionNamed(trx, organizationId, key, CHECKIN_CATEGORY.zh);
  if (found !== undefined) return found;
  await lockFieldOptions(trx, app.database.ops, organizationId, key);
  const again = await findOptionNamed(trx, organizationId, key, CHECKIN_CATEGORY.zh);
  if (again !== undefined) return again;
  return (await insertOption(trx, { organizationId, fieldKey: key, name: CHECKIN_CATEGORY.zh, nameEn: CHECKIN_CATEGORY.en, now })).id;
}

/** The follow-up a check-in on an entity writes: its note (or where it was), its place, its photos. */
function followUpOf(input: CheckinInput, loggable: NonNullable<CheckinInput['loggable']>): RevisitLogInput {
  return {
    loggable,
    content: input.note !== '' ? input.note : `${CHECKIN_CATEGORY.zh}：${input.address}`,
    detailAddress: input.address,
    lat: input.lat,
    lng: input.lng,
    attachments: { image: input.attachmentIds },
    customFields: {},
  };
}

/**
 * `POST /api/v2/checkins`. Everything named is checked first (each failure a 100406 naming the field, so
 * nothing is written); with an entity the follow-up of category 签到 is written by the follow-up write service
 * (change feed, webhooks, counters, the entity's last follow-up time) in the same transaction as the check-in.
 */
export async function createCheckin(
  app: AppContext,
  ctx: RequestCtx,
  input: CheckinInput,
  replay: { body: unknown; idempotencyKey: string | undefined },
): Promise<CheckinJson> {
  const orgId = ctx.organization.id;
  return runIdempotent(app, ctx, { key: replay.idempotencyKey, operation: 'POST /api/v2/checkins', body: replay.body }, async (trx) => {
    const { loggable } = input;
    // The same rule as a follow-up's entity: missing, another tenant's and outside the scope answer alike.
    if (loggable && !(await findLoggable(trx, orgId, loggable.type, loggable.id, ctx.visible))) {
      throw invalidParameter('checkin[loggable_id]', `a ${loggable.type.toLowerCase()} you can see`);
    }
    if ((await findUsableAttachmentIds(trx, orgId, ctx.user.id, input.attachmentIds)).length !== input.attachmentIds.length) {
      throw invalidParameter('attachment_ids[]', 'your unattached uploads');
    }
    const row = {
      organization_id: orgId,
      user_id: ctx.user.id,
      lat: input.lat,
      lng: input.lng,
      address: input.address,
      note: input.note,
      loggable_type: loggable?.type ?? null,
      loggable_id: loggable?.id ?? null,
      created_at: ctx.now,
      deleted_at: null,
    };
    let id: number;
    if (loggable) {
      const category = await checkinCategory(app, trx, orgId, ctx.now);
      let checkinId = 0;
      await writeNewRevisitLog(trx, ctx, followUpOf(input, loggable), {
        category,
        alsoWrite: async (revisitLogId) => {
          checkinId = await insertCheckin(trx, { ...row, revisit_log_id: revisitLogId });
        },
      });
      id = checkinId;
    } else {
      id = await insertCheckin(trx, { ...row, revisit_log_id: null });
      // Another request may have taken an upload since it was checked: then nothing of this one is kept.
      if ((await attachUploadsToCheckin(trx, orgId, ctx.user.id, id, input.attachmentIds, ctx.now)) !== input.attachmentIds.length) {
        throw invalidParameter('attachment_ids[]', 'your unattached uploads');
      }
    }
    const written = await findCheckinRow(trx, orgId, id);
    if (!written) throw new AppError('internal');
    return (await present(app, ctx, trx, [written]))[0]!;
  });
}

/** `/checkins/:id` ids arrive as digits (the route's pattern); anything out of range is simply not found. */
function parseCheckinId(raw: string): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw notFound();
  return Number(raw);
}

/** `GET /api/v2/checkins/:id`: missing, deleted, another tenant's or outside the scope all answer 100100. */
export async function showCheckin(app: AppContext, ctx: RequestCtx, rawId: string): Promise<CheckinJson> {
  const { db } = app.database;
  const row = await findReadableCheckin(db, readerOf(ctx), parseCheckinId(rawId));
  if (!row) throw notFound();
  return (await present(app, ctx, db, [row]))[0]!;
}

/** `GET /api/v2/checkins`: filters intersected with the data scope, newest first, an exact total. */
export async function listCheckins(app: AppContext, ctx: RequestCtx, query: CheckinListQuery): Promise<CheckinPage> {
  const { db } = app.database;
  let departments: CheckinCriteria['departments'];
  if (query.departmentIds) {
    // Unknown or other tenants' departments match nothing: no error tells whether they exist.
    const found = await findDepartmentPaths(db, ctx.organization.id, query.departmentIds);
    departments = { ids: found.map((d) => d.id), paths: found.map((d) => d.path), subtree: query.includeSubDepartments };
  }
  const criteria: CheckinCriteria = { period: query.period, userIds: query.userIds, departments };
  const reader = readerOf(ctx);
  const [rows, total] = await Promise.all([
    findCheckinPage(db, reader, criteria, { limit: query.paging.perPage, offset: offsetOf(query.paging) }),
    countCheckins(db, reader, criteria),
  ]);
  return { checkins: await present(app, ctx, db, rows), ...pageInfo(query.paging, total) };
}
