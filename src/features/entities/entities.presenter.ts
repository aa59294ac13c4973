import { approveStatusDisplay } from '../../domain/approve-status.ts';
import type { Locale } from '../../domain/errors.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import { customKeysOf } from '../custom-fields/custom-field-values.ts';
import type { LoadedCustomValues } from '../custom-fields/custom-fields.repository.ts';
import type { FieldOptionRow } from '../field-options/field-options.repository.ts';
import type { EntityItem } from './entities.schemas.ts';
import { presentAddress } from './entity-address.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import type { CustomerSummary, EntityRow } from './entity-records.repository.ts';

export interface EntityLookups {
  /** Options by id, disabled ones included: an old record still shows the option it was given. */
  readonly options: ReadonlyMap<number, FieldOptionRow>;
  readonly customers: ReadonlyMap<number, CustomerSummary>;
  /** Custom fields as top-level keys (`text_asset_1a2b`), as IKCRM items carry them. */
  readonly custom: LoadedCustomValues;
}

/** The declared shared fields (EntitySchema) plus the entity's own, which vary by descriptor. */
export type WireEntity = EntityItem & Record<string, unknown>;

export function optionDisplay(option: FieldOptionRow | undefined, locale: Locale): string | null {
  if (!option) return null;
  return locale === 'en' ? (option.name_en ?? option.name) : option.name;
}

/**
 * One entity in the IKCRM list/detail shape: option ids as numeric strings with a `_mapped` display, times as
 * `YYYY-MM-DD HH:mm` in the organization's zone (null where there is none), the owner flat and nested.
 */
export function presentEntity(
  d: EntityDescriptor,
  row: EntityRow,
  lookups: EntityLookups,
  view: { timeZone: string; locale: Locale },
): WireEntity {
  const wire: Record<string, unknown> = { id: row.id, name: row.label };
  if (d.labelColumn === 'title') wire.title = row.label;
  wire.user_id = row.user_id;
  wire.user_name = row.owner_name;
  wire.user = { id: row.user_id, name: row.owner_name, department_id: row.owner_department_id, department_name: row.owner_department_name };
  if (d.stateColumn) {
    wire[d.stateColumn] = row.state === null ? null : String(row.state);
    wire[`${d.stateColumn}_mapped`] = row.state === null ? null : optionDisplay(lookups.options.get(row.state), view.locale);
  }
  if (d.belongsToCustomer && row.customer_id !== null) {
    wire.customer_id = row.customer_id;
    const customer = lookups.customers.get(row.customer_id);
    wire.customer_name = customer?.name ?? null;
    // `before_user` is the owner before the common pool took it; Genjin has no pool, so it is always null.
    if (d.nestsCustomer) {
      wire.customer = customer
        ? { id: customer.id, name: customer.name, user_id: customer.user_id, user_name: customer.user_name, before_user: null }
        : null;
    }
  }
  for (const x of d.extras) {
    const value = row.extras[x.column] ?? null;
    if (x.kind === 'option') {
      wire[x.column] = value === null ? null : String(value);
      wire[`${x.column}_mapped`] = value === null ? null : optionDisplay(lookups.options.get(Number(value)), view.locale);
    } else {
      wire[x.column] = value;
    }
  }
  if (row.address) wire.address = presentAddress(row.address);
  wire.approve_status = row.approve_status;
  wire.approve_status_i18n = approveStatusDisplay(row.approve_status, view.locale);
  wire.real_revisit_at = row.real_revisit_at === null ? null : formatWireDateTime(row.real_revisit_at, view.timeZone);
  wire.revisit_logs_count = row.revisit_logs_count;
  wire.created_at = formatWireDateTime(row.created_at, view.timeZone);
  wire.updated_at = formatWireDateTime(row.updated_at, view.timeZone);
  Object.assign(wire, customKeysOf(lookups.custom, row.id, view.timeZone));
  return wire as WireEntity;
}

/** The option ids a page of rows refers to (state and option extras), for one batched load. */
export function optionIdsOf(d: EntityDescriptor, rows: readonly EntityRow[]): number[] {
  const ids: number[] = [];
  for (const row of rows) {
    if (row.state !== null) ids.push(row.state);
    for (const x of d.extras) {
      const value = row.extras[x.column];
      if (x.kind === 'option' && value !== null && value !== undefined) ids.push(Number(value));
    }
  }
  return ids;
}
