import type { RequestCtx } from '../request-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every authenticated route; absent on public ones. */
    ctx?: RequestCtx;
  }
  interface FastifyContextConfig {
    /** Routes that need no token (login, health). */
    public?: boolean;
    /**
     * Errors answer with their real HTTP status. For routes outside /api/v2 (signed file links opened by
     * browsers and `<img>` tags), which no IKCRM client calls, so the HTTP 200 envelope rule does not apply.
     */
    realStatus?: boolean;
  }
}
