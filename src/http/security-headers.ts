import type { FastifyInstance } from 'fastify';

/**
 * Every JSON answer gets `nosniff` (a browser must never run an envelope as script or HTML) and `no-store`
 * (the login answer carries a token, lists carry customers' names: no cache, shared or private, keeps them).
 * File answers set their own caching and already send nosniff.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('application/json')) {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
