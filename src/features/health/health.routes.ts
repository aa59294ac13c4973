import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError, envelopeOf } from '../../domain/errors.ts';

/**
 * For load balancers and orchestrators: 200 when the database answers, else a real 503 (whatever the error
 * mode) with the 100503 envelope, so the instance is taken out of rotation while the database is away.
 */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(ctx.database.db);
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ status: 'unavailable', ...envelopeOf(new AppError('serviceUnavailable'), 'zh') });
    }
  });
}
