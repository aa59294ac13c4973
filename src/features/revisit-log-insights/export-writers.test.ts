import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RevisitLogItem } from '../revisit-logs/revisit-logs.schemas.ts';
import { csvStream, xlsxStream, type ItemBatches } from './export-writers.ts';

// Only the fields the export's columns read: the writers are tested apart from the database.
function item(id: number): RevisitLogItem {
  return {
    id,
    real_revisit_at: '2026-12-02 10:00',
    user: { name: '王五', department_name: '华东' },
    loggable_type: 'Customer',
    refer_type_display: '客户',
    loggable: { name: `客户${id}` },
    category_i18n: 'Call',
    category_display: '电话',
    // Incompressible text: the zip's buffers fill by compressed bytes, so repetitive content would hide the pause.
    content: randomBytes(450).toString('base64'),
    raw_remind_at: '',
    at_users: [],
    attachment_files: [],
    image_attachments: [],
    audios: [],
  } as unknown as RevisitLogItem;
}

const BATCHES = 200;
const PER_BATCH = 50;

/** Batches of items that count how many the writer has asked for, and may fail at one. */
function counted(failAt?: number): { batches: ItemBatches; pulled: () => number } {
  let pulled = 0;
  return {
    pulled: () => pulled,
    batches: (async function* () {
      for (let b = 0; b < BATCHES; b++) {
        pulled++;
        if (b === failAt) throw new Error('database gone');
        yield Array.from({ length: PER_BATCH }, (_, i) => item(b * PER_BATCH + i + 1));
      }
    })(),
  };
}

async function drain(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe.each(['csv', 'xlsx'] as const)('%s export writer', (format) => {
  const open = (batches: ItemBatches) => (format === 'csv' ? csvStream(batches, 'zh') : xlsxStream(batches, 'zh'));

  it('reads batches only as fast as the reader takes bytes, then every one exactly once', async () => {
    const source = counted();
    const stream = open(source.batches);
    await settle();
    // Before the client asks, at most what fills the first buffers is read (CSV: nothing; XLSX: a batch or two).
    expect(source.pulled()).toBeLessThan(BATCHES / 4);
    // A slow client takes chunks until the first batch is in (XLSX writes its small parts first), then stops:
    // the writer refills its small buffers and waits, far from the 200 batches.
    const taken: Buffer[] = [];
    for (const start = source.pulled(); source.pulled() === start; ) {
      const chunk = stream.read() as Buffer | null;
      if (chunk) taken.push(chunk);
      else await once(stream, 'readable');
    }
    // Compression runs on the thread pool, so give the writer time to come to rest (it would reach 200 if it
    // ignored the reader).
    let before = -1;
    for (let i = 0; i < 40 && before !== source.pulled(); i++) {
      before = source.pulled();
      await settle();
    }
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(BATCHES / 4);
    const bytes = Buffer.concat([...taken, await drain(stream)]);
    expect(source.pulled()).toBe(BATCHES);
    if (format === 'csv') {
      expect(bytes.toString('utf8').split('\r\n').filter((l) => l !== '')).toHaveLength(BATCHES * PER_BATCH + 1);
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('跟进记录');
      expect(sheet.rowCount).toBe(BATCHES * PER_BATCH + 1);
      expect(sheet.getRow(BATCHES * PER_BATCH + 1).getCell(1).value).toBe(BATCHES * PER_BATCH);
    }
  });

  it('fails the stream (never a short file that looks complete) when a batch fails mid-way', async () => {
    const source = counted(20);
    const stream = open(source.batches);
    const failed = once(stream, 'error');
    stream.resume();
    const [error] = await failed;
    expect((error as Error).message).toBe('database gone');
    expect(source.pulled()).toBe(21);
  });
});
