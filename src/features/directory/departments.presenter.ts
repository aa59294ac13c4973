import type { DepartmentRow } from './departments.repository.ts';

export interface WireDepartmentOption {
  id: number;
  name: string;
  level: number;
  parent_id: number | null;
  can_use: boolean;
  path: string;
  /** Enabled users directly in this department. */
  users_count: number;
  /** Enabled users in this department and every department below it. */
  total_users_count: number;
}

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
