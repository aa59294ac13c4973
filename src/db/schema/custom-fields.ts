import type { Generated } from 'kysely';

export interface CustomFieldsTable {
  id: Generated<number>;
  organization_id: number;
  /** `revisit_log`, `lead`, `customer`, `opportunity`, `contract` or `contact`. */
  entity: string;
  /** The wire key (`text_asset_1a2b`), unique in the organization. */
  key: string;
  label: string;
  label_en: string | null;
  /** text | number | date | datetime | select | multi_select */
  type: string;
  /** The choices of select fields, as a JSON array of strings. */
  options: string;
  required: number;
  position: number;
  enabled: number;
  created_at: number;
  updated_at: number;
  /** A deleted field is hidden; its values stay stored (nothing stored is lost). */
  deleted_at: number | null;
}

export interface CustomFieldValuesTable {
  id: Generated<number>;
  organization_id: number;
  field_id: number;
  /** The id of the follow-up or entity (the field's `entity` says which table). */
  record_id: number;
  /** text, date (`YYYY-MM-DD`), select and multi_select (one row per option). */
  value_text: string | null;
  value_number: number | null;
  /** datetime, epoch milliseconds. */
  value_time: number | null;
}
