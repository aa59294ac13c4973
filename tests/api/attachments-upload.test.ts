import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart, type MultipartPart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const MAX = 64 * 1024;
const NOW = Date.UTC(2026, 10, 30, 2, 0); // 2026-11-30 10:00 in Asia/Shanghai

describeEachDialect('POST /api/v2/attachments', (dialect) => {
  let t: TestApp;
  let token: string;
  let userId: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW, config: { uploadMaxBytes: MAX, publicUrl: 'https://crm.example.com' } });
    const f = factories(t.ctx);
    const org = await f.org();
    const user = await f.user(org);
    userId = user.id;
    token = await f.token(user);
  });
  afterAll(() => t.close());

  const upload = (parts: MultipartPart[], auth = token) => {
    const body = multipart(parts);
    return t.app.inject({
      method: 'POST',
      url: '/api/v2/attachments',
      headers: { ...body.headers, authorization: `Token token=${auth}, device=open_api` },
      payload: body.payload,
    });
  };
  const storedFiles = () =>
    fs.readdirSync(t.ctx.config.storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const rowCount = async () => Number((await t.ctx.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores a PNG, sniffs its type and answers the 17-field shape', async () => {
    const png = await sampleFiles.png();
    const res = await upload([{ name: 'file', filename: '现场照片.png', contentType: 'application/octet-stream', data: png }]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.code).toBe(0);
    const a = body.data;
    expect(Object.keys(a)).toEqual([
      'id', 'file_url', 'origin_url', 'public_url', 'name', 'file_file_name', 'file_content_type', 'file_file_size',
      'attachmentable_id', 'attachmentable_type', 'upload_time', 'note', 'sub_type', 'wx_media_id', 'preview_url',
      'download_url', 'file_type',
    ]);
    expect(a).toMatchObject({
      name: '现场照片.png',
      file_file_name: '现场照片.png',
      file_content_type: 'image/png',
      file_file_size: png.length,
      attachmentable_id: null,
      attachmentable_type: null,
      upload_time: '2026-11-30 10:00',
      note: '',
      sub_type: 'image',
      wx_media_id: null,
      file_type: 'image',
    });
    expect(a.origin_url).toMatch(new RegExp(`^https://crm\\.example\\.com/files/${a.id}/origin/`));
    const row = await t.ctx.database.db.selectFrom('attachments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.uploader_id).toBe(userId);
    expect(row.storage_key).toMatch(/^uploads\/[0-9a-f]{2}\/[0-9a-f]{32}\.png$/);
    const stored = await t.ctx.storage.get(row.storage_key);
    const chunks: Buffer[] = [];
    for await (const c of stored!) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(png)).toBe(true);
  });

  it('guesses sub_type from the content for JPEG, PDF, text and WAV', async () => {
    const cases = [
      { data: await sampleFiles.jpeg(30, 20), filename: 'a.jpg', type: 'image/jpeg', sub: 'image', fileType: 'image' },
      { data: sampleFiles.pdf(), filename: '报价单.pdf', type: 'application/pdf', sub: 'file', fileType: 'file' },
      { data: sampleFiles.text(), filename: 'notes.txt', type: 'text/plain', sub: 'file', fileType: 'file' },
      { data: sampleFiles.wav(100), filename: 'voice.wav', type: 'audio/wav', sub: 'audio', fileType: 'audio' },
    ];
    for (const c of cases) {
      const res = await upload([{ name: 'file', filename: c.filename, contentType: 'image/jpeg', data: c.data }]);
      expect(res.json().code, c.filename).toBe(0);
      expect(res.json().data).toMatchObject({ file_content_type: c.type, sub_type: c.sub, file_type: c.fileType, file_file_size: c.data.length });
    }
  });

  it('takes sub_type from the form, before or after the file', async () => {
    const wav = sampleFiles.wav(50);
    const after = await upload([{ name: 'file', filename: 'v.wav', data: wav }, { name: 'sub_type', value: 'file' }]);
    expect(after.json().data.sub_type).toBe('file');
    const before = await upload([{ name: 'sub_type', value: 'audio' }, { name: 'file', filename: 'v.wav', data: wav }]);
    expect(before.json().data.sub_type).toBe('audio');
  });

  it('rejects a sub_type that does not fit the content, leaving no row', async () => {
    const before = await rowCount();
    const res = await upload([{ name: 'sub_type', value: 'image' }, { name: 'file', filename: 'x.pdf', data: sampleFiles.pdf() }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(res.json().message).toContain('sub_type');
    expect(await rowCount()).toBe(before);
  });

  it('rejects an .exe renamed .jpg (sniffed, not trusted) with 100406', async () => {
    const before = await rowCount();
    const files = storedFiles();
    const res = await upload([{ name: 'file', filename: 'holiday.jpg', contentType: 'image/jpeg', data: sampleFiles.exe() }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(res.json().message).toContain('application/x-msdownload');
    expect(await rowCount()).toBe(before);
    expect(storedFiles()).toBe(files);
  });

  it('rejects a file above UPLOAD_MAX_BYTES with 100413 naming the limit, storing nothing', async () => {
    const before = await rowCount();
    const files = storedFiles();
    const big = Buffer.concat([sampleFiles.pdf(), Buffer.alloc(MAX, 0x20)]);
    const res = await upload([{ name: 'file', filename: 'big.pdf', data: big }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 100413, error: 'payload_too_large' });
    expect(res.json().message).toContain(String(MAX));
    expect(await rowCount()).toBe(before);
    expect(storedFiles()).toBe(files);
  });

  it('accepts a file of exactly the limit', async () => {
    const exact = Buffer.concat([sampleFiles.text(), Buffer.alloc(MAX - sampleFiles.text().length, 0x61)]);
    const res = await upload([{ name: 'file', filename: 'exact.txt', data: exact }]);
    expect(res.json().data.file_file_size).toBe(MAX);
  });

  it('answers an oversized upload before the client has finished sending it', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const head = multipart([{ name: 'file', filename: 'huge.pdf', data: Buffer.alloc(0) }]);
    const boundary = head.headers['content-type']!.split('boundary=')[1]!;
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/v2/attachments', headers: { 'content-type': head.headers['content-type'], authorization: `Token token=${token}` } },
        (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\n\r\n`);
      req.write(sampleFiles.pdf());
      // Four times the limit, and the request is never ended: only an early answer resolves the promise.
      for (let i = 0; i < 4; i++) req.write(Buffer.alloc(MAX, 0x20));
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ code: 100413 });
  });

  it('keeps a sanitized display name: no folders, no control characters, bounded length', async () => {
    const data = sampleFiles.text();
    const res1 = await upload([{ name: 'file', filename: 'C:\\Users\\张三\\..\\报\u0007价\u202e单.txt', data }]);
    expect(res1.json().data.name).toBe('报价单.txt');
    const res2 = await upload([{ name: 'file', filename: `${'长'.repeat(400)}.txt`, data }]);
    expect(res2.json().data.name).toBe(`${'长'.repeat(176)}.txt`);
    const res3 = await upload([{ name: 'file', filename: '../../', data }]);
    expect(res3.json().data.name).toBe('file.txt');
  });

  it('names a file by what its bytes are: an extension the content does not bear gets the sniffed one added', async () => {
    const named = async (filename: string, data: Buffer) =>
      (await upload([{ name: 'file', filename, data }])).json<{ data: { name: string } }>().data.name;
    // A text file called .bat, or a PDF called .hta, would run when a colleague opens the download.
    expect(await named('run.bat', sampleFiles.text())).toBe('run.bat.txt');
    expect(await named('报价单.hta', sampleFiles.pdf())).toBe('报价单.hta.pdf');
    expect(await named('README', sampleFiles.text())).toBe('README.txt');
    expect(await named(`${'长'.repeat(400)}.cmd`, sampleFiles.text())).toBe(`${'长'.repeat(176)}.txt`);
    expect(await named('会议纪要.md', sampleFiles.text())).toBe('会议纪要.md');
    expect(await named('photo.JPEG', await sampleFiles.jpeg(20, 10))).toBe('photo.JPEG');
    expect(await named('报价单.PDF', sampleFiles.pdf())).toBe('报价单.PDF');
  });

  it('takes the token from the query string too', async () => {
    const body = multipart([{ name: 'file', filename: 'q.txt', data: sampleFiles.text() }]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v2/attachments?user_token=${token}&device=open_api&version_code=9.9.9`,
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.json()).toMatchObject({ code: 0, data: { name: 'q.txt' } });
  });

  it('needs a token, a multipart body and a `file` part', async () => {
    expect((await upload([{ name: 'file', filename: 'a.txt', data: sampleFiles.text() }], 'wrong')).json().code).toBe(100401);
    expect((await upload([{ name: 'sub_type', value: 'file' }])).json()).toMatchObject({ code: 100406 });
    const json = await t.app.inject({ method: 'POST', url: '/api/v2/attachments', headers: { authorization: `Token token=${token}` }, payload: { file: 'x' } });
    expect(json.json()).toMatchObject({ code: 100406 });
  });
});
