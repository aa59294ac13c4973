import type { Generated } from 'kysely';

/** Columns every loggable entity (lead, customer, opportunity, contract, contact) has. */
interface LoggableColumns {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  approve_status: string;
  /** Time of the latest follow-up; clients read it as "last follow-up time". */
  real_revisit_at: number | null;
  revisit_logs_count: Generated<number>;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export interface LeadsTable extends LoggableColumns {
  name: string;
  company_name: string | null;
  status: number | null;
}

export interface CustomersTable extends LoggableColumns {
  name: string;
  status: number | null;
  category: number | null;
}

export interface OpportunitiesTable extends LoggableColumns {
  customer_id: number;
  title: string;
  stage: number | null;
  expect_amount: number | null;
}

export interface ContractsTable extends LoggableColumns {
  customer_id: number;
  title: string;
  status: number | null;
  total_amount: number | null;
}

export interface ContactsTable extends LoggableColumns {
  customer_id: number;
  name: string;
  phone: string | null;
}

export interface FieldOptionsTable {
  id: Generated<number>;
  organization_id: number;
  /** Which "choose one" field: `revisit_log.category`, `lead.status`, `opportunity.stage`, … */
  field_key: string;
  name: string;
  name_en: string | null;
  position: number;
  enabled: number;
  created_at: number;
  updated_at: number;
}
