import type { DepartmentRow } from '../directory/departments.repository.ts';
import type { RoleRow } from '../directory/users.repository.ts';
import { presentFieldValue } from '../field-options/field-maps.presenter.ts';
import type { FieldOptionRow } from '../field-options/field-options.repository.ts';
import type { WireAdminDepartment, WireAdminOption, WireRole } from './admin.schemas.ts';

export function presentRole(row: RoleRow): WireRole {
  return { id: row.id, name: row.name, data_scope: row.data_scope, entity_grant_scope: row.data_scope, is_admin: row.is_admin === 1 };
}

export function presentAdminDepartment(row: DepartmentRow): WireAdminDepartment {
  return { id: row.id, name: row.name, parent_id: row.parent_id, level: row.depth, path: row.path };
}

export function presentAdminOption(row: FieldOptionRow): WireAdminOption {
  return { ...presentFieldValue(row), field_key: row.field_key };
}
