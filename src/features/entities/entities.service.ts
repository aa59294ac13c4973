import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../domain/errors.ts';
import { offsetOf, pageInfo, parsePaging, type PageInfo } from '../../domain/paging.ts';
import { oneOf } from '../../domain/params.ts';
import type { RequestCtx } from '../../request-context.ts';
import { findOptionsByIds } from '../field-options/field-options.repository.ts';
import { optionIdsOf, presentEntity, type WireEntity } from './entities.presenter.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import { entityFilterOf } from './entity-list-filter.ts';
import {
  countEntities,
  findCustomerSummaries,
  findEntityPage,
  findVisibleEntity,
  type CustomerSummary,
  type EntityRow,
} from './entity-records.repository.ts';

const SORTS = ['updated_at', 'created_at', 'real_revisit_at'] as const;

/** Presents rows with one batched load per related table, whatever the number of rows. */
export async function presentEntities(db: Db, ctx: RequestCtx, d: EntityDescriptor, rows: readonly EntityRow[]): Promise<WireEntity[]> {
  const customerIds = rows.flatMap((r) => (r.customer_id === null ? [] : [r.customer_id]));
  const [options, customers] = await Promise.all([
    findOptionsByIds(db, ctx.organization.id, optionIdsOf(d, rows)),
    d.belongsToCustomer ? findCustomerSummaries(db, ctx.organization.id, customerIds) : Promise.resolve(new Map<number, CustomerSummary>()),
  ]);
  const lookups = { options: new Map(options.map((o) => [o.id, o])), customers };
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
  const filter = await entityFilterOf(app, ctx, d, query);
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
