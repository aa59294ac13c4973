import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { AppContext } from '../../app-context.ts';
import { findOrganizationByCorpId } from '../../features/organizations/organizations.repository.ts';
import { exportRevisitLogs } from '../../features/revisit-log-insights/export.service.ts';
import { invalidParameter } from '../../domain/errors.ts';
import type { RequestCtx } from '../../request-context.ts';
import { runCommand } from '../run.ts';

interface ExportOptions {
  corpId: string;
  format: string;
  out: string;
  lang: string;
  json?: boolean;
  [filter: string]: string | boolean | undefined;
}

/** new_index's filters, as `--flag` → query parameter. */
const FILTERS: [flag: string, key: string, param: string][] = [
  ['--date <period>', 'date', 'date'],
  ['--start-date <YYYY-MM-DD>', 'startDate', 'start_date'],
  ['--end-date <YYYY-MM-DD>', 'endDate', 'end_date'],
  ['--user-id <ids>', 'userId', 'user_id'],
  ['--department-id <ids>', 'departmentId', 'department_id'],
  ['--include-sub-departments <0|1>', 'includeSubDepartments', 'include_sub_departments'],
  ['--loggable-type <type>', 'loggableType', 'loggable_type'],
  ['--loggable-id <id>', 'loggableId', 'loggable_id'],
  ['--category <ids>', 'category', 'category'],
  ['--q <words>', 'q', 'q'],
];

/**
 * The operator sees the whole organization (the data scope of an admin), but no one's drafts: those are
 * private to their authors.
 */
async function operatorCtx(app: AppContext, corpId: string, lang: string): Promise<RequestCtx> {
  const org = await findOrganizationByCorpId(app.database.db, corpId);
  if (!org) throw invalidParameter('corp_id', 'an existing organization code');
  return {
    organization: { id: org.id, corpId: org.corp_id, name: org.name, timeZone: org.time_zone },
    user: { id: 0, name: 'operator', roleId: 0, departmentId: 0, departmentPath: '/', scope: 'all', isAdmin: true },
    visible: { kind: 'all' },
    tokenId: 0,
    locale: lang === 'en' ? 'en' : 'zh',
    now: app.clock(),
    baseUrl: app.config.publicUrl ?? '',
  };
}

async function exportToFile(app: AppContext, o: ExportOptions): Promise<{ file: string; format: string; rows: number }> {
  const ctx = await operatorCtx(app, o.corpId, o.lang);
  const query: Record<string, unknown> = { format: o.format, date: 'all' };
  for (const [, key, param] of FILTERS) if (typeof o[key] === 'string') query[param] = o[key];
  const bar = process.stderr.isTTY && !o.json ? new cliProgress.SingleBar({ format: 'exporting {bar} {value}/{total} follow-ups' }, cliProgress.Presets.shades_classic) : undefined;
  let rows = 0;
  const file = await exportRevisitLogs(app, ctx, query, { withTotal: true, onRows: (n) => ((rows += n), bar?.update(rows)) });
  bar?.start(file.total ?? 0, 0);
  // Written beside the target and renamed at the end: a failed export never leaves a truncated file behind.
  const partial = `${o.out}.partial`;
  try {
    await pipeline(file.body, fs.createWriteStream(partial));
    fs.renameSync(partial, o.out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    bar?.stop();
  }
  return { file: o.out, format: file.format, rows };
}

export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description("write an organization's follow-ups (new_index's filters, all pages) to a CSV or XLSX file")
    .requiredOption('--corp-id <code>')
    .requiredOption('--out <file>')
    .option('--format <csv|xlsx>', 'file format', 'csv')
    .option('--lang <zh|en>', 'header language', 'zh');
  for (const [flag] of FILTERS) command.option(flag);
  command.option('--json', 'print the result as JSON').action(async (o: ExportOptions) => {
    await runCommand(o.json, (app) => exportToFile(app, o), (r) => `wrote ${r.rows} follow-ups to ${r.file} (${r.format})`);
  });
}
