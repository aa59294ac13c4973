import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope, ID_SEGMENT } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import {
  DepartmentOptionSchema,
  AnyQuery,
  IdParams,
  PageFields,
  parseSimpleUserListQuery,
  parseUserListQuery,
  SimpleUserSchema,
  UserListQuerySchema,
  WireUserSchema,
} from './directory.schemas.ts';

// simple_list carries the paging fields only when it was asked for a page.
const OptionalPageFields = Object.fromEntries(Object.entries(PageFields).map(([key, schema]) => [key, Type.Optional(schema)]));
import { departmentList, getUser, listUsers, simpleUsers, userInfo } from './users.service.ts';

const tags = ['directory'];
const strict = { additionalProperties: false } as const;

export function directoryRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get(
    '/api/v2/user/list',
    {
      schema: {
        tags,
        summary: 'Users of the organization, paged (department_id includes sub-departments)',
        querystring: UserListQuerySchema,
        response: { 200: Envelope(Type.Object({ users: Type.Array(WireUserSchema), ...PageFields }, strict)), ...errorsOf(TOKEN_ERRORS) },
      },
    },
    async (request) => ok(await listUsers(ctx, ctxOf(request), parseUserListQuery(request.query))),
  );

  app.get(
    '/api/v2/user/simple_list',
    {
      schema: {
        tags,
        summary:
          'Enabled users as {value,label}; at the top level (where clients read it) and under data; department_id (with sub-departments), user_id, name; paged with page/per_page',
        querystring: UserListQuerySchema,
        response: {
          200: Type.Object({
            code: Type.Literal(0),
            data: Type.Object({ simple_users: Type.Array(SimpleUserSchema), ...OptionalPageFields }),
            simple_users: Type.Array(SimpleUserSchema),
          }),
          ...errorsOf(TOKEN_ERRORS),
        },
      },
    },
    async (request) => {
      const data = await simpleUsers(ctx, ctxOf(request), parseSimpleUserListQuery(request.query));
      return { code: 0 as const, data, simple_users: data.simple_users };
    },
  );

  app.get(
    '/api/v2/user/department_list',
    {
      schema: {
        tags,
        summary: 'The department tree as options, with levels, paths and user counts',
        querystring: AnyQuery,
        response: { 200: Envelope(Type.Object({ options: Type.Array(DepartmentOptionSchema) }, strict)), ...errorsOf(TOKEN_ERRORS) },
      },
    },
    async (request) => ok({ options: await departmentList(ctx, ctxOf(request)) }),
  );

  app.get(
    '/api/v2/user/info',
    { schema: { tags, summary: 'The caller', querystring: AnyQuery, response: { 200: Envelope(WireUserSchema), ...errorsOf(TOKEN_ERRORS) } } },
    async (request) => ok(await userInfo(ctx, ctxOf(request))),
  );

  app.get(
    `/api/v2/user/${ID_SEGMENT}`,
    {
      schema: { tags, summary: 'One user of the organization', params: IdParams, querystring: AnyQuery, response: { 200: Envelope(WireUserSchema), ...errorsOf(TOKEN_ERRORS, 100100) } },
    },
    async (request) => ok(await getUser(ctx, ctxOf(request), requiredId('id', request.params.id))),
  );
}
