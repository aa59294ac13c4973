import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { parseLsn, ReplicaSet } from './replicas.ts';
import type { Database } from './schema/index.ts';

/** How the server spreads reads over replicas; a no-op without DATABASE_REPLICA_URLS. */
export interface ReadRouting {
  readonly enabled: boolean;
  /** Gives a request a routing scope of its own (starting on the primary). */
  bind<T>(fn: () => T): T;
  /** Sends the rest of a read-only request to a replica that has this token's last write, if one has. */
  routeRead(organizationId: number, tokenId: number): Promise<void>;
  /** Remembers where the primary's log stands after this token wrote. */
  recordWrite(organizationId: number, tokenId: number, now: number): Promise<void>;
  /** `primary` or the (password-less) URL of the replica the current scope reads from. */
  current(): string;
  maxLagSeconds(): number | undefined;
}

export const NO_READ_ROUTING: ReadRouting = {
  enabled: false,
  bind: (fn) => fn(),
  routeRead: async () => undefined,
  recordWrite: async () => undefined,
  current: () => 'primary',
  maxLagSeconds: () => undefined,
};

export function replicaRouting(db: Kysely<Database>, replicas: ReplicaSet): ReadRouting {
  return {
    enabled: true,
    bind: (fn) => ReplicaSet.bind(fn),
    async routeRead(organizationId, tokenId) {
      // Read on the primary: this is the one thing a replica cannot answer about itself.
      const position = await db
        .selectFrom('token_write_positions')
        .select('lsn')
        .where('organization_id', '=', organizationId)
        .where('token_id', '=', tokenId)
        .executeTakeFirst();
      ReplicaSet.use(await replicas.choose(position ? parseLsn(position.lsn) : undefined));
    },
    async recordWrite(organizationId, tokenId, now) {
      await db
        .insertInto('token_write_positions')
        .values({ organization_id: organizationId, token_id: tokenId, lsn: sql<string>`pg_current_wal_lsn()::text`, written_at: now })
        .onConflict((oc) =>
          oc.columns(['organization_id', 'token_id']).doUpdateSet({ lsn: sql<string>`pg_current_wal_lsn()::text`, written_at: now }),
        )
        .execute();
    },
    current: () => ReplicaSet.current(),
    maxLagSeconds: () => replicas.maxLagSeconds(),
  };
}
