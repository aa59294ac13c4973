import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema/index.ts';
import type { InstantRange } from '../../domain/periods.ts';
import type { RevisitLogRow } from './revisit-logs.repository.ts';

export interface ReminderCriteria {
  organizationId: number;
  userId: number;
  /** A range on remind_at. */
  range: InstantRange;
}

function whereOf(eb: ExpressionBuilder<Database, 'revisit_logs'>, c: ReminderCriteria) {
  const conditions = [
    eb('organization_id', '=', c.organizationId),
    eb('user_id', '=', c.userId),
    eb('deleted_at', 'is', null),
    eb('remind_at', 'is not', null),
  ];
  if (c.range.from !== undefined) conditions.push(eb('remind_at', '>=', c.range.from));
  if (c.range.until !== undefined) conditions.push(eb('remind_at', '<', c.range.until));
  return eb.and(conditions);
}

/** The caller's reminders, soonest first (index revisit_logs_org_user_remind). */
export async function findReminderPage(db: Db, c: ReminderCriteria, page: { limit: number; offset: number }): Promise<RevisitLogRow[]> {
  return db
    .selectFrom('revisit_logs')
    .selectAll()
    .where((eb) => whereOf(eb, c))
    .orderBy('remind_at', 'asc')
    .orderBy('id', 'asc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countReminders(db: Db, c: ReminderCriteria): Promise<number> {
  const row = await db
    .selectFrom('revisit_logs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => whereOf(eb, c))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
