import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { offsetOf, pageInfo, parsePaging, type PageInfo } from '../../domain/paging.ts';
import { idListParam, idParam, oneOf, textParam } from '../../domain/params.ts';
import { parseClientTime } from '../../domain/wire-time.ts';
import type { RequestCtx } from '../../request-context.ts';
import { findDepartment } from '../directory/departments.repository.ts';
import { findOptionsByIds } from '../field-options/field-options.repository.ts';
import { optionIdsOf, presentEntity, type WireEntity } from './entities.presenter.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import {
  countEntities,
  findCustomerNames,
  findEntityPage,
  findVisibleEntity,
  type EntityFilter,
  type EntityRow,
} from './entity-records.repository.ts';

const SORTS = ['updated_at', 'created_at', 'real_revisit_at'] as const;
const DAY_MS = 86_400_000;

/** `2024-05-01` as an upper bound means the whole day (inclusive, like new_index's date filters). */
function timeBound(name: string, value: unknown, zone: string, end: boolean): number | undefined {
  const text = textParam(value);
  if (text === undefined) return undefined;
  const ms = parseClientTime(text, zone);
  if (ms === undefined) throw invalidParameter(name, 'YYYY-MM-DD or YYYY-MM-DD HH:mm');
  return end && /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ? ms + DAY_MS - 1 : ms;
}

function nested(query: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = query[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

async function filterOf(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, query: Record<string, unknown>): Promise<EntityFilter> {
  const zone = ctx.organization.timeZone;
  // `updated_at[from]=…&updated_at[to]=…` (Rails-style) or the flat `updated_at_from` / `updated_at_to`.
  const range = nested(query, 'updated_at');
  const departmentId = idParam('department_id', query.department_id);
  let departmentPath: string | undefined;
  if (departmentId !== undefined) {
    const department = await findDepartment(app.database.db, ctx.organization.id, departmentId);
    if (!department) throw invalidParameter('department_id', 'a department id of this organization');
    departmentPath = department.path;
  }
  return {
    organizationId: ctx.organization.id,
    visible: ctx.visible,
    userIds: idListParam('user_id', query.user_id),
    departmentPath,
    updatedFrom: timeBound('updated_at_from', query.updated_at_from ?? range.from, zone, false),
    updatedTo: timeBound('updated_at_to', query.updated_at_to ?? range.to, zone, true),
    name: textParam(query.name ?? (d.labelColumn === 'title' ? query.title : undefined)),
    customerId: d.belongsToCustomer ? idParam('customer_id', query.customer_id) : undefined,
  };
}

/** Presents rows with one batched load per related table, whatever the number of rows. */
export async function presentEntities(db: Db, ctx: RequestCtx, d: EntityDescriptor, rows: readonly EntityRow[]): Promise<WireEntity[]> {
  const customerIds = rows.flatMap((r) => (r.customer_id === null ? [] : [r.customer_id]));
  const [options, customerNames] = await Promise.all([
    findOptionsByIds(db, ctx.organization.id, optionIdsOf(d, rows)),
    d.belongsToCustomer ? findCustomerNames(db, ctx.organization.id, customerIds) : Promise.resolve(new Map<number, string>()),
  ]);
  const lookups = { options: new Map(options.map((o) => [o.id, o])), customerNames };
  const view = { timeZone: ctx.organization.timeZone, locale: ctx.locale };
  return rows.map((row) => presentEntity(d, row, lookups, view));
}

export async function listEntities(
  app: AppContext,
  ctx: RequestCtx,
  d: EntityDescriptor,
  query: Record<string, unknown>,
): Promise<Record<string, WireEntity[]> & PageInfo> {
  const paging = parsePaging(query);
  const sort = oneOf('sort', query.sort, SORTS, 'updated_at');
  const order = oneOf('order', query.order, ['asc', 'desc'] as const, 'desc');
  const filter = await filterOf(app, ctx, d, query);
  const { db, ops } = app.database;
  const [rows, total] = await Promise.all([
    findEntityPage(db, ops, d, filter, { limit: paging.perPage, offset: offsetOf(paging), sort, order }),
    countEntities(db, ops, d, filter),
  ]);
  const items = await presentEntities(db, ctx, d, rows);
  return { [d.plural]: items, ...pageInfo(paging, total) } as Record<string, WireEntity[]> & PageInfo;
}

export async function getEntity(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, id: number): Promise<WireEntity> {
  const { db, ops } = app.database;
  const row = await findVisibleEntity(db, ops, d, { organizationId: ctx.organization.id, visible: ctx.visible }, id);
  if (!row) throw notFound();
  const [item] = await presentEntities(db, ctx, d, [row]);
  return item!;
}
