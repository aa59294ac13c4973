import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { pingDatabase } from '../../db/maintenance.ts';
import { AppError, envelopeOf } from '../../domain/errors.ts';
import { readiness, type ReadinessProbes } from './readiness.ts';

/**
 * /healthz: the process is alive and reaches its database (restart it when this fails), else a real 503
 * (whatever the error mode) with the 100503 envelope. /readyz: send it traffic (take it out of the pool when
 * this fails) — it also fails while the instance drains at shutdown.
 */
export function healthRoutes(app: FastifyInstance, ctx: AppContext, probes: ReadinessProbes): void {
  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    try {
      await pingDatabase(ctx.database.db);
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ status: 'unavailable', ...envelopeOf(new AppError('serviceUnavailable'), 'zh') });
    }
  });
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const result = await readiness(ctx, probes);
    if (!result.ready && result.status !== 'draining') request.log.warn({ checks: result.checks }, 'not ready');
    return reply.code(result.ready ? 200 : 503).send({ status: result.status, checks: result.checks });
  });
}
