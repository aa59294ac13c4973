import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { baseUrlOf, credentialsOf, localeOf } from '../../http/request-meta.ts';
import { authenticate } from './auth.service.ts';

/** Every /api/v2 route needs a token unless its config says `public: true`. */
export function installAuthHook(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/v2/') || request.routeOptions.config.public) return;
    request.ctx = await authenticate(ctx, credentialsOf(request), {
      locale: localeOf(request),
      baseUrl: baseUrlOf(request, ctx.config.publicUrl),
    });
  });
}
