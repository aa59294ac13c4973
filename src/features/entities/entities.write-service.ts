import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { APPROVE_STATUSES } from '../../domain/approve-status.ts';
import type { FieldKey } from '../../domain/default-options.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { characterCount } from '../../domain/params.ts';
import { canSeeAuthor } from '../../domain/visibility.ts';
import type { RequestCtx } from '../../request-context.ts';
import { parseCustomFields, storeCustomFields } from '../custom-fields/custom-field-values.ts';
import { findDirectoryUser } from '../directory/users.repository.ts';
import { findOption } from '../field-options/field-options.repository.ts';
import { getEntity } from './entities.service.ts';
import { addressValuesOf } from './entity-address.ts';
import { CUSTOMER_DESCRIPTOR, type EntityDescriptor } from './entity-descriptors.ts';
import { findVisibleEntity, insertEntity, updateEntity, type EntityRow, type EntityValues } from './entity-records.repository.ts';

const MAX_TEXT = 255;
type Fields = Record<string, unknown>;

/** IKCRM nests fields under the singular (`customer[name]=…`); a flat JSON body is accepted too. */
export function entityFields(d: EntityDescriptor, body: unknown): Fields {
  if (typeof body !== 'object' || body === null) return {};
  const inner = (body as Fields)[d.singular];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Fields) : (body as Fields);
}

function present(fields: Fields, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(fields, key);
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}

interface Writer {
  readonly app: AppContext;
  readonly ctx: RequestCtx;
  readonly d: EntityDescriptor;
  readonly db: Db;
  readonly param: (key: string) => string;
}

function text(w: Writer, key: string, value: unknown, required: boolean, max = MAX_TEXT): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) throw invalidParameter(w.param(key));
    return null;
  }
  const s = scalar(value);
  if (s === undefined || characterCount(s) > max || (required && s === '')) throw invalidParameter(w.param(key), `text up to ${max} characters`);
  return s === '' ? null : s;
}

function number(w: Writer, key: string, value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(scalar(value));
  if (scalar(value) === undefined || !Number.isFinite(n)) throw invalidParameter(w.param(key), 'a number');
  return n;
}

/** An option of the field's set; a disabled option may be kept on a record but not newly chosen. */
async function option(w: Writer, key: string, fieldKey: FieldKey, value: unknown, current: number | null): Promise<number | null> {
  if (value === null || value === undefined || value === '') return null;
  const id = Number(scalar(value));
  if (!Number.isSafeInteger(id) || id <= 0) throw invalidParameter(w.param(key), 'an option id of this field');
  if (id === current) return id;
  const row = await findOption(w.db, w.ctx.organization.id, id);
  if (!row || row.field_key !== fieldKey || row.enabled !== 1) throw invalidParameter(w.param(key), 'an enabled option id of this field');
  return id;
}

async function owner(w: Writer, value: unknown): Promise<number> {
  const id = Number(scalar(value));
  const user = Number.isSafeInteger(id) && id > 0 ? await findDirectoryUser(w.db, w.ctx.organization.id, id) : undefined;
  // The new owner must be an active colleague inside the caller's data scope: nobody hands a record to
  // someone whose records they cannot see.
  if (!user || user.disabled_at !== null || !canSeeAuthor(w.ctx.visible, { userId: user.id, departmentId: user.department_id, departmentPath: user.department_path })) {
    throw invalidParameter(w.param('user_id'), 'an active user within your data scope');
  }
  return user.id;
}

async function customer(w: Writer, value: unknown): Promise<number> {
  const id = Number(scalar(value));
  const visible =
    Number.isSafeInteger(id) && id > 0
      ? await findVisibleEntity(w.db, w.app.database.ops, CUSTOMER_DESCRIPTOR, { organizationId: w.ctx.organization.id, visible: w.ctx.visible }, id)
      : undefined;
  if (!visible) throw invalidParameter(w.param('customer_id'), 'a customer id you can see');
  return visible.id;
}

/** Validates every given field before anything is written; a rejected write changes nothing. */
async function valuesOf(w: Writer, fields: Fields, current: EntityRow | undefined): Promise<EntityValues> {
  const { d } = w;
  const values: EntityValues = {};
  const labelKey = present(fields, d.labelColumn) ? d.labelColumn : present(fields, 'name') ? 'name' : d.labelColumn;
  if (!current || present(fields, labelKey)) values[d.labelColumn] = text(w, labelKey, fields[labelKey], true)!;
  if (d.stateColumn && d.stateFieldKey && present(fields, d.stateColumn)) {
    values[d.stateColumn] = await option(w, d.stateColumn, d.stateFieldKey, fields[d.stateColumn], current?.state ?? null);
  }
  for (const x of d.extras) {
    if (!present(fields, x.column)) continue;
    const value = fields[x.column];
    if (x.kind === 'text') (values as Record<string, unknown>)[x.column] = text(w, x.column, value, false, x.maxLength);
    else if (x.kind === 'number') (values as Record<string, unknown>)[x.column] = number(w, x.column, value);
    else values.category = await option(w, x.column, x.fieldKey!, value, (current?.extras[x.column] as number | null) ?? null);
  }
  if (d.hasAddress) Object.assign(values, addressValuesOf(fields.address_attributes, (field) => `${w.param('address_attributes')}${field ? `[${field}]` : ''}`));
  if (present(fields, 'approve_status')) {
    const status = scalar(fields.approve_status);
    if (!status || !(APPROVE_STATUSES as readonly string[]).includes(status)) throw invalidParameter(w.param('approve_status'), APPROVE_STATUSES);
    values.approve_status = status;
  }
  if (present(fields, 'user_id') || !current) values.user_id = present(fields, 'user_id') ? await owner(w, fields.user_id) : w.ctx.user.id;
  if (d.belongsToCustomer && (present(fields, 'customer_id') || !current)) values.customer_id = await customer(w, fields.customer_id);
  return values;
}

const customScope = (ctx: RequestCtx) => ({ organizationId: ctx.organization.id, timeZone: ctx.organization.timeZone });

function writer(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, db: Db): Writer {
  return { app, ctx, d, db, param: (key) => `${d.singular}[${key}]` };
}

export async function createEntity(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, body: unknown) {
  const id = await app.database.db.transaction().execute(async (trx) => {
    const w = writer(app, ctx, d, trx);
    const fields = entityFields(d, body);
    const values = await valuesOf(w, fields, undefined);
    const custom = await parseCustomFields(trx, customScope(ctx), d.singular, fields, true, w.param);
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

export async function updateEntityFromBody(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, id: number, body: unknown) {
  await app.database.db.transaction().execute(async (trx) => {
    const scope = { organizationId: ctx.organization.id, visible: ctx.visible };
    const current = await findVisibleEntity(trx, app.database.ops, d, scope, id);
    if (!current) throw notFound();
    const w = writer(app, ctx, d, trx);
    const fields = entityFields(d, body);
    const values = await valuesOf(w, fields, current);
    const custom = await parseCustomFields(trx, customScope(ctx), d.singular, fields, false, w.param);
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
