import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { backupDatabase, restoreDatabase } from '../../db/backup.ts';
import { verifyStorage } from '../../features/attachments/storage-verify.service.ts';
import { runCommand, runStandalone } from '../run.ts';

/** backup, restore and storage verify: the operator's commands around the data itself. */
export function registerOpsCommands(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the database while it serves (SQLite online backup; pg_dump -Fc)')
    .requiredOption('--out <file>', 'where to write the backup')
    .option('--json', 'print the result as JSON')
    .action(async (o: { out: string; json?: boolean }) => {
      await runStandalone(
        o.json,
        () => backupDatabase(loadConfig().databaseUrl, o.out),
        (r) => `backup written to ${r.file} (${r.bytes} bytes, ${r.format})`,
      );
    });

  program
    .command('restore')
    .description('replace the database with a backup (stop the servers first on SQLite)')
    .requiredOption('--from <file>', 'a file written by genjin backup')
    .option('--force', 'replace a database that already holds organizations')
    .option('--json', 'print the result as JSON')
    .action(async (o: { from: string; force?: boolean; json?: boolean }) => {
      await runStandalone(
        o.json,
        () => restoreDatabase(loadConfig().databaseUrl, o.from, { force: Boolean(o.force) }),
        (r) => `restored from ${r.restored}`,
      );
    });

  program
    .command('storage')
    .description('attachment bytes')
    .command('verify')
    .description('report attachment rows without bytes and stored bytes without rows')
    .option('--json', 'print the result as JSON')
    .action(async (o: { json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => {
          const report = await verifyStorage(app);
          // Problems found fail the check for scripts; the report is still printed.
          if (report.rows_without_bytes.length > 0 || report.bytes_without_rows.length > 0) process.exitCode = 1;
          return report;
        },
        (r) =>
          [
            `${r.attachments} attachment(s), ${r.stored_keys} stored object(s)`,
            `rows without bytes: ${r.rows_without_bytes.length}${r.rows_without_bytes.length ? ` (ids ${r.rows_without_bytes.map((x) => x.id).join(', ')})` : ''}`,
            `bytes without rows: ${r.bytes_without_rows.length}${r.bytes_without_rows.length ? ` (${r.bytes_without_rows.join(', ')})` : ''}`,
          ].join('\n'),
      );
    });
}
