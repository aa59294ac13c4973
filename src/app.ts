import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import multipart from '@fastify/multipart';
import type { AppContext } from './app-context.ts';
import { attachmentRoutes } from './features/attachments/attachments.routes.ts';
import { installAuthHook } from './features/auth/auth.plugin.ts';
import { adminRoutes } from './features/admin/admin.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { directoryRoutes } from './features/directory/users.routes.ts';
import { entityRoutes } from './features/entities/entities.routes.ts';
import { fieldMapRoutes } from './features/field-options/field-maps.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { revisitLogRoutes } from './features/revisit-logs/revisit-logs.routes.ts';
import { revisitLogWriteRoutes } from './features/revisit-logs/revisit-logs.write-routes.ts';
import { installBodyParsing, parseNested } from './http/body-parsing.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installOpenApi, installOpenApiRoutes } from './http/openapi.ts';
import { installEmptyJsonBody, installParameterSources } from './http/parameter-sources.ts';
import { requestLogSerializer } from './http/log-redaction.ts';
import { installRateLimits } from './http/rate-limit.ts';
import './http/fastify-types.ts';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Rate-limit key prefix in Redis (tests give each app its own or share one on purpose). */
  rateLimitNamespace?: string;
}

function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object' || logger === null) return logger;
  return { ...logger, serializers: { req: requestLogSerializer, ...logger.serializers } };
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withRedaction(options.logger ?? { level: ctx.config.logLevel }),
    trustProxy: ctx.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, querystringParser: (text) => parseNested(text) },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });
  // IKCRM clients send credentials in a form body on GET too (COMPAT.md), so GET bodies are parsed.
  app.addHttpMethod('GET', { hasBody: true, overrideExisting: true });
  // Responses are built by presenters that emit exactly the wire shape; JSON.stringify measured faster than
  // fast-json-stringify on Chinese text, and the response schemas still document and test the shapes.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  installErrorHandling(app, ctx.config.errorStatusMode);
  await installBodyParsing(app);
  installEmptyJsonBody(app);
  installParameterSources(app);
  // Registered once for every route; a route reads its parts with request.parts()/file(), so JSON and form
  // bodies are parsed as before. fileSize makes busboy cut a file off at the limit instead of reading on.
  await app.register(multipart, {
    limits: { fileSize: ctx.config.uploadMaxBytes, fieldSize: 1024 * 1024, fields: 200, files: 20, parts: 250 },
  });
  await installOpenApi(app);
  const limits = await installRateLimits(app, ctx.config, options.rateLimitNamespace);
  app.addHook('onClose', () => limits.close());
  installAuthHook(app, ctx, limits);

  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  revisitLogRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  await app.register(revisitLogWriteRoutes(ctx));
  directoryRoutes(app, ctx);
  entityRoutes(app, ctx);
  fieldMapRoutes(app, ctx);
  adminRoutes(app, ctx);
  await installOpenApiRoutes(app);
  return app;
}
