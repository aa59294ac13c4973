import type { AppContext } from '../../app-context.ts';
import { hasNextPage, parsePaging, singleParam } from '../../domain/paging.ts';
import { resolvePeriod, type InstantRange } from '../../domain/periods.ts';
import type { RequestCtx } from '../../request-context.ts';
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
export function reminderRange(query: Record<string, unknown>, now: number, zone: string): InstantRange {
  const date = singleParam(query.date);
  const startDate = singleParam(query.start_date);
  const endDate = singleParam(query.end_date);
  if (date?.trim() || startDate?.trim() || endDate?.trim()) return resolvePeriod({ date, startDate, endDate, defaultPeriod: 'all' }, now, zone);
  return { from: resolvePeriod({ defaultPeriod: 'today' }, now, zone).from };
}

/** `GET /api/v2/revisit_logs/reminders`: the caller's own follow-ups with a reminder, soonest first, paged like new_index. */
export async function listReminders(app: AppContext, ctx: RequestCtx, query: Record<string, unknown>): Promise<RevisitLogPage> {
  const range = reminderRange(query, ctx.now, ctx.organization.timeZone);
  const paging = parsePaging(query);
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
