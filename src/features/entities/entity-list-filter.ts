import type { AppContext } from '../../app-context.ts';
import { APPROVE_STATUSES } from '../../domain/approve-status.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { idListParam, idParam, textParam } from '../../domain/params.ts';
import { parseClientTime } from '../../domain/wire-time.ts';
import type { RequestCtx } from '../../request-context.ts';
import { customFieldConditions } from '../custom-fields/custom-field-values.ts';
import { findDepartment } from '../directory/departments.repository.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import type { EntityFilter } from './entity-records.repository.ts';

const DAY_MS = 86_400_000;
const DAY_ONLY = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** `2024-05-01` as an upper bound means the whole day (inclusive, like new_index's date filters). */
function timeBound(name: string, value: unknown, zone: string, end: boolean): number | undefined {
  const text = textParam(value);
  if (text === undefined) return undefined;
  const ms = parseClientTime(text, zone);
  if (ms === undefined) throw invalidParameter(name, 'YYYY-MM-DD or YYYY-MM-DD HH:mm');
  return end && DAY_ONLY.test(text) ? ms + DAY_MS - 1 : ms;
}

/** A bare `updated_at=2026-11-12` is that whole day in the organization's zone (clients sync day by day). */
function wholeDay(name: string, value: unknown, zone: string): { from?: number; to?: number } {
  const text = textParam(value);
  if (text === undefined) return {};
  if (!DAY_ONLY.test(text)) throw invalidParameter(name, 'YYYY-MM-DD');
  return { from: timeBound(name, text, zone, false), to: timeBound(name, text, zone, true) };
}

function nested(query: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = query[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const latest = (...values: (number | undefined)[]) => values.reduce<number | undefined>((a, b) => (b === undefined ? a : a === undefined ? b : Math.max(a, b)), undefined);
const earliest = (...values: (number | undefined)[]) => values.reduce<number | undefined>((a, b) => (b === undefined ? a : a === undefined ? b : Math.min(a, b)), undefined);

function approveStatuses(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parts = (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  for (const p of parts) if (!(APPROVE_STATUSES as readonly string[]).includes(p)) throw invalidParameter('approve_status', APPROVE_STATUSES);
  return parts;
}

/**
 * The list's filters. A parameter the list does not know is ignored (as IKCRM does), but every filter it
 * does know is applied or rejected with 100406: a silently ignored filter would answer wrong data.
 */
export async function entityFilterOf(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, query: Record<string, unknown>): Promise<EntityFilter> {
  const zone = ctx.organization.timeZone;
  // `updated_at[from]=…&updated_at[to]=…` (Rails-style), the flat `updated_at_from` / `updated_at_to`, or a bare day.
  const range = nested(query, 'updated_at');
  const day = typeof query.updated_at === 'object' ? {} : wholeDay('updated_at', query.updated_at, zone);
  const departmentId = idParam('department_id', query.department_id);
  let departmentPath: string | undefined;
  if (departmentId !== undefined) {
    const department = await findDepartment(app.database.db, ctx.organization.id, departmentId);
    if (!department) throw invalidParameter('department_id', 'a department id of this organization');
    departmentPath = department.path;
  }
  const optionIds: Record<string, readonly number[]> = {};
  if (d.stateColumn) {
    const ids = idListParam(d.stateColumn, query[d.stateColumn]);
    if (ids) optionIds[d.stateColumn] = ids;
  }
  for (const x of d.extras) {
    const ids = x.kind === 'option' ? idListParam(x.column, query[x.column]) : undefined;
    if (ids) optionIds[x.column] = ids;
  }
  return {
    organizationId: ctx.organization.id,
    visible: ctx.visible,
    userIds: idListParam('user_id', query.user_id),
    departmentPath,
    updatedFrom: latest(timeBound('updated_at_from', query.updated_at_from ?? range.from, zone, false), day.from),
    updatedTo: earliest(timeBound('updated_at_to', query.updated_at_to ?? range.to, zone, true), day.to),
    name: textParam(query.name ?? (d.labelColumn === 'title' ? query.title : undefined)),
    customerId: d.belongsToCustomer ? idParam('customer_id', query.customer_id) : undefined,
    optionIds,
    approveStatuses: approveStatuses(query.approve_status),
    custom: await customFieldConditions(app.database.db, { organizationId: ctx.organization.id, timeZone: zone }, d.singular, query),
  };
}
