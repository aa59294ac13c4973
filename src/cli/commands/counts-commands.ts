import type { Command } from 'commander';
import { verifyDayCounts } from '../../features/revisit-logs/day-counts.service.ts';
import { runCommand } from '../run.ts';

/** `genjin counts verify [--repair]`: the list's daily count roll-ups against COUNT(*). */
export function registerCountsCommands(program: Command, idOption: (name: string) => (value: string) => number): void {
  program
    .command('counts')
    .description("the list's total_count roll-ups")
    .command('verify')
    .description('compare the daily roll-ups with COUNT(*) over revisit_logs; --repair rebuilds the organizations that differ')
    .option('--organization <id>', 'only this organization', idOption('--organization'))
    .option('--repair', 'rebuild what differs')
    .option('--json', 'print the result as JSON')
    .action(async (o: { organization?: number; repair?: boolean; json?: boolean }) => {
      await runCommand(
        o.json,
        async (app) => {
          const report = await verifyDayCounts(app, { organizationId: o.organization, repair: Boolean(o.repair) });
          // A difference left in place fails the check for scripts; the report is still printed.
          if ((report.mismatches_after_repair ?? report.mismatches) > 0) process.exitCode = 1;
          return report;
        },
        (r) =>
          [
            `${r.mismatches} roll-up row(s) differ from COUNT(*)`,
            ...r.examples.map((m) => `  organization ${m.organization_id} ${m.user_id === null ? 'total' : `user ${m.user_id}`} day ${m.day}: off by ${m.difference}`),
            ...(r.repaired_organizations.length ? [`rebuilt organization(s) ${r.repaired_organizations.join(', ')}; ${r.mismatches_after_repair} differ now`] : []),
          ].join('\n'),
      );
    });
}
