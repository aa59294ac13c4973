import { invalidParameter } from './errors.ts';

/** The five kinds of record a follow-up can belong to, as the wire names them. */
export const LOGGABLE_TYPES = ['Lead', 'Customer', 'Opportunity', 'Contract', 'Contact'] as const;
export type LoggableType = (typeof LOGGABLE_TYPES)[number];

export const LOGGABLE_TABLES = {
  Lead: 'leads',
  Customer: 'customers',
  Opportunity: 'opportunities',
  Contract: 'contracts',
  Contact: 'contacts',
} as const satisfies Record<LoggableType, string>;

export type LoggableTable = (typeof LOGGABLE_TABLES)[LoggableType];

export const REFER_TYPE_DISPLAY: Record<LoggableType, { zh: string; en: string }> = {
  Lead: { zh: '线索', en: 'Lead' },
  Customer: { zh: '客户', en: 'Customer' },
  Opportunity: { zh: '商机', en: 'Opportunity' },
  Contract: { zh: '合同', en: 'Contract' },
  Contact: { zh: '联系人', en: 'Contact' },
};

/** `lead`, `Customer`, `OPPORTUNITY` → the wire name; anything else is undefined. */
export function normalizeLoggableType(value: string): LoggableType | undefined {
  const lower = value.trim().toLowerCase();
  return LOGGABLE_TYPES.find((t) => t.toLowerCase() === lower);
}

export function parseLoggableType(name: string, value: string): LoggableType {
  const type = normalizeLoggableType(value);
  if (!type) throw invalidParameter(name, LOGGABLE_TYPES.map((t) => t.toLowerCase()));
  return type;
}
