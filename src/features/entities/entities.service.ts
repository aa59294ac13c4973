import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { offsetOf, pageInfo, type PageInfo } from '../../domain/paging.ts';
import type { RequestCtx } from '../../request-context.ts';
import { loadCustomValues } from '../custom-fields/custom-fields.repository.ts';
import { findOptionsByIds } from '../field-options/field-options.repository.ts';
import { optionIdsOf, presentEntity, type WireEntity } from './entities.presenter.ts';
import type { EntityListQuery } from './entities.schemas.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import { entityFilterOf } from './entity-list-filter.ts';
import {
  countEntities,
  findCustomerSummaries,
  findEntityPage,
  findVisibleEntity,
  phoneColumns,
  type CustomerSummary,
  type EntityFilter,
  type EntityRow,
} from './entity-records.repository.ts';


/** Presents rows with one batched load per related table, whatever the number of rows. */
export async function presentEntities(db: Db, ctx: RequestCtx, d: EntityDescriptor, rows: readonly EntityRow[]): Promise<WireEntity[]> {
  const customerIds = rows.flatMap((r) => (r.customer_id === null ? [] : [r.customer_id]));
  const [options, customers, custom] = await Promise.all([
    findOptionsByIds(db, ctx.organization.id, optionIdsOf(d, rows)),
    d.belongsToCustomer ? findCustomerSummaries(db, ctx.organization.id, customerIds) : Promise.resolve(new Map<number, CustomerSummary>()),
    loadCustomValues(db, ctx.organization.id, d.singular, rows.map((r) => r.id)),
  ]);
  const lookups = { options: new Map(options.map((o) => [o.id, o])), customers, custom };
  const view = { timeZone: ctx.organization.timeZone, locale: ctx.locale };
  return rows.map((row) => presentEntity(d, row, lookups, view));
}

export async function listEntities(
  app: AppContext,
  ctx: RequestCtx,
  d: EntityDescriptor,
  query: EntityListQuery,
  narrowing: Partial<EntityFilter> = {},
): Promise<Record<string, WireEntity[]> & PageInfo> {
  const { paging, sort, order } = query;
  const filter = { ...(await entityFilterOf(app, ctx, d, query)), ...narrowing };
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

/** `by_name`: the records named exactly `name` within the caller's scope, as a list page. */
export function entitiesByName(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, query: { list: EntityListQuery; name: string }) {
  return listEntities(app, ctx, d, query.list, { name: undefined, exactName: query.name });
}

/**
 * `search_duplicates`: records whose name (title) or phones contain `name` / `phone`, within the caller's
 * scope, exact matches first. A phone search where the entity has no phone is rejected, not ignored.
 */
export function searchDuplicates(
  app: AppContext,
  ctx: RequestCtx,
  d: EntityDescriptor,
  query: { list: EntityListQuery; name?: string | undefined; phone?: string | undefined },
) {
  const { name, phone } = query;
  if (phone !== undefined && phoneColumns(d).length === 0) throw invalidParameter('phone', `${d.plural} have no phone; search by name`);
  return listEntities(app, ctx, d, query.list, { name: undefined, duplicates: { name, phone } });
}
