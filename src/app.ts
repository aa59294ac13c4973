import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import multipart from '@fastify/multipart';
import type { AppContext } from './app-context.ts';
import { checkinRoutes } from './features/checkins/checkins.routes.ts';
import { changeFeedRoutes } from './features/changes/changes.routes.ts';
import { attachmentRoutes } from './features/attachments/attachments.routes.ts';
import { installAuthHook } from './features/auth/auth.plugin.ts';
import { adminRoutes } from './features/admin/admin.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { customFieldRoutes } from './features/custom-fields/custom-fields.routes.ts';
import { directoryRoutes } from './features/directory/users.routes.ts';
import { entityRoutes } from './features/entities/entities.routes.ts';
import { fieldMapRoutes } from './features/field-options/field-maps.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { installMetrics } from './features/observability/metrics.ts';
import { revisitLogInsightRoutes } from './features/revisit-log-insights/insights.routes.ts';
import { revisitLogRoutes } from './features/revisit-logs/revisit-logs.routes.ts';
import { DEFAULT_WEB_DIST, webAppRoutes } from './features/web-app/web-app.routes.ts';
import { revisitLogWriteRoutes } from './features/revisit-logs/revisit-logs.write-routes.ts';
import { notificationRoutes } from './features/notifications/notifications.routes.ts';
import { webhookRoutes } from './features/webhooks/webhooks.routes.ts';
import { installBodyParsing, parseNested } from './http/body-parsing.ts';
import { installBodyTimeouts } from './http/body-timeout.ts';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandling } from './http/error-handler.ts';
import { installOpenApi, installOpenApiRoutes } from './http/openapi.ts';
import { installEmptyJsonBody, installParameterSources } from './http/parameter-sources.ts';
import { requestLogSerializer } from './http/log-redaction.ts';
import { installRateLimits } from './http/rate-limit.ts';
import { installReadRouting } from './http/read-routing-hooks.ts';
import { installRequestIdHeader, requestIdOf } from './http/request-id.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import './http/fastify-types.ts';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Rate-limit key prefix in Redis (tests give each app its own or share one on purpose). */
  rateLimitNamespace?: string;
  /** Sees every route as it is registered (the isolation test classifies each one, so none is forgotten). */
  onRoute?: (route: RouteOptions) => void;
  /** The built web app served at `/` (tests point it at a fixture folder). */
  webDistDir?: string;
}

function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object' || logger === null) return logger;
  return { ...logger, serializers: { req: requestLogSerializer, ...logger.serializers } };
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withRedaction(options.logger ?? { level: ctx.config.logLevel }),
    trustProxy: ctx.config.trustProxy,
    requestIdHeader: false,
    genReqId: requestIdOf,
    // A 200-digit id reaches its route (and its 100406/100100) instead of the router's 414.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000, querystringParser: (text) => parseNested(text) },
    frameworkErrors: frameworkErrorHandler(ctx.config.errorStatusMode),
    clientErrorHandler,
    // Long filter query strings (id lists, Rails-style nesting) fit; beyond this Node answers 431 (as an envelope).
    http: { maxHeaderSize: ctx.config.maxHeaderBytes },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });
  // IKCRM clients send credentials in a form body on GET too (README: client compatibility), so GET bodies are parsed.
  app.addHttpMethod('GET', { hasBody: true, overrideExisting: true });
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route));
  // Responses are built by presenters that emit exactly the wire shape; JSON.stringify measured faster than
  // fast-json-stringify on Chinese text, and the response schemas still document and test the shapes.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  // Before every hook and route, so each request of every route gets its span.
  if (ctx.tracing) {
    await ctx.tracing.install(app);
    const tracing = ctx.tracing;
    app.addHook('onClose', () => tracing.flush());
  }
  app.decorate('lifecycle', { draining: false });
  installRequestIdHeader(app);
  app.decorate('metrics', installMetrics(app, ctx));
  installErrorHandling(app, ctx.config.errorStatusMode, (error) => ctx.database.ops.isUnavailable(error));
  installSecurityHeaders(app);
  installBodyTimeouts(app, { bodyMs: ctx.config.requestBodyTimeoutMs, uploadMs: ctx.config.uploadBodyTimeoutMs });
  await installBodyParsing(app);
  installEmptyJsonBody(app);
  installParameterSources(app);
  // Registered once for every route; a route reads its parts with request.parts()/file(), so JSON and form
  // bodies are parsed as before. fileSize makes busboy cut a file off at the limit instead of reading on.
  await app.register(multipart, {
    limits: { fileSize: ctx.config.uploadMaxBytes, fieldSize: 1024 * 1024, fields: 200, files: 20, parts: 250 },
  });
  await installOpenApi(app);
  const limits = await installRateLimits(app, ctx.config, options.rateLimitNamespace ?? ctx.config.redisKeyPrefix);
  app.addHook('onClose', () => limits.close());
  installAuthHook(app, ctx, limits);
  installReadRouting(app, ctx.database.reads, ctx.clock);

  healthRoutes(app, ctx, { redis: () => limits.ping(), draining: () => app.lifecycle.draining });
  authRoutes(app, ctx);
  revisitLogRoutes(app, ctx);
  revisitLogInsightRoutes(app, ctx);
  changeFeedRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  await app.register(revisitLogWriteRoutes(ctx));
  await app.register(checkinRoutes(ctx));
  directoryRoutes(app, ctx);
  entityRoutes(app, ctx);
  fieldMapRoutes(app, ctx);
  adminRoutes(app, ctx);
  customFieldRoutes(app, ctx);
  webhookRoutes(app, ctx);
  notificationRoutes(app, ctx);
  await installOpenApiRoutes(app);
  // Last: its catch-all serves the web app for paths no API route claims.
  webAppRoutes(app, { distDir: options.webDistDir ?? DEFAULT_WEB_DIST, publicUrl: ctx.config.publicUrl });
  return app;
}
