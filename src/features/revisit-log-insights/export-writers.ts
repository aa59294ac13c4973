import { Readable } from 'node:stream';
import archiver from 'archiver';
import { CSV_BOM, csvLine, neutralizeFormula } from '../../domain/csv.ts';
import type { Locale } from '../../domain/errors.ts';
import { XLSX_SHEET_CLOSE, XLSX_SHEET_OPEN, XLSX_SHEET_PATH, xlsxRow, xlsxStaticParts } from '../../domain/xlsx.ts';
import type { RevisitLogItem } from '../revisit-logs/revisit-logs.schemas.ts';
import { exportCells, exportHeader } from './export-table.ts';

export type ExportFormat = 'csv' | 'xlsx';
export type ItemBatches = AsyncIterable<RevisitLogItem[]>;

const safeCells = (item: RevisitLogItem, locale: Locale) => exportCells(item, locale).map((c) => (typeof c === 'string' ? neutralizeFormula(c) : c));

/**
 * Pull-based: a byte stream (not object mode, so its buffer is counted in bytes) whose generator runs only
 * when the consumer asks for more — the next batch is read from the database once the client has taken the
 * previous one, whatever the client's speed.
 */
function pulled(chunks: AsyncIterable<string>): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of chunks) yield Buffer.from(chunk);
    })(),
    { objectMode: false },
  );
}

export function csvStream(batches: ItemBatches, locale: Locale): Readable {
  return pulled(
    (async function* () {
      yield CSV_BOM + csvLine(exportHeader(locale));
      for await (const items of batches) yield items.map((item) => csvLine(safeCells(item, locale))).join('');
    })(),
  );
}

/**
 * XLSX: the static parts, then the sheet's XML streamed row by row into a deflating zip (archiver). The zip is
 * a stream with backpressure: while the client does not read, archiver stops reading the sheet, which stops
 * pulling batches. (exceljs's WorkbookWriter, used before, held the whole sheet: >780 MB at 1M rows.)
 */
export function xlsxStream(batches: ItemBatches, locale: Locale): Readable {
  // archiver buffers 1 MiB per side by default; 64 KiB keeps a paused download's footprint small.
  const archive = archiver('zip', { zlib: { level: 6 }, highWaterMark: 64 * 1024 });
  for (const part of xlsxStaticParts(locale === 'en' ? 'Follow-ups' : '跟进记录')) archive.append(part.xml, { name: part.name });
  const sheet = pulled(
    (async function* () {
      let row = 1;
      yield XLSX_SHEET_OPEN + xlsxRow(row, exportHeader(locale));
      for await (const items of batches) yield items.map((item) => xlsxRow(++row, safeCells(item, locale))).join('');
      yield XLSX_SHEET_CLOSE;
    })(),
  );
  // A database failure mid-sheet aborts the download (it must not end as a short but valid-looking file);
  // a client that goes away ends the sheet's generator, releasing its batch.
  sheet.once('error', (error) => {
    archive.abort();
    archive.destroy(error);
  });
  archive.once('close', () => sheet.destroy());
  archive.append(sheet, { name: XLSX_SHEET_PATH });
  archive.finalize().catch((error: unknown) => archive.destroy(error instanceof Error ? error : new Error(String(error))));
  return archive;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
