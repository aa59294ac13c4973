import type { AppContext } from '../../app-context.ts';
import { pingDatabase } from '../../db/maintenance.ts';
import { pendingMigrations } from '../../db/migrate.ts';

export type CheckResult = 'ok' | 'skipped' | 'failed' | 'pending';

export interface Readiness {
  ready: boolean;
  status: 'ok' | 'unavailable' | 'draining';
  checks: { database: CheckResult; migrations: CheckResult; redis: CheckResult; storage: CheckResult };
}

/** What a check may take before it counts as failed: a load balancer polls, it must not hang. */
const CHECK_TIMEOUT_MS = 3000;

async function check(run: () => Promise<CheckResult | void>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve('failed'), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run().then((r) => r ?? 'ok'), timeout]);
  } catch {
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}

export interface ReadinessProbes {
  redis(): Promise<'ok' | 'skipped'>;
  draining(): boolean;
}

/** Ready means: this instance can answer any API request right now, and is not shutting down. */
export async function readiness(ctx: AppContext, probes: ReadinessProbes): Promise<Readiness> {
  const db = ctx.database.db;
  const [database, migrations, redis, storage] = await Promise.all([
    check(() => pingDatabase(db)),
    check(async () => ((await pendingMigrations(db)).length === 0 ? 'ok' : 'pending')),
    check(() => probes.redis()),
    check(() => ctx.storage.probe()),
  ]);
  const checks = { database, migrations, redis, storage };
  const healthy = Object.values(checks).every((c) => c === 'ok' || c === 'skipped');
  const draining = probes.draining();
  return { ready: healthy && !draining, status: draining ? 'draining' : healthy ? 'ok' : 'unavailable', checks };
}
