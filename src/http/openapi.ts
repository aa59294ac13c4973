import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { documentParameters } from './parameter-docs.ts';

/** Tags per area, in the order the UI lists them. */
const TAGS = [
  { name: 'auth', description: '登录与会话 — login and sessions' },
  { name: 'revisit_logs', description: '跟进记录 — follow-ups, their comments and reminders' },
  { name: 'attachments', description: '附件 — uploads and signed links' },
  { name: 'directory', description: '组织架构 — users and departments' },
  { name: 'options', description: '字段选项 — option sets (field_maps)' },
  { name: 'leads', description: '线索' },
  { name: 'customers', description: '客户' },
  { name: 'opportunities', description: '商机' },
  { name: 'contracts', description: '合同' },
  { name: 'contacts', description: '联系人' },
  { name: 'admin', description: '管理 — administrators whose role sees the whole organization' },
  { name: 'custom_fields', description: '自定义字段 — custom fields (admin definitions and by_group)' },
  { name: 'webhooks', description: 'Webhook endpoints and their deliveries (admin)' },
  { name: 'notifications', description: '通知 — reminders due and mentions' },
  { name: 'checkins', description: '签到 — field visits (with an entity, also a follow-up of category 签到)' },
];

/**
 * OpenAPI 3.1 from the routes' own schemas, with the three ways IKCRM clients send a token as security
 * schemes. Served at /api/v2/openapi.json (and the older /api/openapi.json); Swagger UI at /docs from the
 * package's bundled assets, so it works without any CDN. The document is committed as openapi.json and a
 * test fails when it drifts (`npm run openapi:write` regenerates it).
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Genjin API (IKCRM open API v2 compatible)',
        version: '0.1.0',
        description:
          'Success: HTTP 200 `{"code":0,"data":…}`. Errors: HTTP 200 `{"code":<int>,"message":"<中文>","error":"<key>"}`; ' +
          'each operation lists the codes it can answer as its `default` response (an HTTP 200 like the success, the ' +
          'real status only when the server runs with strict statuses). Throttling: HTTP 429 `Retry later` with ' +
          'Retry-After. Parameters may come in the query or in a form/JSON body (the query wins).',
      },
      tags: TAGS,
      components: {
        securitySchemes: {
          tokenHeader: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: '`Token token=<user_token>, device=open_api, version_code=9.9.9` (also `Bearer <user_token>`)',
          },
          userToken: { type: 'apiKey', in: 'query', name: 'user_token', description: 'the token as a query or form parameter' },
          accessToken: { type: 'apiKey', in: 'header', name: 'access-token' },
        },
      },
      security: [{ tokenHeader: [] }, { userToken: [] }, { accessToken: [] }],
    },
    transform: ({ schema, url, route }) => {
      if (!schema || schema.hide) return { schema, url };
      return {
        url,
        schema: {
          ...schema,
          querystring: documentParameters(schema.querystring as TSchema | undefined),
          params: documentParameters(schema.params as TSchema | undefined),
          // A public route (login) needs no token: the document says so instead of inheriting the default.
          ...(route.config?.public === true ? { security: [] } : {}),
        },
      };
    },
  });
}

export async function installOpenApiRoutes(app: FastifyInstance): Promise<void> {
  for (const url of ['/api/v2/openapi.json', '/api/openapi.json']) {
    app.get(url, { config: { public: true }, schema: { hide: true } }, () => app.swagger());
  }
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // No validator badge: it would call validator.swagger.io from the reader's browser.
    uiConfig: { validatorUrl: null, deepLinking: true },
    staticCSP: true,
    uiHooks: {},
  });
}
