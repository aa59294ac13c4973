import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { offsetOf, pageInfo, type PageInfo } from '../../domain/paging.ts';
import type { RequestCtx } from '../../request-context.ts';
import { findDepartment } from '../directory/departments.repository.ts';
import { findOptionsByIds } from '../field-options/field-options.repository.ts';
import { optionIdsOf, presentEntity, type WireEntity } from './entities.presenter.ts';
import type { EntityListQuery } from './entities.schemas.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import {
  countEntities,
  findCustomerNames,
  findEntityPage,
  findVisibleEntity,
  type EntityFilter,
  type EntityRow,
} from './entity-records.repository.ts';

async function filterOf(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, query: EntityListQuery): Promise<EntityFilter> {
  let departmentPath: string | undefined;
  if (query.departmentId !== undefined) {
    const department = await findDepartment(app.database.db, ctx.organization.id, query.departmentId);
    if (!department) throw invalidParameter('department_id', 'a department id of this organization');
    departmentPath = department.path;
  }
  return {
    organizationId: ctx.organization.id,
    visible: ctx.visible,
    userIds: query.userIds,
    departmentPath,
    updatedFrom: query.updatedFrom,
    updatedTo: query.updatedTo,
    name: query.name,
    customerId: query.customerId,
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
  query: EntityListQuery,
): Promise<Record<string, WireEntity[]> & PageInfo> {
  const { paging, sort, order } = query;
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
