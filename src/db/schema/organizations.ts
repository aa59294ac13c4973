import type { Generated } from 'kysely';

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  corp_id: string;
  time_zone: string;
  created_at: number;
  updated_at: number;
}
