import { sql } from 'kysely';
import { runCompiledOnce } from '../../db/compiled-queries.ts';
import type { Db } from '../../db/database.ts';
import { LOGGABLE_TYPES, type LoggableType } from '../../domain/loggable.ts';
import type { AttachmentRow } from '../attachments/attachment.presenter.ts';

// Batched loads for a page of follow-ups: each runs ONE query whatever the page size, so a page costs a
// constant number of queries. Their SQL depends only on the number of ids: compiled once per length.

export async function loadAttachments(db: Db, organizationId: number, logIds: number[]): Promise<AttachmentRow[]> {
  if (logIds.length === 0) return [];
  return runCompiledOnce(db, `revisit-logs.attachments:${logIds.length}`, [organizationId, 'RevisitLog', ...logIds], () =>
    db
      .selectFrom('attachments')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('attachmentable_type', '=', 'RevisitLog')
      .where('attachmentable_id', 'in', logIds)
      .orderBy('id')
      .compile(),
  );
}

export interface AtUserRow {
  id: number;
  revisit_log_id: number;
  user_id: number;
}

export async function loadAtUsers(db: Db, organizationId: number, logIds: number[]): Promise<AtUserRow[]> {
  if (logIds.length === 0) return [];
  return runCompiledOnce(db, `revisit-logs.at-users:${logIds.length}`, [organizationId, ...logIds], () =>
    db
      .selectFrom('revisit_log_at_users')
      .select(['id', 'revisit_log_id', 'user_id'])
      .where('organization_id', '=', organizationId)
      .where('revisit_log_id', 'in', logIds)
      .orderBy('id')
      .compile(),
  );
}

export interface LinkedContactRow {
  revisit_log_id: number;
  id: number;
  name: string;
  phone: string | null;
}

export async function loadContacts(db: Db, organizationId: number, logIds: number[]): Promise<LinkedContactRow[]> {
  if (logIds.length === 0) return [];
  return runCompiledOnce(db, `revisit-logs.contacts:${logIds.length}`, [organizationId, ...logIds], () =>
    db
      .selectFrom('revisit_log_contacts as rc')
      .innerJoin('contacts as c', (j) => j.onRef('c.id', '=', 'rc.contact_id').onRef('c.organization_id', '=', 'rc.organization_id'))
      .select(['rc.revisit_log_id', 'c.id', 'c.name', 'c.phone'])
      .where('rc.organization_id', '=', organizationId)
      .where('rc.revisit_log_id', 'in', logIds)
      .orderBy('rc.id')
      .compile(),
  );
}

export interface CommentRow {
  id: number;
  revisit_log_id: number;
  user_id: number;
  user_name: string;
  content: string;
  created_at: number;
}

/** The latest `perLog` comments of each follow-up, newest first (a window function: one query for the page). */
export async function loadLatestComments(db: Db, organizationId: number, logIds: number[], perLog: number): Promise<CommentRow[]> {
  if (logIds.length === 0) return [];
  return runCompiledOnce(db, `revisit-logs.latest-comments:${logIds.length}`, [organizationId, ...logIds, perLog], () => latestComments(db, organizationId, logIds, perLog).compile());
}

function latestComments(db: Db, organizationId: number, logIds: number[], perLog: number) {
  const ranked = db
    .selectFrom('revisit_log_comments as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.user_id').onRef('u.organization_id', '=', 'c.organization_id'))
    .select([
      'c.id',
      'c.revisit_log_id',
      'c.user_id',
      'u.name as user_name',
      'c.content',
      'c.created_at',
      sql<number>`row_number() over (partition by c.revisit_log_id order by c.id desc)`.as('rank'),
    ])
    .where('c.organization_id', '=', organizationId)
    .where('c.revisit_log_id', 'in', logIds)
    .where('c.deleted_at', 'is', null);
  return db
    .selectFrom(ranked.as('ranked'))
    .select(['id', 'revisit_log_id', 'user_id', 'user_name', 'content', 'created_at'])
    .where('rank', '<=', perLog)
    .orderBy('id', 'desc');
}

export interface LoggableSummaryRow {
  loggable_type: LoggableType;
  id: number;
  name: string;
  approve_status: string;
}

/** The entities a page refers to, all five kinds in one UNION ALL query. */
export async function loadLoggables(db: Db, organizationId: number, refs: { type: LoggableType; id: number }[]): Promise<LoggableSummaryRow[]> {
  const wanted = LOGGABLE_TYPES.map((type) => ({ type, ids: [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))] }));
  const parts = wanted
    .filter((w) => w.ids.length > 0)
    .map(({ type, ids }) => {
      switch (type) {
        case 'Lead':
          return sql`select 'Lead' as loggable_type, id, name, approve_status from leads where organization_id = ${organizationId} and id in (${sql.join(ids)})`;
        case 'Customer':
          return sql`select 'Customer' as loggable_type, id, name, approve_status from customers where organization_id = ${organizationId} and id in (${sql.join(ids)})`;
        case 'Opportunity':
          return sql`select 'Opportunity' as loggable_type, id, title as name, approve_status from opportunities where organization_id = ${organizationId} and id in (${sql.join(ids)})`;
        case 'Contract':
          return sql`select 'Contract' as loggable_type, id, title as name, approve_status from contracts where organization_id = ${organizationId} and id in (${sql.join(ids)})`;
        case 'Contact':
          return sql`select 'Contact' as loggable_type, id, name, approve_status from contacts where organization_id = ${organizationId} and id in (${sql.join(ids)})`;
      }
    });
  if (parts.length === 0) return [];
  const shape = wanted.map((w) => w.ids.length).join(',');
  const parameters = wanted.flatMap((w) => (w.ids.length > 0 ? [organizationId, ...w.ids] : []));
  const rows = await runCompiledOnce(db, `revisit-logs.loggables:${shape}`, parameters, () => sql<LoggableSummaryRow>`${sql.join(parts, sql` union all `)}`.compile(db));
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface PresentableUserRow {
  id: number;
  email: string | null;
  created_at: number;
  name: string;
  organization_id: number;
  login: string;
  role_id: number;
  workflow_state: string;
  job: string | null;
  tel: string | null;
  avatar_url: string | null;
  department_name: string;
  third_userid: string | null;
  third_dept_id: string | null;
  uid: number | null;
}

export async function loadUsers(db: Db, organizationId: number, userIds: number[]): Promise<PresentableUserRow[]> {
  if (userIds.length === 0) return [];
  const ids = [...new Set(userIds)];
  return runCompiledOnce(db, `revisit-logs.users:${ids.length}`, [organizationId, ...ids], () => presentableUsers(db, organizationId, ids).compile());
}

function presentableUsers(db: Db, organizationId: number, ids: number[]) {
  return db
    .selectFrom('users')
    .innerJoin('departments', (j) => j.onRef('departments.id', '=', 'users.department_id').onRef('departments.organization_id', '=', 'users.organization_id'))
    .select([
      'users.id',
      'users.email',
      'users.created_at',
      'users.name',
      'users.organization_id',
      'users.login',
      'users.role_id',
      'users.workflow_state',
      'users.job',
      'users.tel',
      'users.avatar_url',
      'departments.name as department_name',
      'users.third_userid',
      'users.third_dept_id',
      'users.uid',
    ])
    .where('users.organization_id', '=', organizationId)
    .where('users.id', 'in', ids);
}
