import type { AppContext } from '../../app-context.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { childPath, wouldCreateCycle } from '../../domain/visibility.ts';
import { recordDepartmentVisibilityChange } from '../changes/record-changes.ts';
import {
  deleteDepartment,
  departmentOccupancy,
  findDepartment,
  findRootDepartment,
  insertDepartment,
  lockDepartmentTree,
  moveDepartmentSubtree,
  renameDepartment,
} from '../directory/departments.repository.ts';
import { presentAdminDepartment } from './admin.presenter.ts';
import type { WireAdminDepartment } from './admin.schemas.ts';

function cleanName(name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  if (!trimmed || trimmed.length > 100) throw invalidParameter('name', '1-100 characters');
  return trimmed;
}

export async function adminCreateDepartment(
  app: AppContext,
  organizationId: number,
  input: { name?: string | undefined; parentId?: number | undefined },
): Promise<WireAdminDepartment> {
  const name = cleanName(input.name);
  return app.database.db.transaction().execute(async (trx) => {
    // The new child's path is built from its parent's: no move may rewrite that path meanwhile.
    await lockDepartmentTree(trx, app.database.ops, organizationId);
    const parent =
      input.parentId !== undefined ? await findDepartment(trx, organizationId, input.parentId) : await findRootDepartment(trx, organizationId);
    if (!parent) throw invalidParameter('parent_id', 'a department id of this organization');
    return presentAdminDepartment(await insertDepartment(trx, { organizationId, name, parent, now: app.clock() }));
  });
}

export async function adminRenameDepartment(app: AppContext, organizationId: number, id: number, name: string | undefined): Promise<WireAdminDepartment> {
  const clean = cleanName(name);
  return app.database.db.transaction().execute(async (trx) => {
    if (!(await findDepartment(trx, organizationId, id))) throw notFound();
    await renameDepartment(trx, organizationId, id, clean, app.clock());
    return presentAdminDepartment((await findDepartment(trx, organizationId, id))!);
  });
}

/**
 * Re-parents a department; its whole subtree's paths and depths are rewritten in the same transaction, so no
 * reader ever sees half a move. Moving a department below itself (or the root anywhere) is refused.
 */
export async function adminMoveDepartment(app: AppContext, organizationId: number, id: number, parentId: number | undefined): Promise<WireAdminDepartment> {
  if (parentId === undefined) throw invalidParameter('parent_id');
  return app.database.db.transaction().execute(async (trx) => {
    await lockDepartmentTree(trx, app.database.ops, organizationId);
    const department = await findDepartment(trx, organizationId, id);
    if (!department) throw notFound();
    if (department.parent_id === null) throw invalidParameter('id', 'a department other than the root');
    const parent = await findDepartment(trx, organizationId, parentId);
    if (!parent) throw invalidParameter('parent_id', 'a department id of this organization');
    if (wouldCreateCycle(department.path, parent.path)) {
      throw invalidParameter('parent_id', 'a department outside the moved one (moving it below itself would make a cycle)');
    }
    if (parent.id !== department.parent_id) {
      await moveDepartmentSubtree(trx, { organizationId, department, newParent: parent, now: app.clock() });
      await recordDepartmentVisibilityChange(trx, { organizationId, departmentPath: childPath(parent.path, department.id), at: app.clock() });
    }
    return presentAdminDepartment((await findDepartment(trx, organizationId, id))!);
  });
}

export async function adminDeleteDepartment(app: AppContext, organizationId: number, id: number): Promise<{ id: number }> {
  return app.database.db.transaction().execute(async (trx) => {
    // Emptiness must still hold at commit: no child may be added or moved below it meanwhile.
    await lockDepartmentTree(trx, app.database.ops, organizationId);
    const department = await findDepartment(trx, organizationId, id);
    if (!department) throw notFound();
    if (department.parent_id === null) throw invalidParameter('id', 'a department other than the root');
    const occupancy = await departmentOccupancy(trx, organizationId, id);
    // Users (disabled ones too: their records still point at the department) and sub-departments block it.
    if (occupancy.children > 0 || occupancy.users > 0) throw invalidParameter('id', 'an empty department (no users, no sub-departments)');
    await deleteDepartment(trx, organizationId, id);
    return { id };
  });
}

/** Rename and/or move; every input is checked before anything is written, so a refused move renames nothing. */
export async function adminUpdateDepartment(
  app: AppContext,
  organizationId: number,
  id: number,
  input: { name?: string | undefined; parentId?: number | undefined },
): Promise<WireAdminDepartment> {
  if (input.name === undefined && input.parentId === undefined) throw invalidParameter('name');
  const name = input.name === undefined ? undefined : cleanName(input.name);
  let result = input.parentId !== undefined ? await adminMoveDepartment(app, organizationId, id, input.parentId) : undefined;
  if (name !== undefined) result = await adminRenameDepartment(app, organizationId, id, name);
  return result!;
}
