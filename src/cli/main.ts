import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.ts';
import { migrateToLatest, registeredMigrations } from '../db/migrate.ts';
import { sweepUnattachedUploads } from '../features/attachments/attachment-sweep.service.ts';
import { addDepartment, addUser } from '../features/directory/directory-admin.service.ts';
import { createOrganization } from '../features/organizations/organizations.service.ts';
import { purgeDeletedRevisitLogs } from '../features/revisit-logs/revisit-logs-purge.service.ts';
import { seedDemo } from '../seed/demo.ts';
import { serve } from '../server.ts';
import { registerAdminCommands } from './commands/admin-commands.ts';
import { registerOpsCommands } from './commands/ops-commands.ts';
import { registerCustomFieldCommands } from './commands/custom-field-commands.ts';
import { registerExportCommand } from './commands/export-command.ts';
import { registerImportCommand } from './commands/import-command.ts';
import { registerBenchCommands } from './commands/bench-commands.ts';
import { registerCountsCommands } from './commands/counts-commands.ts';
import { registerWebhookCommands } from './commands/webhook-commands.ts';
import { parseId, runCommand } from './run.ts';

function idOption(name: string) {
  const parse = parseId(name);
  return (value: string) => {
    try {
      return parse(value);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

const program = new Command('genjin')
  .description('Genjin: self-hosted sales follow-up records, IKCRM open API v2 compatible')
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate, then serve the API on HOST:PORT')
  .option('--seed-if-empty', 'seed the demo organization when the database has none')
  .action(async (opts: { seedIfEmpty?: boolean }) => {
    await serve(loadConfig(), { seedIfEmpty: Boolean(opts.seedIfEmpty) });
  });

program
  .command('migrate')
  .description('bring the database schema up to date (a no-op when it is)')
  .option('--json', 'print the result as JSON')
  .action(async (opts: { json?: boolean }) => {
    await runCommand(
      opts.json,
      async (app) => {
        const results = await migrateToLatest(app.database.db);
        return { applied: results.map((r) => r.migrationName), known: registeredMigrations().length };
      },
      (r) => (r.applied.length ? `applied: ${r.applied.join(', ')}` : 'schema is up to date'),
      { migrateFirst: false },
    );
  });

program
  .command('seed')
  .description('create demo data')
  .requiredOption('--demo', 'the demo organization (corp_id demo)')
  .option('--random-seed <n>', 'seed for deterministic demo data', idOption('--random-seed'))
  .option('--follow-ups <n>', 'how many follow-ups to create (default 3200)', idOption('--follow-ups'))
  .option('--json', 'print the result as JSON')
  .action(async (opts: { randomSeed?: number; followUps?: number; json?: boolean }) => {
    await runCommand(
      opts.json,
      (app) => seedDemo(app, { randomSeed: opts.randomSeed, followUps: opts.followUps }),
      (r) => `seeded organization ${r.corp_id} (${r.organization_id}): ${r.users} users, ${r.revisit_logs} follow-ups`,
    );
  });

const org = program.command('org').description('organizations');
org
  .command('create')
  .requiredOption('--name <name>')
  .requiredOption('--corp-id <code>')
  .requiredOption('--admin-login <login>')
  .requiredOption('--admin-password <password>')
  .option('--admin-name <name>')
  .option('--time-zone <zone>', 'IANA time zone', 'Asia/Shanghai')
  .option('--json')
  .action(async (o: { name: string; corpId: string; adminLogin: string; adminPassword: string; adminName?: string; timeZone: string; json?: boolean }) => {
    await runCommand(
      o.json,
      async (app) => {
        const { organization_id, corp_id, admin_user_id } = await createOrganization(app, o);
        return { organization_id, corp_id, admin_user_id };
      },
      (r) => `organization ${r.corp_id} created (id ${r.organization_id}), admin user ${r.admin_user_id}`,
    );
  });

const department = program.command('department').description('departments');
department
  .command('add')
  .requiredOption('--corp-id <code>')
  .requiredOption('--name <name>')
  .option('--parent <department id>', 'parent department (default: the root)', idOption('--parent'))
  .option('--json')
  .action(async (o: { corpId: string; name: string; parent?: number; json?: boolean }) => {
    await runCommand(
      o.json,
      async (app) => ({ id: (await addDepartment(app, { corpId: o.corpId, name: o.name, parentId: o.parent })).id }),
      (r) => `department ${r.id} created`,
    );
  });

const user = program.command('user').description('users');
user
  .command('add')
  .requiredOption('--corp-id <code>')
  .requiredOption('--login <login>')
  .requiredOption('--password <password>')
  .requiredOption('--name <name>')
  .requiredOption('--department <id>', 'department id', idOption('--department'))
  .requiredOption('--scope <scope>', 'self | department | department_and_below | all')
  .option('--email <email>')
  .option('--admin', 'administrator of the organization')
  .option('--json')
  .action(
    async (o: { corpId: string; login: string; password: string; name: string; department: number; scope: string; email?: string; admin?: boolean; json?: boolean }) => {
      await runCommand(
        o.json,
        (app) => addUser(app, { ...o, departmentId: o.department, admin: Boolean(o.admin) }),
        (r) => `user ${r.id} created`,
      );
    },
  );

const attachments = program.command('attachments').description('attachment bytes and rows');
attachments
  .command('sweep')
  .description('remove uploads no follow-up claimed within 24 hours (the server also does this periodically)')
  .option('--json')
  .action(async (o: { json?: boolean }) => {
    await runCommand(
      o.json,
      (app) => sweepUnattachedUploads(app),
      (r) => `removed ${r.removed} unattached upload(s)${r.files_failed ? `; ${r.files_failed} file(s) could not be deleted` : ''}`,
    );
  });

const revisitLogs = program.command('revisit-logs').description('follow-up records');
revisitLogs
  .command('purge')
  .description('permanently remove follow-ups deleted more than N days ago, with their attachments')
  .requiredOption('--older-than-days <n>', 'days since deletion', (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('--older-than-days must be a whole number >= 0');
    return n;
  })
  .option('--json')
  .action(async (o: { olderThanDays: number; json?: boolean }) => {
    await runCommand(
      o.json,
      (app) => purgeDeletedRevisitLogs(app, { olderThanDays: o.olderThanDays }),
      (r) => `purged ${r.revisit_logs} follow-up(s) and ${r.attachments} attachment(s)${r.files_failed ? `; ${r.files_failed} file(s) could not be deleted` : ''}`,
    );
  });
registerAdminCommands({ program, user, department }, idOption);
registerOpsCommands(program);
registerCustomFieldCommands(program, idOption);
registerExportCommand(program);
registerImportCommand(program);
registerBenchCommands(program, idOption);
registerWebhookCommands(program, idOption);
registerCountsCommands(program, idOption);

await program.parseAsync(process.argv);
