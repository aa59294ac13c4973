import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { importFromSource } from '../../features/import/import.service.ts';
import { runCommand } from '../run.ts';

interface ImportOptions {
  from: string;
  login: string;
  password: string;
  corpId?: string;
  since?: string;
  asCorpId?: string;
  timeZone: string;
  pageSize: string;
  json?: boolean;
}

/**
 * Progress on stderr: a bar on a terminal; otherwise one line per page (logs and the tests that interrupt
 * an import read those).
 */
function progress() {
  const tty = process.stderr.isTTY;
  const bar = tty ? new cliProgress.SingleBar({ format: 'importing {bar} {value}/{total} follow-ups', stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
  let started = false;
  return {
    phase(name: string) {
      if (!tty) process.stderr.write(`import: ${name}\n`);
    },
    followUps(done: number, total: number) {
      if (!bar) return void process.stderr.write(`import: follow-ups ${done}/${total}\n`);
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('copy an organization from an IKCRM-compatible server (IKCRM or another Genjin) through its public API; rerun to resume')
    .requiredOption('--from <base-url>', 'the source server, e.g. https://api.ikcrm.com')
    .requiredOption('--login <login>', 'a user of the source (an administrator of scope all sees everything)')
    .requiredOption('--password <password>', 'their password; also their password in the new organization')
    .option('--corp-id <code>', 'the source organization, when the login belongs to several')
    .option('--since <YYYY-MM-DD>', 'only entities updated and follow-ups happening or updated from that day')
    .option('--as-corp-id <code>', 'corp_id of the new organization (default: the source’s)')
    .option('--time-zone <zone>', 'the source organization’s time zone (wire times are read in it)', 'Asia/Shanghai')
    .option('--page-size <n>', 'records per request and per transaction (1-200)', '200')
    .option('--json', 'print the result as JSON')
    .action(async (o: ImportOptions) => {
      const pageSize = Number(o.pageSize);
      const bar = progress();
      await runCommand(
        o.json,
        async (app) => {
          if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 200) throw new Error('--page-size must be a whole number from 1 to 200');
          try {
            const { skipped, ...result } = await importFromSource(app, {
              from: o.from,
              login: o.login,
              password: o.password,
              corpId: o.corpId,
              since: o.since,
              asCorpId: o.asCorpId,
              timeZone: o.timeZone,
              pageSize,
              onPhase: (p) => bar.phase(p),
              onFollowUps: (done, total) => bar.followUps(done, total),
            });
            bar.stop();
            for (const [reason, n] of Object.entries(skipped)) process.stderr.write(`import: skipped ${n} ${reason}\n`);
            return result;
          } finally {
            bar.stop();
          }
        },
        (r) => `imported into ${r.corp_id} (${r.organization_id}): ${r.users} users, ${r.entities} entities, ${r.follow_ups} follow-ups, ${r.attachments} attachments in ${r.seconds}s`,
      );
    });
}
