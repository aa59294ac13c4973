import type { AppContext } from '../../app-context.ts';
import { deliverDue } from './webhook-delivery.ts';
import { dispatchOutbox } from './webhook-dispatch.ts';

export interface WorkerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export type TickStep = (app: AppContext) => Promise<unknown>;

/**
 * One round of the event worker: extra steps first (the reminder scanner adds outbox events), then the outbox
 * is fanned out into deliveries, then due deliveries are sent. Tests call this directly with their clock.
 */
export async function runEventTick(app: AppContext, steps: readonly TickStep[] = []): Promise<{ dispatched: number; delivered: number; failed: number }> {
  for (const step of steps) await step(app);
  const dispatched = await dispatchOutbox(app);
  const { delivered, failed } = await deliverDue(app);
  return { dispatched, delivered, failed };
}

/**
 * The background worker of `genjin serve`. Every instance may run one: all "exactly once" decisions are
 * claims in the database. `stop` waits for the round in progress, so shutdown never closes the database
 * under it (the longest wait is one webhook timeout).
 */
export function startEventWorker(app: AppContext, log: WorkerLog, steps: readonly TickStep[] = []): { stop(): Promise<void> } {
  const interval = app.config.eventWorkerIntervalMs;
  if (interval === 0) return { stop: async () => undefined };
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = runEventTick(app, steps)
      .then((r) => {
        if (r.delivered > 0 || r.failed > 0) log.info({ ...r }, 'webhook deliveries');
      })
      .catch((error: unknown) => log.error({ err: error }, 'event worker round failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const every = setInterval(run, interval);
  every.unref();
  // A first round at once: reminders that fell due while no instance ran fire at the next start.
  setImmediate(run);
  return {
    async stop() {
      stopped = true;
      clearInterval(every);
      await running;
    },
  };
}
