import type { Command } from 'commander';
import { organizationForOperator } from '../../features/admin/admin-org.service.ts';
import {
  adminCreateCustomField,
  adminDeleteCustomField,
  adminListCustomFields,
  adminUpdateCustomField,
} from '../../features/custom-fields/custom-fields.service.ts';
import { runCommand } from '../run.ts';

type IdOption = (name: string) => (value: string) => number;
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `genjin custom-field …`: the same services as `/api/v2/admin/custom_fields`, for operators. */
export function registerCustomFieldCommands(program: Command, idOption: IdOption): void {
  const group = program.command('custom-field').description('custom fields of follow-ups and entities');

  group
    .command('list')
    .requiredOption('--corp-id <code>')
    .requiredOption('--entity <entity>', 'revisit_log, lead, customer, opportunity, contract or contact')
    .option('--json')
    .action(async (o: { corpId: string; entity: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => ({ custom_fields: await adminListCustomFields(app, (await organizationForOperator(app, o.corpId)).id, o.entity) }),
        (r) => r.custom_fields.map((x) => `${x.id}\t${x.key}\t${x.type}\t${x.label}${x.enabled ? '' : '\t(disabled)'}`).join('\n') || 'no custom fields',
      );
    });

  group
    .command('add')
    .requiredOption('--corp-id <code>')
    .requiredOption('--entity <entity>', 'revisit_log, lead, customer, opportunity, contract or contact')
    .requiredOption('--label <label>')
    .requiredOption('--type <type>', 'text, number, date, datetime, select or multi_select')
    .option('--label-en <label>')
    .option('--option <choice>', 'a choice of a select field (repeat)', collect)
    .option('--key <key>', 'like text_asset_1a2b (generated when absent)')
    .option('--required')
    .option('--position <n>', 'position', idOption('--position'))
    .option('--json')
    .action(async (o: { corpId: string; entity: string; label: string; type: string; labelEn?: string; option?: string[]; key?: string; required?: boolean; position?: number; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) =>
          adminCreateCustomField(app, (await organizationForOperator(app, o.corpId)).id, {
            entity: o.entity,
            label: o.label,
            labelEn: o.labelEn,
            type: o.type,
            options: o.option,
            key: o.key,
            required: o.required ?? false,
            position: o.position,
          }),
        (r) => `custom field ${r.id} ${r.key} (${r.type}) added to ${r.entity}`,
      );
    });

  group
    .command('update')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <field id>', 'field id', idOption('--id'))
    .option('--label <label>')
    .option('--label-en <label>')
    .option('--option <choice>', 'the full new list of choices (repeat)', collect)
    .option('--required <bool>', 'true or false')
    .option('--enabled <bool>', 'true or false')
    .option('--position <n>', 'position', idOption('--position'))
    .option('--json')
    .action(async (o: { corpId: string; id: number; label?: string; labelEn?: string; option?: string[]; required?: string; enabled?: string; position?: number; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) =>
          adminUpdateCustomField(app, (await organizationForOperator(app, o.corpId)).id, o.id, {
            label: o.label,
            labelEn: o.labelEn,
            options: o.option,
            required: o.required,
            enabled: o.enabled,
            position: o.position,
          }),
        (r) => `custom field ${r.id} ${r.key} updated`,
      );
    });

  group
    .command('delete')
    .description('hide a field (its values stay stored)')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <field id>', 'field id', idOption('--id'))
    .option('--json')
    .action(async (o: { corpId: string; id: number; json?: boolean }) => {
      await runCommand(o.json, async (app) => adminDeleteCustomField(app, (await organizationForOperator(app, o.corpId)).id, o.id), (r) => `custom field ${r.id} deleted`);
    });
}
