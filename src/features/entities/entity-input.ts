import { APPROVE_STATUSES, type ApproveStatus } from '../../domain/approve-status.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { decimal, fieldOf, fieldsOf, id, oneOf, text, type Fields } from '../../domain/params.ts';
import { addressValuesOf, type AddressValues } from './entity-address.ts';
import type { EntityDescriptor, ExtraColumn } from './entity-descriptors.ts';

const MAX_TEXT = 255;

/**
 * An entity write as the client sent it, shape-checked (no I/O). A key is present when it was sent; null
 * clears the field. Whether option ids, owners and customers are usable is the service's check.
 */
export interface EntityInput {
  /** The name or title (`name` is accepted for titled entities too). */
  readonly label?: string | undefined;
  readonly state?: number | null | undefined;
  readonly extras: ReadonlyMap<ExtraColumn['column'], string | number | null>;
  readonly approveStatus?: ApproveStatus | undefined;
  readonly userId?: number | undefined;
  /** `undefined` when not sent; `null` when sent but not an id (the service answers "a customer id you can see"). */
  readonly customerId?: number | null | undefined;
  /** `address_attributes[…]` as column values: only the fields sent. */
  readonly address: AddressValues;
  /** The fields as sent, for custom fields: their keys and types come from stored definitions. */
  readonly customFields: Fields;
}

/** IKCRM nests fields under the singular (`customer[name]=…`); a flat JSON body is accepted too. */
export function entityFields(d: EntityDescriptor, body: unknown): Fields {
  const fields = fieldsOf(body);
  const inner = fieldOf(fields, d.singular);
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? fieldsOf(inner) : fields;
}

export function parseEntityInput(d: EntityDescriptor, body: unknown, mode: 'create' | 'update'): EntityInput {
  const fields = entityFields(d, body);
  const param = (key: string) => `${d.singular}[${key}]`;
  const sent = (key: string) => Object.hasOwn(fields, key);
  const optional = (key: string, max = MAX_TEXT) => text(param(key), fieldOf(fields, key), max) ?? null;
  const optionId = (key: string) => id(param(key), fieldOf(fields, key)) ?? null;

  const labelKey = sent(d.labelColumn) ? d.labelColumn : sent('name') ? 'name' : d.labelColumn;
  let label: string | undefined;
  if (mode === 'create' || sent(labelKey)) {
    label = optional(labelKey) ?? undefined;
    if (label === undefined) throw invalidParameter(param(labelKey), `text up to ${MAX_TEXT} characters`);
  }
  const extras = new Map<ExtraColumn['column'], string | number | null>();
  for (const x of d.extras) {
    if (!sent(x.column)) continue;
    if (x.kind === 'text') extras.set(x.column, optional(x.column, x.maxLength));
    else if (x.kind === 'number') extras.set(x.column, decimal(param(x.column), fieldOf(fields, x.column), Number.MAX_SAFE_INTEGER) ?? null);
    else extras.set(x.column, optionId(x.column));
  }
  let customerId: number | null | undefined;
  if (d.belongsToCustomer && (sent('customer_id') || mode === 'create')) {
    try {
      customerId = id(param('customer_id'), fieldOf(fields, 'customer_id')) ?? null;
    } catch {
      customerId = null;
    }
  }
  return {
    label,
    state: d.stateColumn && sent(d.stateColumn) ? optionId(d.stateColumn) : undefined,
    extras,
    approveStatus: sent('approve_status') ? requiredApproveStatus(param('approve_status'), fieldOf(fields, 'approve_status')) : undefined,
    userId: sent('user_id') ? (safeId(param('user_id'), fieldOf(fields, 'user_id')) ?? 0) : undefined,
    customerId,
    address: d.hasAddress ? addressValuesOf(fieldOf(fields, 'address_attributes'), (field) => `${param('address_attributes')}${field ? `[${field}]` : ''}`) : {},
    customFields: fields,
  };
}

function requiredApproveStatus(name: string, value: unknown): ApproveStatus {
  const status = oneOf(name, value, APPROVE_STATUSES);
  if (!status) throw invalidParameter(name, APPROVE_STATUSES);
  return status;
}

/** An id whose badness the service reports in its own words (0 is never a user). */
function safeId(name: string, value: unknown): number | undefined {
  try {
    return id(name, value);
  } catch {
    return 0;
  }
}
