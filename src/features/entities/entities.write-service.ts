import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import type { FieldKey } from '../../domain/default-options.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { canSeeAuthor } from '../../domain/visibility.ts';
import type { RequestCtx } from '../../request-context.ts';
import { parseCustomFields, storeCustomFields } from '../custom-fields/custom-field-values.ts';
import { findDirectoryUser } from '../directory/users.repository.ts';
import { findOption } from '../field-options/field-options.repository.ts';
import { getEntity } from './entities.service.ts';
import type { EntityInput } from './entity-input.ts';
import { CUSTOMER_DESCRIPTOR, type EntityDescriptor } from './entity-descriptors.ts';
import { findVisibleEntity, insertEntity, updateEntity, type EntityRow, type EntityValues } from './entity-records.repository.ts';

interface Writer {
  readonly app: AppContext;
  readonly ctx: RequestCtx;
  readonly d: EntityDescriptor;
  readonly db: Db;
  readonly param: (key: string) => string;
}

/** An option of the field's set; a disabled option may be kept on a record but not newly chosen. */
async function option(w: Writer, key: string, fieldKey: FieldKey, id: number | null, current: number | null): Promise<number | null> {
  if (id === null || id === current) return id;
  const row = await findOption(w.db, w.ctx.organization.id, id);
  if (!row || row.field_key !== fieldKey || row.enabled !== 1) throw invalidParameter(w.param(key), 'an enabled option id of this field');
  return id;
}

async function owner(w: Writer, id: number): Promise<number> {
  const user = id > 0 ? await findDirectoryUser(w.db, w.ctx.organization.id, id) : undefined;
  // The new owner must be an active colleague inside the caller's data scope: nobody hands a record to
  // someone whose records they cannot see.
  if (!user || user.disabled_at !== null || !canSeeAuthor(w.ctx.visible, { userId: user.id, departmentId: user.department_id, departmentPath: user.department_path })) {
    throw invalidParameter(w.param('user_id'), 'an active user within your data scope');
  }
  return user.id;
}

async function customer(w: Writer, id: number | null | undefined): Promise<number> {
  const visible =
    id !== null && id !== undefined
      ? await findVisibleEntity(w.db, w.app.database.ops, CUSTOMER_DESCRIPTOR, { organizationId: w.ctx.organization.id, visible: w.ctx.visible }, id)
      : undefined;
  if (!visible) throw invalidParameter(w.param('customer_id'), 'a customer id you can see');
  return visible.id;
}

/** Checks every reference before anything is written; a rejected write changes nothing. */
async function valuesOf(w: Writer, input: EntityInput, current: EntityRow | undefined): Promise<EntityValues> {
  const { d } = w;
  const values: EntityValues = {};
  if (input.label !== undefined) values[d.labelColumn] = input.label;
  if (d.stateColumn && d.stateFieldKey && input.state !== undefined) {
    values[d.stateColumn] = await option(w, d.stateColumn, d.stateFieldKey, input.state, current?.state ?? null);
  }
  for (const x of d.extras) {
    if (!input.extras.has(x.column)) continue;
    const value = input.extras.get(x.column)!;
    if (x.kind !== 'option') (values as Record<string, unknown>)[x.column] = value;
    else values.category = await option(w, x.column, x.fieldKey!, value as number | null, (current?.extras[x.column] as number | null) ?? null);
  }
  if (d.hasAddress) Object.assign(values, input.address);
  if (input.approveStatus !== undefined) values.approve_status = input.approveStatus;
  if (input.userId !== undefined || !current) values.user_id = input.userId !== undefined ? await owner(w, input.userId) : w.ctx.user.id;
  if (d.belongsToCustomer && (input.customerId !== undefined || !current)) values.customer_id = await customer(w, input.customerId);
  return values;
}

const customScope = (ctx: RequestCtx) => ({ organizationId: ctx.organization.id, timeZone: ctx.organization.timeZone });

function writer(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, db: Db): Writer {
  return { app, ctx, d, db, param: (key) => `${d.singular}[${key}]` };
}

export async function createEntity(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, input: EntityInput) {
  const id = await app.database.db.transaction().execute(async (trx) => {
    const w = writer(app, ctx, d, trx);
    const values = await valuesOf(w, input, undefined);
    const custom = await parseCustomFields(trx, customScope(ctx), d.singular, input.customFields, true, w.param);
    const now = app.clock();
    const created = await insertEntity(trx, d, {
      approve_status: 'approved',
      ...values,
      organization_id: ctx.organization.id,
      created_at: now,
      updated_at: now,
    });
    await storeCustomFields(trx, ctx.organization.id, created, custom);
    return created;
  });
  return getEntity(app, ctx, d, id);
}

export async function updateEntityFromInput(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, id: number, input: EntityInput) {
  await app.database.db.transaction().execute(async (trx) => {
    const scope = { organizationId: ctx.organization.id, visible: ctx.visible };
    const current = await findVisibleEntity(trx, app.database.ops, d, scope, id);
    if (!current) throw notFound();
    const w = writer(app, ctx, d, trx);
    const values = await valuesOf(w, input, current);
    const custom = await parseCustomFields(trx, customScope(ctx), d.singular, input.customFields, false, w.param);
    await updateEntity(trx, d, ctx.organization.id, id, { ...values, updated_at: app.clock() });
    await storeCustomFields(trx, ctx.organization.id, id, custom);
  });
  return getEntity(app, ctx, d, id);
}

/** Soft delete: the row stays (follow-ups keep pointing at it) but no list or lookup shows it again. */
export async function deleteEntity(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, id: number): Promise<{ id: number }> {
  await app.database.db.transaction().execute(async (trx) => {
    const current = await findVisibleEntity(trx, app.database.ops, d, { organizationId: ctx.organization.id, visible: ctx.visible }, id);
    if (!current) throw notFound();
    const now = app.clock();
    await updateEntity(trx, d, ctx.organization.id, id, { deleted_at: now, updated_at: now });
  });
  return { id };
}
