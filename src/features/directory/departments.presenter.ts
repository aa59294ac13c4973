import type { DepartmentRow } from './departments.repository.ts';
import type { WireDepartmentOption } from './directory.schemas.ts';

export function presentDepartmentOption(
  row: DepartmentRow,
  counts: { direct: number; total: number },
  canUse: boolean,
): WireDepartmentOption {
  return {
    id: row.id,
    name: row.name,
    level: row.depth,
    parent_id: row.parent_id,
    can_use: canUse,
    path: row.path,
    users_count: counts.direct,
    total_users_count: counts.total,
  };
}
