import type { Generated } from 'kysely';
import type { DataScope } from '../../domain/visibility.ts';

export interface DepartmentsTable {
  id: Generated<number>;
  organization_id: number;
  parent_id: number | null;
  name: string;
  /** Materialized path of ids, `/root/child/…/self/`: subtree queries are a prefix match. */
  path: string;
  depth: number;
  position: number;
  created_at: number;
  updated_at: number;
}

export interface RolesTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  data_scope: DataScope;
  is_admin: number;
  created_at: number;
  updated_at: number;
}

export interface UsersTable {
  id: Generated<number>;
  organization_id: number;
  department_id: number;
  role_id: number;
  login: string;
  email: string | null;
  name: string;
  password_hash: string;
  avatar_url: string | null;
  job: string | null;
  tel: string | null;
  gender: string | null;
  uid: number | null;
  superior_id: number | null;
  workflow_state: string;
  third_userid: string | null;
  third_dept_id: string | null;
  created_at: number;
  updated_at: number;
  disabled_at: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  /** SHA-256 of the token: a stolen database does not yield usable tokens. */
  token_hash: string;
  device: string | null;
  version_code: string | null;
  created_at: number;
  last_used_at: number;
  expires_at: number;
  revoked_at: number | null;
}
