import type { RequestCtx } from '../request-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every authenticated route; absent on public ones. */
    ctx?: RequestCtx;
  }
  interface FastifyContextConfig {
    /** Routes that need no token (login, health). */
    public?: boolean;
  }
}
