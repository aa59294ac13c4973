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

/** IKCRM's `address` object, stored flat on leads, customers and contacts (all nullable). */
export interface AddressColumns {
  address_tel: string | null;
  address_phone: string | null;
  address_fax: string | null;
  address_email: string | null;
  address_qq: string | null;
  address_wechat: string | null;
  address_wangwang: string | null;
  address_url: string | null;
  address_zip: string | null;
  address_detail_address: string | null;
  address_lat: number | null;
  address_lng: number | null;
}

export interface LeadsTable extends LoggableColumns, Partial<AddressColumns> {
  name: string;
  company_name: string | null;
  status: number | null;
}

export interface CustomersTable extends LoggableColumns, Partial<AddressColumns> {
  name: string;
  status: number | null;
  category: number | null;
  company_name?: string | null;
  source?: string | null;
  note?: string | null;
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

export interface ContactsTable extends LoggableColumns, Partial<AddressColumns> {
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
