import type { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { derivedKey } from '../../src/features/attachments/image-variants.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

interface Uploaded {
  id: number;
  preview_url: string;
  file_url: string;
  origin_url: string;
}

const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

describeEachDialect('image previews: queued before reading, failures remembered', (dialect) => {
  let t: TestApp;
  let token: string;
  /** Originals (uploads/…) being read right now, and the most at once. */
  const reads = { active: 0, peak: 0, total: 0 };

  const upload = async (filename: string, data: Buffer): Promise<Uploaded> => {
    const body = multipart([{ name: 'file', filename, data }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/attachments',
      headers: { ...body.headers, authorization: `Token token=${token}` },
      payload: body.payload,
    });
    expect(res.json().code).toBe(0);
    return res.json().data as Uploaded;
  };
  const get = (url: string) => t.app.inject({ method: 'GET', url: pathOf(url) });
  const storageKeyOf = async (id: number) =>
    (await t.ctx.database.db.selectFrom('attachments').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;

  beforeAll(async () => {
    t = await createTestApp(dialect, { config: { publicUrl: 'https://crm.example.com' } });
    const f = factories(t.ctx);
    token = await f.token(await f.user(await f.org()));
    const storage = t.ctx.storage;
    const realGet = storage.get.bind(storage);
    storage.get = async (key, range) => {
      const stream: Readable | undefined = await realGet(key, range);
      if (!stream || !key.startsWith('uploads/') || range) return stream;
      reads.active += 1;
      reads.total += 1;
      reads.peak = Math.max(reads.peak, reads.active);
      stream.once('close', () => (reads.active -= 1));
      return stream;
    };
  });
  afterAll(() => t.close());

  it('reads at most two originals at once when many new previews are opened together', async () => {
    const images = [];
    for (let i = 0; i < 8; i++) images.push(await upload(`p${i}.png`, await sampleFiles.png(300 + i, 200)));
    reads.peak = 0;
    reads.total = 0;
    const answers = await Promise.all(images.map((image) => get(image.preview_url)));
    expect(answers.map((a) => [a.statusCode, a.headers['content-type']])).toEqual(images.map(() => [200, 'image/jpeg']));
    expect(reads.peak).toBeLessThanOrEqual(2);
    expect(reads.total).toBe(8);
  });

  it('makes one render of one preview opened thirty times at once', async () => {
    const image = await upload('same.png', await sampleFiles.png(500, 400));
    reads.total = 0;
    const answers = await Promise.all(Array.from({ length: 30 }, () => get(image.preview_url)));
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.rawPayload.toString('base64'))).size).toBe(1);
    expect(reads.total).toBe(1);
  });

  it('remembers a failed render and serves the original from then on without decoding again', async () => {
    const png = await sampleFiles.png(400, 400);
    // A PNG signature and header, then garbage: sniffed as PNG, undecodable.
    const broken = Buffer.concat([png.subarray(0, 64), Buffer.alloc(256 * 1024, 0x41)]);
    const image = await upload('broken.png', broken);
    const first = await get(image.preview_url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(first.rawPayload.equals(broken)).toBe(true);
    const key = await storageKeyOf(image.id);
    const marker = await t.ctx.storage.get(derivedKey(key, 'preview'));
    expect(marker).toBeDefined();
    const chunks: Buffer[] = [];
    for await (const chunk of marker!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).length).toBe(0);
    reads.total = 0;
    const second = await get(image.preview_url);
    expect(second.rawPayload.equals(broken)).toBe(true);
    // One read: the original streamed to the client, none for a render.
    expect(reads.total).toBe(1);
  });

  it('sandboxes what it serves inline, PDFs included', async () => {
    const pdf = await upload('报价单.pdf', sampleFiles.pdf());
    const res = await get(pdf.origin_url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^inline/);
    expect(res.headers['content-security-policy']).toBe('sandbox');
  });
});
