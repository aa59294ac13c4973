import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldOf, fieldsOf, flag, id, integer, requiredId, textAsSent, type Fields } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { ADMIN_ERRORS, errorsOf, type ErrorCode } from '../../http/route-errors.ts';
import { Envelope, ID_SEGMENT, IdOnly } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import type { RequestCtx } from '../../request-context.ts';
import { IdParams, WireUserSchema } from '../directory/directory.schemas.ts';
import { AdminDepartmentSchema, AdminOptionSchema, RoleSchema } from './admin.schemas.ts';
import {
  adminCreateDepartment,
  adminDeleteDepartment,
  adminMoveDepartment,
  adminUpdateDepartment,
} from './admin-departments.service.ts';
import { adminAddOption, adminCreateRole, adminListRoles, adminUpdateOption } from './admin-options.service.ts';
import { adminCreateUser, adminResetPassword, adminSetUserDisabled, adminUpdateUser, type AdminUserInput } from './admin-users.service.ts';

/** Only an administrator whose role sees the whole organization may run it. */
export function adminCtx(request: { readonly ctx?: RequestCtx | undefined }): RequestCtx {
  const ctx = ctxOf(request);
  if (!ctx.user.isAdmin || ctx.user.scope !== 'all') throw new AppError('forbidden');
  return ctx;
}

/** Fields flat or nested under a key (`user[name]=…`), like the rest of the API. */
function fieldsUnder(body: unknown, key: string): Fields {
  const fields = fieldsOf(body);
  const inner = fieldOf(fields, key);
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? fieldsOf(inner) : fields;
}

/** Text as sent (services trim and check it); `null` when sent empty, for the clearable fields. */
function str(fields: Fields, key: string): string | undefined {
  return textAsSent(key, fieldOf(fields, key));
}

function clearable(fields: Fields, key: string): string | null | undefined {
  return Object.hasOwn(fields, key) ? (str(fields, key) ?? null) : undefined;
}

function nullableId(fields: Fields, key: string): number | null | undefined {
  if (!Object.hasOwn(fields, key)) return undefined;
  return id(key, fieldOf(fields, key)) ?? null;
}

function userInput(f: Fields): AdminUserInput {
  return {
    login: str(f, 'login'),
    password: str(f, 'password'),
    name: str(f, 'name'),
    email: clearable(f, 'email'),
    job: clearable(f, 'job'),
    tel: clearable(f, 'tel'),
    gender: clearable(f, 'gender'),
    departmentId: id('department_id', fieldOf(f, 'department_id')),
    roleId: id('role_id', fieldOf(f, 'role_id')),
    superiorId: nullableId(f, 'superior_id'),
  };
}

const idOf = (request: { params: { id: string } }) => requiredId('id', request.params.id);
/** Fields flat or nested (`user[…]`); a missing body is an empty one. */
const Body = Type.Object({}, { additionalProperties: true });
const tags = ['admin'];
/** An admin route's schema: its answer, and the errors beyond every admin route's (ADMIN_ERRORS). */
function schema<T extends TSchema>(summary: string, data: T, ...codes: ErrorCode[]) {
  return { tags, summary, body: Body, response: { 200: Envelope(data), ...errorsOf(ADMIN_ERRORS, codes) } };
}
/** The same for `…/:id` routes: an id of another organization (or none) is a 100100. */
function withId<T extends TSchema>(summary: string, data: T, ...codes: ErrorCode[]) {
  return { ...schema(summary, data, 100100, ...codes), params: IdParams };
}

