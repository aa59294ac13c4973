import type { Readable } from 'node:stream';
import { DateTime } from 'luxon';
import type { AppContext } from '../../app-context.ts';
import { oneOf } from '../../domain/params.ts';
import type { RequestCtx } from '../../request-context.ts';
import type { ExportParams } from './insights.schemas.ts';
import { criteriaOf, scopeOf } from '../revisit-logs/list-criteria.ts';
import { parseRevisitLogListQuery } from '../revisit-logs/list-query.ts';
import { presentRevisitLogs } from '../revisit-logs/revisit-log.presenter.ts';
import { loadRevisitLogBundle } from '../revisit-logs/revisit-logs.loader.ts';
import { countRevisitLogs } from '../revisit-logs/list-count.repository.ts';
import type { RevisitLogCriteria, RevisitLogScope } from '../revisit-logs/revisit-logs.repository.ts';
import { presentContextOf } from '../revisit-logs/revisit-logs.service.ts';
import type { RevisitLogItem } from '../revisit-logs/revisit-logs.schemas.ts';
import { findRevisitLogBatch, type ExportCursor } from './export.repository.ts';
import { CONTENT_TYPES, csvStream, xlsxStream, type ExportFormat } from './export-writers.ts';

/** Rows per batch: each batch is one keyset query plus the loader's seven, whatever the export's size. */
export const EXPORT_BATCH = 500;
/** Items presented (and written) at a time, so few presented objects are alive when the young GC runs. */
const PRESENT_SLICE = 50;

export interface ExportFile {
  format: ExportFormat;
  /** `跟进记录-YYYYMMDD.csv`, today in the organization's zone. */
  fileName: string;
  contentType: string;
  /** Matching follow-ups when asked for (the CLI's progress bar); one count query. */
  total?: number;
  body: Readable;
}

export function parseExportFormat(value: unknown): ExportFormat {
  return oneOf('format', value, ['csv', 'xlsx'] as const, 'csv');
}

async function* itemBatches(
  app: AppContext,
  ctx: RequestCtx,
  scope: RevisitLogScope,
  criteria: RevisitLogCriteria,
  onRows?: (n: number) => void,
): AsyncGenerator<RevisitLogItem[]> {
  const { db } = app.database;
  const present = presentContextOf(app, ctx);
  let after: ExportCursor | undefined;
  for (;;) {
    const rows = await findRevisitLogBatch(db, scope, criteria, after, EXPORT_BATCH);
    if (rows.length === 0) return;
    const bundle = await loadRevisitLogBundle(db, ctx.organization.id, rows);
    for (let i = 0; i < rows.length; i += PRESENT_SLICE) {
      yield presentRevisitLogs({ ...bundle, rows: rows.slice(i, i + PRESENT_SLICE) }, present);
    }
    onRows?.(rows.length);
    if (rows.length < EXPORT_BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.real_revisit_at, id: last.id };
  }
}

/**
 * `GET /api/v2/revisit_logs/export`: every follow-up new_index would list for the same filters (all pages),
 * streamed. Bad parameters fail here, before any byte is sent, as the usual envelope.
 */
export async function exportRevisitLogs(
  app: AppContext,
  ctx: RequestCtx,
  rawQuery: ExportParams,
  options: { withTotal?: boolean; onRows?: (n: number) => void } = {},
): Promise<ExportFile> {
  const format = parseExportFormat(rawQuery.format);
  const query = parseRevisitLogListQuery(rawQuery, ctx.now, ctx.organization.timeZone);
  const criteria = await criteriaOf(app, ctx, query);
  const scope = scopeOf(ctx);
  const total = options.withTotal ? await countRevisitLogs(app.database.db, scope, criteria) : undefined;
  const batches = itemBatches(app, ctx, scope, criteria, options.onRows);
  const day = DateTime.fromMillis(ctx.now, { zone: ctx.organization.timeZone }).toFormat('yyyyMMdd');
  return {
    format,
    fileName: `跟进记录-${day}.${format}`,
    contentType: CONTENT_TYPES[format],
    ...(total !== undefined ? { total } : {}),
    body: format === 'csv' ? csvStream(batches, ctx.locale) : xlsxStream(batches, ctx.locale),
  };
}
