import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { derivedKey } from '../../src/features/attachments/image-variants.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = Date.UTC(2026, 10, 30, 2, 0);

interface Uploaded {
  id: number;
  file_url: string;
  origin_url: string;
  public_url: string;
  preview_url: string;
  download_url: string;
}

/** The path and query of an absolute link, for inject(). */
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

describeEachDialect('signed attachment links (/files)', (dialect) => {
  let t: TestApp;
  let token: string;
  let otherToken: string;
  let jpeg: Buffer;
  let png: Buffer;
  let wav: Buffer;
  let photo: Uploaded;
  let icon: Uploaded;
  let pdf: Uploaded;
  let voice: Uploaded;

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
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: pathOf(url), headers });

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    const org = await f.org();
    token = await f.token(await f.user(org));
    const other = await f.org();
    otherToken = await f.token(await f.user(other));
    jpeg = await sampleFiles.jpeg(2400, 1200);
    png = await sampleFiles.png(40, 30);
    wav = sampleFiles.wav(4000);
    photo = await upload('photo.jpg', jpeg);
    icon = await upload('icon.png', png);
    pdf = await upload('报价单.pdf', sampleFiles.pdf());
    voice = await upload('语音.wav', wav);
  });
  afterAll(() => t.close());

  it('serves the original bytes with their sniffed type on origin and public', async () => {
    for (const url of [icon.origin_url, icon.public_url]) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-length']).toBe(String(png.length));
      expect(res.headers['accept-ranges']).toBe('bytes');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toMatch(/^private, max-age=86400$/);
      expect(res.rawPayload.equals(png)).toBe(true);
    }
  });

  it('fits file_url inside 1600 px and crops preview_url to 250×250, as JPEG', async () => {
    const file = await get(photo.file_url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(file.rawPayload).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 800 });
    const preview = await get(photo.preview_url);
    expect(await sharp(preview.rawPayload).metadata()).toMatchObject({ format: 'jpeg', width: 250, height: 250 });
    // A small image is never enlarged for file_url, but its preview is still the promised square.
    expect(await sharp((await get(icon.file_url)).rawPayload).metadata()).toMatchObject({ width: 40, height: 30 });
    expect(await sharp((await get(icon.preview_url)).rawPayload).metadata()).toMatchObject({ width: 250, height: 250 });
  });

  it('makes a derivative once and serves it from storage afterwards', async () => {
    const row = await t.ctx.database.db.selectFrom('attachments').selectAll().where('id', '=', photo.id).executeTakeFirstOrThrow();
    const first = await get(photo.preview_url);
    expect(await t.ctx.storage.get(derivedKey(row.storage_key, 'preview'))).toBeDefined();
    // Replace the cached derivative: a second request must serve it rather than render again.
    const marker = await sharp({ create: { width: 7, height: 7, channels: 3, background: 'black' } }).jpeg().toBuffer();
    await t.ctx.storage.put(derivedKey(row.storage_key, 'preview'), marker, 'image/jpeg');
    const second = await get(photo.preview_url);
    expect(second.rawPayload.equals(marker)).toBe(true);
    expect(first.rawPayload.equals(marker)).toBe(false);
  });

  it('serves non-images unchanged on file and preview', async () => {
    for (const url of [pdf.file_url, pdf.preview_url]) {
      const res = await get(url);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.equals(sampleFiles.pdf())).toBe(true);
    }
  });

  it('downloads with the Chinese name (RFC 5987) and an ASCII fallback', async () => {
    const res = await get(pdf.download_url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="___.pdf"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf`,
    );
    expect(res.rawPayload.equals(sampleFiles.pdf())).toBe(true);
    expect((await get(pdf.origin_url)).headers['content-disposition']).toMatch(/^inline; /);
  });

  it('never serves markup inline, whatever the allow-list let in (XML can carry SVG or XHTML scripts)', async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const body = multipart([{ name: 'file', filename: 'logo.svg', data: svg }]);
    const allowed = t.ctx.config.uploadAllowedTypes;
    Object.assign(t.ctx.config, { uploadAllowedTypes: [...allowed, 'application/xml'] });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/attachments',
      headers: { ...body.headers, authorization: `Token token=${token}` },
      payload: body.payload,
    });
    Object.assign(t.ctx.config, { uploadAllowedTypes: allowed });
    const xml = res.json().data as Uploaded;
    for (const url of [xml.origin_url, xml.file_url, xml.preview_url, xml.public_url, xml.download_url]) {
      const file = await get(url);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/xml');
      expect(file.headers['content-disposition']).toBe(`attachment; filename="logo.svg.xml"; filename*=UTF-8''logo.svg.xml`);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
    }
    // Pictures, PDFs, audio and text still open in the browser.
    for (const url of [photo.origin_url, pdf.origin_url, voice.origin_url]) {
      expect((await get(url)).headers['content-disposition']).toMatch(/^inline; /);
    }
  });

  it('answers Range requests with 206 and exactly those bytes', async () => {
    const part = await get(voice.origin_url, { range: 'bytes=100-199' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-type']).toBe('audio/wav');
    expect(part.headers['content-range']).toBe(`bytes 100-199/${wav.length}`);
    expect(part.headers['content-length']).toBe('100');
    expect(part.rawPayload.equals(wav.subarray(100, 200))).toBe(true);
    const tail = await get(voice.origin_url, { range: 'bytes=-10' });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(wav.subarray(wav.length - 10))).toBe(true);
    const open = await get(voice.download_url, { range: `bytes=${wav.length - 4}-` });
    expect(open.rawPayload.equals(wav.subarray(wav.length - 4))).toBe(true);
    const beyond = await get(voice.origin_url, { range: `bytes=${wav.length}-` });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${wav.length}`);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await get(icon.origin_url);
    const again = await get(icon.origin_url, { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('refuses tampered links with HTTP 403', async () => {
    const u = new URL(icon.origin_url);
    const sig = u.searchParams.get('sig')!;
    const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    const cases = [
      icon.origin_url.replace(`sig=${sig}`, `sig=${flipped}`),
      icon.origin_url.replace('/origin/', '/download/'),
      icon.origin_url.replace(`/files/${icon.id}/`, `/files/${photo.id}/`),
      icon.origin_url.replace(/exp=\d+/, (m) => `exp=${Number(m.slice(4)) + 3_600_000}`),
      icon.origin_url.replace(/&sig=.*$/, ''),
      icon.origin_url.replace('/origin/', '/secret/'),
    ];
    for (const url of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({ code: 100403, error: 'permission_denied' });
    }
  });

  it('refuses expired links with HTTP 403', async () => {
    const exp = Number(new URL(icon.origin_url).searchParams.get('exp'));
    t.clock.now = exp - 1000;
    expect((await get(icon.origin_url)).statusCode).toBe(200);
    t.clock.now = exp + 1;
    expect((await get(icon.origin_url)).statusCode).toBe(403);
    t.clock.now = NOW;
  });

  it('answers 404 for a validly signed link to an attachment that is gone', async () => {
    const exp = NOW + 3_600_000;
    const sig = t.ctx.urlSigner.sign(999_999, 'origin', exp);
    const res = await t.app.inject({ method: 'GET', url: `/files/999999/origin/x.png?exp=${exp}&sig=${sig}` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 100100 });
  });

  it('GET /api/v2/attachments/:id re-signs links; another tenant\'s id answers like a missing one', async () => {
    const mine = await t.app.inject({ method: 'GET', url: `/api/v2/attachments/${icon.id}`, headers: { authorization: `Token token=${token}` } });
    expect(mine.json()).toMatchObject({ code: 0, data: { id: icon.id, name: 'icon.png', file_type: 'image' } });
    const theirs = await t.app.inject({ method: 'GET', url: `/api/v2/attachments/${icon.id}`, headers: { authorization: `Token token=${otherToken}` } });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v2/attachments/999999', headers: { authorization: `Token token=${otherToken}` } });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json()).toEqual(missing.json());
    expect(theirs.json()).toMatchObject({ code: 100100, error: 'active_record/record_not_found' });
  });
});
