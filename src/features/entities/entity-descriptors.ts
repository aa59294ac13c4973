import { FIELD_KEYS, type FieldKey } from '../../domain/default-options.ts';
import type { LoggableType } from '../../domain/loggable.ts';

export type EntityTable = 'leads' | 'customers' | 'opportunities' | 'contracts' | 'contacts';

/** A column beyond the shared ones, shown and written under its own name. */
export interface ExtraColumn {
  readonly column: 'company_name' | 'source' | 'note' | 'phone' | 'expect_amount' | 'total_amount' | 'category';
  readonly kind: 'text' | 'number' | 'option';
  /** For `text` columns longer than the default 255 characters. */
  readonly maxLength?: number;
  /** For `option` columns: the option set the value must come from. */
  readonly fieldKey?: FieldKey;
}

/**
 * The five loggable entities differ only in these facts; one generic repository, service, presenter and
 * route set is driven by this table.
 */
export interface EntityDescriptor {
  readonly table: EntityTable;
  /** The wire's plural (list key, URL) and singular (nested body key: `customer[name]=…`). */
  readonly plural: EntityTable;
  readonly singular: 'lead' | 'customer' | 'opportunity' | 'contract' | 'contact';
  readonly loggableType: LoggableType;
  /** Opportunities and contracts are titled; the wire shows `title` and `name` for them. */
  readonly labelColumn: 'name' | 'title';
  /** The "choose one" state column: `status`, or `stage` for opportunities; contacts have none. */
  readonly stateColumn: 'status' | 'stage' | null;
  readonly stateFieldKey: FieldKey | null;
  readonly belongsToCustomer: boolean;
  /** Opportunities and contracts also show the customer nested (`customer{id, name, user_id, …}`). */
  readonly nestsCustomer: boolean;
  /** Leads, customers and contacts carry IKCRM's `address` object. */
  readonly hasAddress: boolean;
  readonly extras: readonly ExtraColumn[];
}

export const ENTITY_DESCRIPTORS: readonly EntityDescriptor[] = [
  {
    table: 'leads',
    plural: 'leads',
    singular: 'lead',
    loggableType: 'Lead',
    labelColumn: 'name',
    stateColumn: 'status',
    stateFieldKey: FIELD_KEYS.leadStatus,
    belongsToCustomer: false,
    nestsCustomer: false,
    hasAddress: true,
    extras: [{ column: 'company_name', kind: 'text' }],
  },
  {
    table: 'customers',
    plural: 'customers',
    singular: 'customer',
    loggableType: 'Customer',
    labelColumn: 'name',
    stateColumn: 'status',
    stateFieldKey: FIELD_KEYS.customerStatus,
    belongsToCustomer: false,
    nestsCustomer: false,
    hasAddress: true,
    // `source` is free text: clients write what their own forms hold (a select in IKCRM's UI; decision).
    extras: [
      { column: 'category', kind: 'option', fieldKey: FIELD_KEYS.customerCategory },
      { column: 'company_name', kind: 'text' },
      { column: 'source', kind: 'text' },
      { column: 'note', kind: 'text', maxLength: 5000 },
    ],
  },
  {
    table: 'opportunities',
    plural: 'opportunities',
    singular: 'opportunity',
    loggableType: 'Opportunity',
    labelColumn: 'title',
    stateColumn: 'stage',
    stateFieldKey: FIELD_KEYS.opportunityStage,
    belongsToCustomer: true,
    nestsCustomer: true,
    hasAddress: false,
    extras: [{ column: 'expect_amount', kind: 'number' }],
  },
  {
    table: 'contracts',
    plural: 'contracts',
    singular: 'contract',
    loggableType: 'Contract',
    labelColumn: 'title',
    stateColumn: 'status',
    stateFieldKey: FIELD_KEYS.contractStatus,
    belongsToCustomer: true,
    nestsCustomer: true,
    hasAddress: false,
    extras: [{ column: 'total_amount', kind: 'number' }],
  },
  {
    table: 'contacts',
    plural: 'contacts',
    singular: 'contact',
    loggableType: 'Contact',
    labelColumn: 'name',
    stateColumn: null,
    stateFieldKey: null,
    belongsToCustomer: true,
    nestsCustomer: false,
    hasAddress: true,
    extras: [{ column: 'phone', kind: 'text' }],
  },
];

export const CUSTOMER_DESCRIPTOR = ENTITY_DESCRIPTORS.find((d) => d.table === 'customers')!;
