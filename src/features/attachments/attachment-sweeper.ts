import type { AppContext } from '../../app-context.ts';
import { sweepUnattachedUploads } from './attachment-sweep.service.ts';

export interface SweepLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A sweep soon after start, so a server restarted often still sweeps, then one every interval. */
const FIRST_SWEEP_DELAY_MS = 30_000;

/**
 * The server's periodic sweep. Timers are unref'd so they never keep a process alive; `stop` waits for a
 * sweep in progress so the database is not closed under it.
 */
export function startAttachmentSweeper(app: AppContext, log: SweepLog): { stop(): Promise<void> } {
  const minutes = app.config.attachmentSweepIntervalMinutes;
  if (minutes === 0) return { stop: async () => undefined };
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = sweepUnattachedUploads(app)
      .then((r) => {
        if (r.removed > 0 || r.files_failed > 0) log.info({ ...r }, 'swept unattached uploads');
      })
      .catch((error: unknown) => log.error({ err: error }, 'attachment sweep failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, FIRST_SWEEP_DELAY_MS);
  const every = setInterval(run, minutes * 60_000);
  first.unref();
  every.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