export function adminRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const base = '/api/v2/admin';
  const one = (path: string) => `${base}/${path}/${ID_SEGMENT}`;

  app.post(`${base}/users`, { schema: schema('create a user', WireUserSchema, 100409) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminCreateUser(ctx, c.organization.id, c.organization.timeZone, userInput(fieldsUnder(request.body, 'user'))));
  });
  app.put(`${one('users')}`, { schema: withId('update a user (department_id moves them)', WireUserSchema) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminUpdateUser(ctx, c.organization.id, c.organization.timeZone, idOf(request), userInput(fieldsUnder(request.body, 'user'))));
  });
  for (const [action, disabled] of [['disable', true], ['enable', false]] as const) {
    app.post(`${one('users')}/${action}`, { schema: withId(`${action} a user`, WireUserSchema) }, async (request) => {
      const c = adminCtx(request);
      return ok(await adminSetUserDisabled(ctx, c.organization.id, c.organization.timeZone, idOf(request), disabled, c.user.id));
    });
  }
  app.post(`${one('users')}/reset_password`, { schema: withId('set a new password; ends the user’s sessions', IdOnly) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminResetPassword(ctx, c.organization.id, idOf(request), str(fieldsUnder(request.body, 'user'), 'password')));
  });

  app.post(`${base}/departments`, { schema: schema('create a department', AdminDepartmentSchema) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsUnder(request.body, 'department');
    return ok(await adminCreateDepartment(ctx, c.organization.id, { name: str(f, 'name'), parentId: id('parent_id', fieldOf(f, 'parent_id')) }));
  });
  app.put(`${one('departments')}`, { schema: withId('rename (name) and/or move (parent_id) a department', AdminDepartmentSchema) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsUnder(request.body, 'department');
    return ok(await adminUpdateDepartment(ctx, c.organization.id, idOf(request), { name: str(f, 'name'), parentId: id('parent_id', fieldOf(f, 'parent_id')) }));
  });
  app.post(`${one('departments')}/move`, { schema: withId('re-parent a department and its subtree', AdminDepartmentSchema) }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminMoveDepartment(ctx, c.organization.id, idOf(request), id('parent_id', fieldOf(fieldsUnder(request.body, 'department'), 'parent_id'))));
  });
  app.delete(`${one('departments')}`, { schema: { tags, summary: 'delete an empty department', params: IdParams, response: { 200: Envelope(IdOnly), ...errorsOf(ADMIN_ERRORS, 100100) } } }, async (request) => {
    const c = adminCtx(request);
    return ok(await adminDeleteDepartment(ctx, c.organization.id, idOf(request)));
  });

  app.get(`${base}/roles`, { schema: { tags, summary: 'roles of the organization', response: { 200: Envelope(Type.Object({ roles: Type.Array(RoleSchema) }, { additionalProperties: false })), ...errorsOf(ADMIN_ERRORS) } } }, async (request) => {
    const c = adminCtx(request);
    return ok({ roles: await adminListRoles(ctx, c.organization.id) });
  });
  app.post(`${base}/roles`, { schema: schema('create a role with a data scope', RoleSchema) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsUnder(request.body, 'role');
    return ok(await adminCreateRole(ctx, c.organization.id, { name: str(f, 'name'), dataScope: str(f, 'data_scope'), isAdmin: flag('is_admin', fieldOf(f, 'is_admin')) }));
  });

  app.post(`${base}/options`, { schema: schema('add an option to a set (field_key, name, name_en)', AdminOptionSchema) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsUnder(request.body, 'option');
    return ok(await adminAddOption(ctx, c.organization.id, { fieldKey: str(f, 'field_key'), name: str(f, 'name'), nameEn: str(f, 'name_en') }));
  });
  app.put(`${one('options')}`, { schema: withId('rename (name, name_en), reorder (position), enable/disable (enabled)', AdminOptionSchema) }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsUnder(request.body, 'option');
    return ok(
      await adminUpdateOption(ctx, c.organization.id, idOf(request), {
        name: str(f, 'name'),
        nameEn: str(f, 'name_en'),
        position: integer('position', fieldOf(f, 'position')),
        enabled: flag('enabled', fieldOf(f, 'enabled')),
      }),
    );
  });
  for (const [action, enabled] of [['disable', false], ['enable', true]] as const) {
    app.post(`${one('options')}/${action}`, { schema: withId(`${action} an option (old records keep showing it)`, AdminOptionSchema) }, async (request) => {
      const c = adminCtx(request);
      return ok(await adminUpdateOption(ctx, c.organization.id, idOf(request), { enabled }));
    });
  }
}
