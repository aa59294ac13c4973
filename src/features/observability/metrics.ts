import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import type { Metrics } from './metrics-registry.ts';
import { addQueueGauges } from './queue-gauges.ts';

/** Addresses allowed to read /metrics: exact addresses or CIDR ranges, IPv4 or IPv6. */
export function addressList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
    if (!address || isIP(address) === 0) throw new Error(`METRICS_ALLOW: "${entry}" is not an address or CIDR range`);
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

export function isAllowed(list: BlockList, ip: string): boolean {
  // Node reports IPv4 clients of a dual-stack socket as ::ffff:a.b.c.d.
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  return isIP(plain) !== 0 && list.check(plain, family);
}


function routeLabel(request: FastifyRequest): string {
  // The URL pattern, never the raw URL: ids in paths would make one series per record.
  return request.routeOptions.url ?? 'unmatched';
}

/**
 * Prometheus metrics on a registry of this app's own (tests build many apps in one process). Requests are
 * counted and timed by route pattern and status; the database pool and the process are sampled per scrape.
 */
export function installMetrics(app: FastifyInstance, ctx: AppContext): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const labelNames = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({ name: 'genjin_http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'genjin_http_request_duration_seconds',
    help: 'Time from the request arriving to the answer being sent',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: routeLabel(request), status_code: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  const addGauge: Metrics['addGauge'] = (name, help, read) => {
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const value = await read();
        if (value !== undefined) this.set(value);
      },
    });
  };
  // SQLite has one connection and no pool: no series rather than a misleading 0.
  if (ctx.database.poolStats()) {
    addGauge('genjin_db_pool_connections', 'Database connections open in the pool', () => ctx.database.poolStats()?.total);
    addGauge('genjin_db_pool_idle', 'Database connections idle in the pool', () => ctx.database.poolStats()?.idle);
    addGauge('genjin_db_pool_waiting', 'Queries waiting for a database connection', () => ctx.database.poolStats()?.waiting);
  }

  if (ctx.database.reads.enabled) {
    addGauge('genjin_db_replica_lag_seconds', 'Largest replay delay among the read replicas that answer', () => ctx.database.reads.maxLagSeconds());
  }

  addQueueGauges({ registry, addGauge }, ctx);

  const allowed = addressList(ctx.config.metricsAllow);
  app.get('/metrics', { config: { public: true, realStatus: true }, schema: { hide: true } }, async (request, reply) => {
    if (!isAllowed(allowed, request.ip)) throw new AppError('routeNotFound');
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return { registry, addGauge };
}
