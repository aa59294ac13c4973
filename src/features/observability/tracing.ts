import { FastifyOtelInstrumentation } from '@fastify/otel';
import { context, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_HTTP_ROUTE, ATTR_SERVICE_NAME, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import type { FastifyInstance } from 'fastify';
import type { LogEvent } from 'kysely';
import type { TracingConfig } from '../../config.ts';
import type { DialectOps } from '../../db/dialect/types.ts';
import { redactUrl } from '../../http/log-redaction.ts';

/**
 * OpenTelemetry traces, on when OTEL_EXPORTER_OTLP_ENDPOINT is set: one SERVER span per request (continuing a
 * `traceparent` a proxy or client sent), named `METHOD /route/pattern`, and one CLIENT span per SQL statement
 * under it. Spans go to the collector in batches over OTLP/HTTP; nothing waits on the collector.
 */
export interface Tracing {
  /** Registers request spans on the app (before any route, so every route is covered). */
  install(app: FastifyInstance): Promise<void>;
  /** Kysely's log hook: a span for each statement, under the request being served. */
  onQuery(event: LogEvent): void;
  /** Names the engine on statement spans (`db.system.name`), once the database is open. */
  describeDatabase(system: DialectOps['telemetryName']): void;
  /** Sends what is buffered (tests; shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export function createTracing(config: TracingConfig): Tracing {
  let dbSystem = 'unknown';
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl, headers: config.headers }))],
  });
  // The async-local-storage context manager and the W3C propagator are process-wide; registering twice
  // (several apps in one test process) keeps the first, which serves all of them alike.
  provider.register();
  const tracer: Tracer = provider.getTracer('genjin');
  const instrumentation = new FastifyOtelInstrumentation({
    // A span per hook (or for the handler inside the request) would multiply spans for no question an operator asks.
    instrumentHooks: false,
    instrumentHandler: false,
    ignorePaths: (route) => route.url === '/metrics' || route.url === '/healthz' || route.url === '/readyz',
    requestHook: (span, request) => {
      // Tokens travel in query strings (IKCRM's user_token): the path attribute must never carry one.
      span.setAttribute(ATTR_URL_PATH, redactUrl(request.url));
      const route = request.routeOptions.url;
      if (route) {
        span.setAttribute(ATTR_HTTP_ROUTE, route);
        span.updateName(`${request.method} ${route}`);
      }
    },
  });
  instrumentation.setTracerProvider(provider);

  return {
    async install(app) {
      await app.register(instrumentation.plugin());
    },
    describeDatabase(system) {
      dbSystem = system;
    },
    onQuery(event) {
      const parent = context.active();
      // Statements outside a request (workers, migrations) would each start a trace of their own: noise.
      if (!trace.getSpan(parent)) return;
      const end = Date.now();
      const sql = event.query.sql;
      const span = tracer.startSpan(
        (/^\s*(\w+)/.exec(sql)?.[1] ?? 'query').toUpperCase(),
        {
          kind: SpanKind.CLIENT,
          startTime: end - event.queryDurationMillis,
          // Parameterised text only: values (which may be personal data) are never recorded.
          attributes: { 'db.system.name': dbSystem, 'db.query.text': sql },
        },
        parent,
      );
      if (event.level === 'error') {
        span.setStatus({ code: SpanStatusCode.ERROR, message: event.error instanceof Error ? event.error.message : String(event.error) });
      }
      span.end(end);
    },
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
