import type { Metrics } from '../features/observability/metrics-registry.ts';
import type { RequestCtx } from '../request-context.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set at shutdown: /readyz answers 503 from then on, while requests are still served. */
    lifecycle: { draining: boolean };
    /** Prometheus registry of this app; features add their gauges (queue depths, replica lag) to it. */
    metrics: Metrics;
  }
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
