import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './server-process.ts';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/** True where this machine can start PostgreSQL servers of its own (Debian's postgresql-15 binaries). */
export const canStartPostgres = fs.existsSync(`${BIN}/initdb`) && fs.existsSync(`${BIN}/pg_basebackup`);

/** PostgreSQL refuses to run as root: the servers run as the `postgres` user when we are root. */
async function asPostgres(command: string, args: string[]): Promise<void> {
  if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', command, ...args]);
  else await run(command, args);
}

export interface ReplicaPair {
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** Runs SQL on the standby as the superuser (pause or resume its replay). */
  onReplica(text: string): Promise<void>;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A throwaway primary and a hot standby streaming from it, on two loopback ports of their own: nothing
 * here touches the machine's PostgreSQL.
 */
export async function startReplicaPair(): Promise<ReplicaPair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-replicas-'));
  fs.chmodSync(dir, 0o777);
  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const opts = (port: number) => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  await asPostgres(`${BIN}/initdb`, ['-D', primaryDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  await asPostgres(`${BIN}/pg_ctl`, ['-D', primaryDir, '-o', opts(primaryPort), '-l', path.join(dir, 'primary.log'), '-w', 'start']);
  await asPostgres(`${BIN}/pg_basebackup`, ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream']);
  const startReplica = () =>
    asPostgres(`${BIN}/pg_ctl`, ['-D', replicaDir, '-o', opts(replicaPort), '-l', path.join(dir, 'replica.log'), '-w', 'start']);
  await startReplica();
  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async (port: number, text: string) => {
    const client = new pg.Client({ connectionString: url(port, 'postgres') });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };
  return {
    primaryUrl: (database) => url(primaryPort, database),
    replicaUrl: (database) => url(replicaPort, database),
    onReplica: async (text) => void (await query(replicaPort, text)),
    stopReplica: () => asPostgres(`${BIN}/pg_ctl`, ['-D', replicaDir, '-m', 'fast', '-w', 'stop']),
    startReplica,
    async caughtUp() {
      const target = (await query(primaryPort, 'select pg_current_wal_lsn()::text as lsn')).rows[0].lsn as string;
      for (let i = 0; i < 200; i++) {
        const done = await query(replicaPort, `select pg_last_wal_replay_lsn() >= '${target}'::pg_lsn as ok`);
        if (done.rows[0].ok) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the standby did not catch up within 10 s');
    },
    async stop() {
      for (const d of [replicaDir, primaryDir]) await asPostgres(`${BIN}/pg_ctl`, ['-D', d, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
