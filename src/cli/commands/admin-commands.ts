import type { Command } from 'commander';
import { adminMoveDepartment, adminRenameDepartment } from '../../features/admin/admin-departments.service.ts';
import { adminAddOption, adminUpdateOption } from '../../features/admin/admin-options.service.ts';
import { organizationForOperator } from '../../features/admin/admin-org.service.ts';
import { adminResetPassword, adminSetUserDisabled, adminUpdateUser } from '../../features/admin/admin-users.service.ts';
import { runCommand } from '../run.ts';

type IdOption = (name: string) => (value: string) => number;

/**
 * The admin actions for operators without the web UI; each runs the same service as `/api/v2/admin/…`.
 * With --json each prints one JSON object (the same shape the admin API answers under `data`).
 */
export function registerAdminCommands(groups: { program: Command; user: Command; department: Command }, idOption: IdOption): void {
  const { program, user, department } = groups;

  user
    .command('disable')
    .description('disable a user (their tokens stop working at once); --enable turns it back on')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <user id>', 'user id', idOption('--id'))
    .option('--enable', 'enable instead of disable')
    .option('--json')
    .action(async (o: { corpId: string; id: number; enable?: boolean; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => {
          const org = await organizationForOperator(app, o.corpId);
          const u = await adminSetUserDisabled(app, org.id, org.timeZone, o.id, !o.enable);
          return { id: u.id, disabled: u.disabled };
        },
        (r) => `user ${r.id} ${r.disabled ? 'disabled' : 'enabled'}`,
      );
    });

  user
    .command('reset-password')
    .description("set a user's password (ends their sessions)")
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <user id>', 'user id', idOption('--id'))
    .requiredOption('--password <password>')
    .option('--json')
    .action(async (o: { corpId: string; id: number; password: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => adminResetPassword(app, (await organizationForOperator(app, o.corpId)).id, o.id, o.password),
        (r) => `password of user ${r.id} reset`,
      );
    });

  user
    .command('move')
    .description('move a user to another department (data scopes follow at once)')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <user id>', 'user id', idOption('--id'))
    .requiredOption('--department <id>', 'department id', idOption('--department'))
    .option('--json')
    .action(async (o: { corpId: string; id: number; department: number; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => {
          const org = await organizationForOperator(app, o.corpId);
          const u = await adminUpdateUser(app, org.id, org.timeZone, o.id, { departmentId: o.department });
          return { id: u.id, department_id: u.department_id, department_name: u.department_name };
        },
        (r) => `user ${r.id} moved to department ${r.department_id} (${r.department_name})`,
      );
    });

  department
    .command('move')
    .description('re-parent a department with everything below it (refuses cycles)')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <department id>', 'department id', idOption('--id'))
    .requiredOption('--parent <department id>', 'new parent', idOption('--parent'))
    .option('--json')
    .action(async (o: { corpId: string; id: number; parent: number; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => adminMoveDepartment(app, (await organizationForOperator(app, o.corpId)).id, o.id, o.parent),
        (r) => `department ${r.id} is now ${r.path}`,
      );
    });

  department
    .command('rename')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <department id>', 'department id', idOption('--id'))
    .requiredOption('--name <name>')
    .option('--json')
    .action(async (o: { corpId: string; id: number; name: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => adminRenameDepartment(app, (await organizationForOperator(app, o.corpId)).id, o.id, o.name),
        (r) => `department ${r.id} renamed to ${r.name}`,
      );
    });

  const options = program.command('options').description('option sets (follow-up categories, statuses, stages)');
  options
    .command('add')
    .requiredOption('--corp-id <code>')
    .requiredOption('--field-key <key>', 'revisit_log.category | lead.status | customer.status | customer.category | opportunity.stage | contract.status')
    .requiredOption('--name <name>')
    .option('--name-en <name>')
    .option('--json')
    .action(async (o: { corpId: string; fieldKey: string; name: string; nameEn?: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => adminAddOption(app, (await organizationForOperator(app, o.corpId)).id, o),
        (r) => `option ${r.id} (${r.value}) added to ${r.field_key}`,
      );
    });

  options
    .command('rename')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <option id>', 'option id', idOption('--id'))
    .option('--name <name>')
    .option('--name-en <name>')
    .option('--json')
    .action(async (o: { corpId: string; id: number; name?: string; nameEn?: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => adminUpdateOption(app, (await organizationForOperator(app, o.corpId)).id, o.id, { name: o.name, nameEn: o.nameEn }),
        (r) => `option ${r.id} renamed to ${r.value} / ${r.i18n.en}`,
      );
    });

  options
    .command('disable')
    .description('disable an option (old records keep showing it); --enable turns it back on')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <option id>', 'option id', idOption('--id'))
    .option('--enable')
    .option('--json')
    .action(async (o: { corpId: string; id: number; enable?: boolean; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => adminUpdateOption(app, (await organizationForOperator(app, o.corpId)).id, o.id, { enabled: Boolean(o.enable) }),
        (r) => `option ${r.id} ${r.enabled ? 'enabled' : 'disabled'}`,
      );
    });
}
