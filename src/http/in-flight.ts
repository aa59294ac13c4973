import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface InFlight {
  /** Resolves once no request is being handled (or after `timeoutMs`). */
  drained(timeoutMs: number): Promise<void>;
}

/**
 * Counts requests whose handlers are still running. Fastify's close() waits for sockets, not handlers: a
 * client that hangs up mid-request lets close() finish while its handler still queries the database, so
 * shutdown waits for this count to reach zero before closing the database.
 */
export function trackInFlight(app: FastifyInstance): InFlight {
  const active = new Set<FastifyRequest>();
  const done = (request: FastifyRequest) => {
    active.delete(request);
  };
  app.addHook('onRequest', async (request) => {
    active.add(request);
  });
  app.addHook('onSend', async (request) => done(request));
  app.addHook('onResponse', async (request) => done(request));
  return {
    async drained(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (active.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
