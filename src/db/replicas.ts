import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { PostgresPool } from 'kysely';

/** A WAL position (`16/B374D848`) as a comparable number. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

interface ReplicaState {
  readonly url: string;
  readonly pool: pg.Pool;
  replayLsn: bigint | undefined;
  lagSeconds: number | undefined;
  checkedAt: number;
  downUntil: number;
  refreshing: Promise<void> | undefined;
}

/** Where one request's queries go. Set per request; write transactions never read it (they use `primary`). */
interface RouteScope {
  replica: ReplicaState | undefined;
}

const scopes = new AsyncLocalStorage<RouteScope>();

export interface ReplicaOptions {
  /** A replica further behind than this (replay delay) serves nothing. */
  maxLagSeconds: number;
  poolSize: number;
}

/** How long a replica that failed a connection or a check is left alone. */
const DOWN_FOR_MS = 5000;
/** How old a replica's sampled replay position may be before it is checked again. */
const CHECK_EVERY_MS = 500;

const REPLICA_STATE_SQL = `select pg_is_in_recovery() as in_recovery,
  pg_last_wal_replay_lsn()::text as replay_lsn,
  case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
       else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end as lag_seconds`;

/**
 * Streaming replicas behind one primary. Read-only requests are sent to a replica that is up, not lagging
 * beyond the bound, and — for a token that wrote — has replayed past that token's last write; anything
 * else, and every write, goes to the primary. A replica's state is sampled at most every 500 ms per
 * instance and never trusted longer: it is the replica's own answer about itself, not a cache of data.
 */
export class ReplicaSet {
  private readonly replicas: ReplicaState[];
  private next = 0;

  constructor(
    urls: readonly string[],
    private readonly options: ReplicaOptions,
  ) {
    this.replicas = urls.map((url) => {
      const pool = new pg.Pool({ connectionString: url, max: options.poolSize });
      const state: ReplicaState = { url, pool, replayLsn: undefined, lagSeconds: undefined, checkedAt: 0, downUntil: 0, refreshing: undefined };
      // An idle connection dropped by a replica restart must not crash the process; the replica is skipped.
      pool.on('error', () => {
        state.downUntil = Date.now() + DOWN_FOR_MS;
      });
      return state;
    });
  }

  get size(): number {
    return this.replicas.length;
  }

  private refresh(state: ReplicaState): Promise<void> {
    state.refreshing ??= (async () => {
      try {
        const { rows } = await state.pool.query<{ in_recovery: boolean; replay_lsn: string | null; lag_seconds: number | string }>(REPLICA_STATE_SQL);
        const row = rows[0]!;
        // A promoted standby is a primary of its own: sending reads there would split the data.
        if (!row.in_recovery || row.replay_lsn === null) throw new Error('not a streaming replica');
        state.replayLsn = parseLsn(row.replay_lsn);
        state.lagSeconds = Number(row.lag_seconds);
        state.checkedAt = Date.now();
      } catch {
        state.replayLsn = undefined;
        state.downUntil = Date.now() + DOWN_FOR_MS;
      } finally {
        state.refreshing = undefined;
      }
    })();
    return state.refreshing;
  }

  /**
   * A replica fit to serve a reader whose last write is at `mustHave` (none: any fresh replica), or
   * undefined for the primary.
   */
  async choose(mustHave: bigint | undefined): Promise<ReplicaState | undefined> {
    const now = Date.now();
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const state = this.replicas[(this.next + i) % n]!;
      if (state.downUntil > now) continue;
      // Concurrent requests share one check; a decision never rests on a sample older than CHECK_EVERY_MS.
      if (now - state.checkedAt > CHECK_EVERY_MS) await this.refresh(state);
      if (state.replayLsn === undefined || state.lagSeconds === undefined) continue;
      if (state.lagSeconds > this.options.maxLagSeconds) continue;
      if (mustHave !== undefined && state.replayLsn < mustHave) {
        // It may have caught up since it was sampled: look once more before giving up on it.
        await this.refresh(state);
        if (state.replayLsn === undefined || state.replayLsn < mustHave) continue;
      }
      this.next = (this.next + i + 1) % n;
      return state;
    }
    return undefined;
  }

  /** The largest replay delay among replicas that answer (for metrics). */
  maxLagSeconds(): number | undefined {
    const lags = this.replicas.filter((r) => r.lagSeconds !== undefined && r.downUntil <= Date.now()).map((r) => r.lagSeconds!);
    return lags.length ? Math.max(...lags) : undefined;
  }

  /** A pool for Kysely that sends each new connection where the current request's scope says. */
  routingPool(primary: pg.Pool): PostgresPool {
    return {
      connect: async () => {
        const replica = scopes.getStore()?.replica;
        if (replica && replica.downUntil <= Date.now()) {
          try {
            return await replica.pool.connect();
          } catch {
            replica.downUntil = Date.now() + DOWN_FOR_MS;
          }
        }
        return primary.connect();
      },
      end: async () => {
        await Promise.all([primary.end(), ...this.replicas.map((r) => r.pool.end())]);
      },
    };
  }

  /** Runs `fn` (and everything it awaits) in a scope of its own that starts on the primary. */
  static bind<T>(fn: () => T): T {
    return scopes.run({ replica: undefined }, fn);
  }

  /** Sends the rest of the current scope's queries to `replica`. */
  static use(replica: ReplicaState | undefined): void {
    const scope = scopes.getStore();
    if (scope) scope.replica = replica;
  }

  /** Which server the current scope reads from: for logs and tests. */
  static current(): string {
    return scopes.getStore()?.replica?.url.replace(/\/\/[^@/]*@/, '//***@') ?? 'primary';
  }
}
