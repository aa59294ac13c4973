import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { seedBench } from '../../seed/bench-seed.ts';
import { runCommand } from '../run.ts';

/** `genjin bench seed`: benchmark data at scale (see bench/README in the README's Performance section). */
export function registerBenchCommands(program: Command, idOption: (name: string) => (value: string) => number): void {
  const bench = program.command('bench').description('benchmark data');
  bench
    .command('seed')
    .description('write N realistic follow-ups (one large organization plus K-1 small ones) into DATABASE_URL')
    .requiredOption('--follow-ups <n>', 'follow-ups to write in all (drafts and deleted included)', idOption('--follow-ups'))
    .option('--users <n>', 'users of the large organization', idOption('--users'), 2000)
    .option('--departments <n>', 'departments of the large organization', idOption('--departments'), 100)
    .option('--organizations <k>', 'organizations (the first is the large one)', idOption('--organizations'), 1)
    .option('--random-seed <s>', 'seed of the deterministic data', idOption('--random-seed'), 1)
    .option('--json', 'print the result as JSON on the last line')
    .action(async (o: { followUps: number; users: number; departments: number; organizations: number; randomSeed: number; json?: boolean }) => {
      // The bar goes to stderr, so stdout stays the one result line.
      const bar = new cliProgress.SingleBar({ stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000, format: 'follow-ups {bar} {percentage}% {value}/{total} {duration}s' }, cliProgress.Presets.shades_classic);
      bar.start(o.followUps, 0);
      try {
        await runCommand(
          o.json,
          (app) => seedBench(app, { ...o, onProgress: (done) => bar.update(done) }),
          (r) => `wrote ${r.follow_ups} follow-ups in ${r.seconds} s; organizations: ${r.organizations.map((x) => `${x.corp_id} (admin ${x.admin_login} / ${x.admin_password})`).join(', ')}`,
        );
      } finally {
        bar.stop();
      }
    });
}
