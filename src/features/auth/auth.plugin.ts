import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import type { RateLimitHandle } from '../../http/rate-limit.ts';
import { baseUrlOf, credentialsOf, localeOf } from '../../http/request-meta.ts';
import { authenticate } from './auth.service.ts';

/**
 * Every /api/v2 route needs a token unless its config says `public: true`. The decision reads the matched
 * route's pattern, not the raw URL, so no spelling of a path (percent-encoding, double slashes) reaches a
 * route unauthenticated. Unknown paths fall through to the 404 envelope, as IKCRM (Rails) routes before it
 * authenticates.
 */
export function installAuthHook(app: FastifyInstance, ctx: AppContext, limits: RateLimitHandle): void {
  app.addHook('preValidation', async (request, reply) => {
    if (request.is404) return;
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/v2/') || request.routeOptions.config.public) return;
    try {
      request.ctx = await authenticate(ctx, credentialsOf(request), {
        locale: localeOf(request),
        baseUrl: baseUrlOf(request, ctx.config.publicUrl),
      });
    } catch (error) {
      if (error instanceof AppError && error.kind.code === 100401) await limits.onAuthenticationFailure(request, reply);
      throw error;
    }
  });
}
