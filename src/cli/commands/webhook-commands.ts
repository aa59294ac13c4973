import type { Command } from 'commander';
import { organizationForOperator } from '../../features/admin/admin-org.service.ts';
import { createWebhook, listWebhooks, parseWebhookInput, removeWebhook } from '../../features/webhooks/webhooks.service.ts';
import { runCommand } from '../run.ts';

type IdOption = (name: string) => (value: string) => number;

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',')];

/** `genjin webhooks add|list|remove`: the same services as `/api/v2/admin/webhooks`. */
export function registerWebhookCommands(program: Command, idOption: IdOption): void {
  const webhooks = program.command('webhooks').description('webhook endpoints of an organization');
  webhooks
    .command('add')
    .description('register an endpoint (the secret is printed once)')
    .requiredOption('--corp-id <code>')
    .requiredOption('--url <url>')
    .requiredOption('--event <name>', 'an event to send (repeat or comma-separate)', collect, [])
    .option('--secret <secret>', 'signing secret (generated when absent)')
    .option('--json')
    .action(async (o: { corpId: string; url: string; event: string[]; secret?: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => createWebhook(app, (await organizationForOperator(app, o.corpId)).id, parseWebhookInput({ url: o.url, events: o.event, secret: o.secret })),
        (r) => `webhook ${r.id} → ${r.url} (${r.events.join(', ')}); secret ${r.secret}`,
      );
    });
  webhooks
    .command('list')
    .requiredOption('--corp-id <code>')
    .option('--json')
    .action(async (o: { corpId: string; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => listWebhooks(app, (await organizationForOperator(app, o.corpId)).id),
        (r) => r.webhooks.map((w) => `${w.id}\t${w.url}\t${w.events.join(',')}\t${w.last_delivery?.status ?? '-'}`).join('\n') || 'no webhooks',
      );
    });
  webhooks
    .command('remove')
    .requiredOption('--corp-id <code>')
    .requiredOption('--id <webhook id>', 'webhook id', idOption('--id'))
    .option('--json')
    .action(async (o: { corpId: string; id: number; json?: boolean }) => {
      await runCommand(o.json, async (app) => removeWebhook(app, (await organizationForOperator(app, o.corpId)).id, o.id), (r) => `webhook ${r.id} removed`);
    });
}
