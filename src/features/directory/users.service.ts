import type { AppContext } from '../../app-context.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { offsetOf, pageInfo, type PageInfo } from '../../domain/paging.ts';
import type { VisibleAuthors } from '../../domain/visibility.ts';
import type { RequestCtx } from '../../request-context.ts';
import type { SimpleUserListQuery, UserListQuery } from './directory.schemas.ts';
import type { DepartmentRow } from './departments.repository.ts';
import { findDepartment, listDepartments } from './departments.repository.ts';
import { presentDepartmentOption } from './departments.presenter.ts';
import type { WireDepartmentOption, WireUser } from './directory.schemas.ts';
import { presentSimpleUser, presentUser } from './users.presenter.ts';
import {
  countDirectoryUsers,
  countUsersByDepartment,
  findDirectoryUser,
  findDirectoryUserPage,
  listSimpleUsers,
  type UserFilter,
} from './users.repository.ts';

// Decision (README "Directory and entities API"): like IKCRM, every member of an organization may read the
// whole organization's directory (users and departments); data scopes restrict records (follow-ups and
// entities), not who can be named or @-mentioned. Disabled users are left out of lists but still answer
// `user/:id`, because old records point at them.

async function userFilterOf(app: AppContext, ctx: RequestCtx, query: UserListQuery): Promise<UserFilter> {
  const { departmentId } = query;
  let department: DepartmentRow | undefined;
  if (departmentId !== undefined) {
    department = await findDepartment(app.database.db, ctx.organization.id, departmentId);
    if (!department) throw invalidParameter('department_id', 'a department id of this organization');
  }
  return {
    organizationId: ctx.organization.id,
    userIds: query.userIds,
    departmentPath: department?.path,
    name: query.name,
    phone: query.phone,
  };
}

export async function listUsers(app: AppContext, ctx: RequestCtx, query: UserListQuery): Promise<{ users: WireUser[] } & PageInfo> {
  const { paging, sort, order } = query;
  const { db, ops } = app.database;
  const filter = await userFilterOf(app, ctx, query);
  const [rows, total] = await Promise.all([
    findDirectoryUserPage(db, ops, filter, { limit: paging.perPage, offset: offsetOf(paging), sort, order }),
    countDirectoryUsers(db, ops, filter),
  ]);
  return { users: rows.map((r) => presentUser(r, ctx.organization.timeZone)), ...pageInfo(paging, total) };
}

export async function getUser(app: AppContext, ctx: RequestCtx, id: number): Promise<WireUser> {
  const row = await findDirectoryUser(app.database.db, ctx.organization.id, id);
  if (!row) throw notFound();
  return presentUser(row, ctx.organization.timeZone);
}

export function userInfo(app: AppContext, ctx: RequestCtx): Promise<WireUser> {
  return getUser(app, ctx, ctx.user.id);
}

/** `department_id` (with sub-departments), `user_id` and `name` filter it; `page`/`per_page` page it. */
export async function simpleUsers(
  app: AppContext,
  ctx: RequestCtx,
  query: SimpleUserListQuery,
): Promise<{ simple_users: { value: string; label: string }[] } & Partial<PageInfo>> {
  const { db, ops } = app.database;
  const filter = await userFilterOf(app, ctx, query.filter);
  // Without paging parameters the whole list, as IKCRM's pickers read it; with them, one page plus its counts.
  if (!query.paged) {
    return { simple_users: (await listSimpleUsers(db, ops, filter)).map(presentSimpleUser) };
  }
  const { paging } = query.filter;
  const [rows, total] = await Promise.all([
    listSimpleUsers(db, ops, filter, { limit: paging.perPage, offset: offsetOf(paging) }),
    countDirectoryUsers(db, ops, filter),
  ]);
  return { simple_users: rows.map(presentSimpleUser), ...pageInfo(paging, total) };
}

/** Whether records owned in `department` fall inside a data scope (the `can_use` flag of the list). */
function scopeCovers(visible: VisibleAuthors, ctx: RequestCtx, department: DepartmentRow): boolean {
  switch (visible.kind) {
    case 'all':
      return true;
    case 'user':
    case 'department':
      return department.id === ctx.user.departmentId;
    case 'subtree':
      return department.path.startsWith(visible.pathPrefix);
  }
}

export async function departmentList(app: AppContext, ctx: RequestCtx): Promise<WireDepartmentOption[]> {
  const { db } = app.database;
  const [departments, counts] = await Promise.all([
    listDepartments(db, ctx.organization.id),
    countUsersByDepartment(db, ctx.organization.id),
  ]);
  const direct = new Map(counts.map((c) => [c.department_id, c.n]));
  const pathOf = new Map(departments.map((d) => [d.id, d.path]));
  const total = new Map<number, number>();
  // Every user counts for each department on its path: one pass over the (small) tree, no query per node.
  for (const [departmentId, n] of direct) {
    for (const ancestor of (pathOf.get(departmentId) ?? '').split('/').filter(Boolean)) {
      total.set(Number(ancestor), (total.get(Number(ancestor)) ?? 0) + n);
    }
  }
  return departments.map((d) =>
    presentDepartmentOption(d, { direct: direct.get(d.id) ?? 0, total: total.get(d.id) ?? 0 }, scopeCovers(ctx.visible, ctx, d)),
  );
}
