import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError, invalidParameter } from '../../domain/errors.ts';
import { idParam, requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import type { RequestCtx } from '../../request-context.ts';
import { IdParams } from '../directory/directory.schemas.ts';
import {
  adminCreateDepartment,
  adminDeleteDepartment,
  adminMoveDepartment,
  adminUpdateDepartment,
} from './admin-departments.service.ts';
import { adminAddOption, adminCreateRole, adminListRoles, adminUpdateOption } from './admin-options.service.ts';
import { adminCreateUser, adminResetPassword, adminSetUserDisabled, adminUpdateUser, type AdminUserInput } from './admin-users.service.ts';

type Fields = Record<string, unknown>;

/** Only an administrator whose role sees the whole organization may run it. */
export function adminCtx(request: FastifyRequest): RequestCtx {
  const ctx = ctxOf(request);
  if (!ctx.user.isAdmin || ctx.user.scope !== 'all') throw new AppError('forbidden');
  return ctx;
}

/** Fields flat or nested under a key (`user[name]=…`), like the rest of the API. */
function fieldsOf(request: FastifyRequest, key: string): Fields {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Fields;
  const inner = body[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Fields) : body;
}

function str(fields: Fields, key: string): string | undefined {
  const value = fields[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

function nullableId(fields: Fields, key: string): number | null | undefined {
  if (!(key in fields)) return undefined;
  return fields[key] === null || fields[key] === '' ? null : idParam(key, fields[key]);
}

function bool(fields: Fields, key: string): boolean | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  throw invalidParameter(key, ['true', 'false']);
}

function userInput(f: Fields): AdminUserInput {
  return {
    login: str(f, 'login'),
    password: str(f, 'password'),
    name: str(f, 'name'),
    email: 'email' in f ? (str(f, 'email') ?? null) : undefined,
    job: 'job' in f ? (str(f, 'job') ?? null) : undefined,
    tel: 'tel' in f ? (str(f, 'tel') ?? null) : undefined,
    gender: 'gender' in f ? (str(f, 'gender') ?? null) : undefined,
    departmentId: idParam('department_id', f.department_id),
    roleId: idParam('role_id', f.role_id),
    superiorId: nullableId(f, 'superior_id'),
  };
}

const idOf = (request: FastifyRequest) => requiredId('id', (request.params as { id: string }).id);
const schema = (summary: string, withId = false) => ({
  tags: ['admin'],
  summary,
  ...(withId ? { params: IdParams } : {}),
  body: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const base = '/api/v2/admin';

  app.post(`${base}/users`, { schema: schema('create a user') }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminCreateUser(ctx, c.organization.id, c.organization.timeZone, userInput(fieldsOf(request, 'user'))));
  });
  app.put(`${base}/users/:id`, { schema: schema('update a user (department_id moves them)', true) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminUpdateUser(ctx, c.organization.id, c.organization.timeZone, idOf(request), userInput(fieldsOf(request, 'user'))));
  });
  for (const [action, disabled] of [['disable', true], ['enable', false]] as const) {
    app.post(`${base}/users/:id/${action}`, { schema: schema(`${action} a user`, true) }, async (request) => {
      const c = adminCtx(request);
      return ok(await adminSetUserDisabled(ctx, c.organization.id, c.organization.timeZone, idOf(request), disabled, c.user.id));
    });
  }
  app.post(`${base}/users/:id/reset_password`, { schema: schema('set a new password; ends the user’s sessions', true) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminResetPassword(ctx, c.organization.id, idOf(request), str(fieldsOf(request, 'user'), 'password')));
  });

  app.post(`${base}/departments`, { schema: schema('create a department') }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsOf(request, 'department');
    return ok(await adminCreateDepartment(ctx, c.organization.id, { name: str(f, 'name'), parentId: idParam('parent_id', f.parent_id) }));
  });
  app.put(`${base}/departments/:id`, { schema: schema('rename (name) and/or move (parent_id) a department', true) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsOf(request, 'department');
    return ok(await adminUpdateDepartment(ctx, c.organization.id, idOf(request), { name: str(f, 'name'), parentId: idParam('parent_id', f.parent_id) }));
  });
  app.post(`${base}/departments/:id/move`, { schema: schema('re-parent a department and its subtree', true) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminMoveDepartment(ctx, c.organization.id, idOf(request), idParam('parent_id', fieldsOf(request, 'department').parent_id)));
  });
  app.delete(`${base}/departments/:id`, { schema: { tags: ['admin'], summary: 'delete an empty department', params: IdParams } }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminDeleteDepartment(ctx, c.organization.id, idOf(request)));
  });

  app.get(`${base}/roles`, { schema: { tags: ['admin'], summary: 'roles of the organization' } }, async (request) => {
    const c = adminCtx(request);
    return ok({ roles: await adminListRoles(ctx, c.organization.id) });
  });
  app.post(`${base}/roles`, { schema: schema('create a role with a data scope') }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsOf(request, 'role');
    return ok(await adminCreateRole(ctx, c.organization.id, { name: str(f, 'name'), dataScope: str(f, 'data_scope'), isAdmin: bool(f, 'is_admin') }));
  });

  app.post(`${base}/options`, { schema: schema('add an option to a set (field_key, name, name_en)') }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsOf(request, 'option');
    return ok(await adminAddOption(ctx, c.organization.id, { fieldKey: str(f, 'field_key'), name: str(f, 'name'), nameEn: str(f, 'name_en') }));
  });
  app.put(`${base}/options/:id`, { schema: schema('rename (name, name_en), reorder (position), enable/disable (enabled)', true) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsOf(request, 'option');
    const position = f.position === undefined ? undefined : Number(f.position);
    return ok(
      await adminUpdateOption(ctx, c.organization.id, idOf(request), {
        name: str(f, 'name'),
        nameEn: str(f, 'name_en'),
        position: position === undefined || Number.isNaN(position) ? (f.position === undefined ? undefined : -1) : position,
        enabled: bool(f, 'enabled'),
      }),
    );
  });
  for (const [action, enabled] of [['disable', false], ['enable', true]] as const) {
    app.post(`${base}/options/:id/${action}`, { schema: schema(`${action} an option (old records keep showing it)`, true) }, async (request) => {
      const c = adminCtx(request);
      return ok(await adminUpdateOption(ctx, c.organization.id, idOf(request), { enabled }));
    });
  }
}
