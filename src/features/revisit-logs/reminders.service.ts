import type { AppContext } from '../../app-context.ts';
import { hasNextPage, parsePaging, type Paging } from '../../domain/paging.ts';
import { text } from '../../domain/params.ts';
import { resolvePeriod, type InstantRange } from '../../domain/periods.ts';
import type { RequestCtx } from '../../request-context.ts';
import type { RevisitLogListParams } from './revisit-logs.schemas.ts';
import { presentRevisitLogs } from './revisit-log.presenter.ts';
import { loadRevisitLogBundle } from './revisit-logs.loader.ts';
import type { RevisitLogPage } from './revisit-logs.service.ts';
import { presentContextOf } from './revisit-logs.service.ts';
import { countReminders, findReminderPage } from './reminders.repository.ts';

/**
 * The reminder window. `date`/`start_date`/`end_date` are the list's periods, applied to remind_at. Without
 * them (decision): "due and upcoming" = from the start of today in the organization's zone onwards, so
 * today's reminders that already passed (is_remind_expired true) stay listed beside every future one.
 */
export function reminderRange(query: RevisitLogListParams, now: number, zone: string): InstantRange {
  const date = text('date', query.date);
  const startDate = text('start_date', query.start_date);
  const endDate = text('end_date', query.end_date);
  if (date || startDate || endDate) return resolvePeriod({ date, startDate, endDate, defaultPeriod: 'all' }, now, zone);
  return { from: resolvePeriod({ defaultPeriod: 'today' }, now, zone).from };
}

export interface ReminderQuery {
  readonly range: InstantRange;
  readonly paging: Paging;
}

export function parseReminderQuery(query: RevisitLogListParams, now: number, zone: string): ReminderQuery {
  return { range: reminderRange(query, now, zone), paging: parsePaging(query) };
}

/** `GET /api/v2/revisit_logs/reminders`: the caller's own follow-ups with a reminder, soonest first, paged like new_index. */
export async function listReminders(app: AppContext, ctx: RequestCtx, query: ReminderQuery): Promise<RevisitLogPage> {
  const { range, paging } = query;
  const { db } = app.database;
  const criteria = { organizationId: ctx.organization.id, userId: ctx.user.id, range };
  const [rows, total] = await Promise.all([
    findReminderPage(db, criteria, { limit: paging.perPage, offset: (paging.page - 1) * paging.perPage }),
    countReminders(db, criteria),
  ]);
  const bundle = await loadRevisitLogBundle(db, ctx.organization.id, rows);
  return {
    revisit_logs: presentRevisitLogs(bundle, presentContextOf(app, ctx)),
    total_count: total,
    has_next_page: hasNextPage(paging, total),
    per_page: paging.perPage,
    page: paging.page,
  };
}
