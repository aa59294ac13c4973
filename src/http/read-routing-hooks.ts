import type { FastifyInstance } from 'fastify';
import type { ReadRouting } from '../db/read-routing.ts';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Authenticated GETs read from a replica that has the caller's own last write; every other request, and
 * authentication itself, runs on the primary. IKCRM GETs never write (token touches happen during
 * authentication, before this routing is chosen).
 */
export function installReadRouting(app: FastifyInstance, reads: ReadRouting, clock: () => number): void {
  if (!reads.enabled) return;
  app.addHook('onRequest', (_request, _reply, done) => {
    reads.bind(done);
  });
  app.addHook('preHandler', async (request) => {
    if (request.ctx && READ_METHODS.has(request.method)) await reads.routeRead(request.ctx.organization.id, request.ctx.tokenId);
  });
  app.addHook('onSend', async (request) => {
    // Before the answer leaves: the client's next read must already see this position.
    if (request.ctx && !READ_METHODS.has(request.method)) await reads.recordWrite(request.ctx.organization.id, request.ctx.tokenId, clock());
  });
}
