import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { fieldOf, fieldsOf, type Fields } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { loginRateLimitHooks } from '../../http/rate-limit.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { currentSession, login, logout } from './auth.service.ts';

const LoginFields = Type.Object(
  {
    login: Type.Optional(Type.String()),
    password: Type.Optional(Type.String()),
    device: Type.Optional(Type.String()),
    version_code: Type.Optional(Type.String()),
    corp_id: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);

export const LoginResponse = Envelope(
  Type.Object({
    user_token: Type.String(),
    user_id: Type.Integer(),
    corp_id: Type.String(),
    organization_id: Type.Integer(),
  }),
);

/** As sent (passwords keep their spaces); anything but text or a number counts as not sent. */
function str(fields: Fields, key: string): string | undefined {
  const value = fieldOf(fields, key);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

export function authRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.post(
    '/api/v2/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Log in; fields as JSON, a form body or query parameters',
        querystring: LoginFields,
        response: { 200: LoginResponse, ...errorsOf(100000, 100400) },
      },
      preHandler: loginRateLimitHooks(app, ctx.config),
    },
    async (request) => {
      // Clients send these as a JSON body, a form body or query parameters; here the body wins (as it
      // always has for login: a JSON body keeps its numbers and exact strings).
      const fields: Fields = { ...request.query, ...fieldsOf(request.body) };
      const result = await login(ctx, {
        login: str(fields, 'login'),
        password: str(fields, 'password'),
        corpId: str(fields, 'corp_id'),
        device: str(fields, 'device'),
        versionCode: str(fields, 'version_code'),
      });
      return ok(result);
    },
  );

  app.delete(
    '/api/v2/auth/logout',
    { schema: { tags: ['auth'], summary: 'Revoke the token used for this call', response: { 200: Envelope(Type.Object({}, { additionalProperties: false })), ...errorsOf(TOKEN_ERRORS) } } },
    async (request) => {
      await logout(ctx, ctxOf(request));
      return ok({});
    },
  );

  // POST too: IKCRM clients put credentials in a form body, and this is the cheapest call to check them.
  app.route({
    method: ['GET', 'POST'],
    url: '/api/v2/auth/session',
    schema: {
      tags: ['auth'],
      summary: 'The caller\'s session: user, organization and when the token lapses if unused',
      response: {
        200: Envelope(
          Type.Object({
            user_id: Type.Integer(),
            organization_id: Type.Integer(),
            corp_id: Type.String(),
            expires_at: Type.String(),
          }),
        ),
        ...errorsOf(TOKEN_ERRORS),
      },
    },
    handler: async (request) => ok(await currentSession(ctx, ctxOf(request))),
  });
}
