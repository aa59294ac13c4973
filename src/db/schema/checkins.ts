import type { Generated } from 'kysely';

/** A check-in (签到); see the checkins migration. */
export interface CheckinsTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  lat: number;
  lng: number;
  address: string;
  note: Generated<string>;
  /** The entity it was made on (`Customer`, …), null for a check-in on no record. */
  loggable_type: string | null;
  loggable_id: number | null;
  /** The follow-up of category 签到 written with it (only with an entity). */
  revisit_log_id: number | null;
  created_at: number;
  deleted_at: number | null;
}
