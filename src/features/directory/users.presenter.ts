import { formatIsoWithOffset } from '../../domain/wire-time.ts';
import type { SimpleUser, WireUser } from './directory.schemas.ts';
import type { DirectoryUserRow } from './users.repository.ts';

/** The IKCRM directory user (`user/list`, `user/:id`, `user/info`); `created_at` is ISO 8601 there. */
export function presentUser(row: DirectoryUserRow, timeZone: string): WireUser {
  return {
    id: row.id,
    email: row.email,
    created_at: formatIsoWithOffset(row.created_at, timeZone),
    name: row.name,
    organization_id: row.organization_id,
    // The login is a phone number unless it is an e-mail address (login accepts both).
    phone: row.login.includes('@') ? null : row.login,
    role_id: row.role_id,
    workflow_state: row.workflow_state,
    job: row.job,
    tel: row.tel,
    gender: row.gender,
    role: row.role_name,
    role_json: { id: row.role_id, name: row.role_name, entity_grant_scope: row.data_scope },
    department_id: row.department_id,
    department_name: row.department_name,
    avatar_url: row.avatar_url,
    superior_id: row.superior_id,
    superior_name: row.superior_name,
    organization_name: row.organization_name,
    uid: row.uid,
    disabled: row.disabled_at !== null,
  };
}

export function presentSimpleUser(row: { id: number; name: string }): SimpleUser {
  return { value: String(row.id), label: row.name };
}
