import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.ts';
import { closeAppContext, createAppContext } from './app-context.ts';
import type { Config } from './config.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startAttachmentSweeper } from './features/attachments/attachment-sweeper.ts';
import { EVENT_WORKER_STEPS } from './features/notifications/worker-steps.ts';
import { startEventWorker } from './features/webhooks/event-worker.ts';
import { trackInFlight } from './http/in-flight.ts';
import { countOrganizations } from './features/organizations/organizations.repository.ts';
import { useSharedSigningKey } from './features/instance/signing-key.service.ts';
import { DEMO_ADMIN, seedDemo } from './seed/demo.ts';

export interface ServeOptions {
  seedIfEmpty: boolean;
}

/** Migrates, optionally seeds the demo organization into an empty database, serves, and shuts down cleanly. */
export async function serve(config: Config, options: ServeOptions): Promise<void> {
  // The pool exists before the app's logger; connection errors before that are only possible, not logged.
  const sink: { log?: FastifyBaseLogger } = {};
  const ctx = createAppContext(config, {
    dbOptions: {
      onConnectionError: (error) => sink.log?.warn({ err: error }, 'database connection lost; requests answer 100503 until it returns'),
    },
  });
  const app = await buildApp(ctx);
  sink.log = app.log;
  const inFlight = trackInFlight(app);
  const log = app.log;
  await migrateToLatest(ctx.database.db);
  await useSharedSigningKey(ctx);
  if (options.seedIfEmpty && (await countOrganizations(ctx.database.db)) === 0) {
    log.info('empty database: seeding the demo organization');
    const summary = await seedDemo(ctx, {});
    log.info({ ...summary }, 'demo organization ready');
  }
  const sweeper = startAttachmentSweeper(ctx, log);
  app.addHook('onClose', () => sweeper.stop());
  // Webhook deliveries (and the reminder scanner among its steps); app.close() waits for its round.
  const events = startEventWorker(ctx, log, EVENT_WORKER_STEPS);
  app.addHook('onClose', () => events.stop());
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    // A load balancer polling /readyz sees 503 and stops sending; requests still arriving are served. An
    // interactive Ctrl-C has no balancer to wait for.
    app.lifecycle.draining = true;
    const drainMs = signal === 'SIGTERM' ? config.shutdownDrainSeconds * 1000 : 0;
    log.info({ signal, drain_seconds: drainMs / 1000 }, 'shutting down: draining, then finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), drainMs + 15_000);
    force.unref();
    new Promise((resolve) => setTimeout(resolve, drainMs))
      .then(() => app.close())
      .then(() => inFlight.drained(10_000))
      .then(() => closeAppContext(ctx))
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  const address = await app.listen({ host: config.host, port: config.port });
  log.info(
    { url: address, database: ctx.database.describe },
    `Genjin listening on ${address} — demo login: corp_id ${DEMO_ADMIN.corpId}, login ${DEMO_ADMIN.login}, password ${DEMO_ADMIN.password}`,
  );
}
