import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describeEachDialect('storage failing under an upload', (dialect) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    token = await f.token(await f.user(await f.org()));
  });
  afterAll(() => t.close());

  const rows = async () =>
    Number((await t.ctx.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const files = () => fs.readdirSync(t.ctx.config.storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const upload = () => {
    const body = multipart([{ name: 'file', filename: '报价单.pdf', data: Buffer.concat([sampleFiles.pdf(), Buffer.alloc(200_000, 0x20)]) }]);
    return t.app.inject({ method: 'POST', url: '/api/v2/attachments', headers: { ...body.headers, authorization: `Token token=${token}` }, payload: body.payload });
  };

  it('leaves no row and no bytes when a write fails half-way, and works again after', async () => {
    const storage = t.ctx.storage;
    const realPut = storage.put.bind(storage);
    const before = { rows: await rows(), files: files() };
    for (const failure of [Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }), Object.assign(new Error('i/o error'), { code: 'EIO' })]) {
      storage.put = async (key, body, type) => {
        if (typeof (body as NodeJS.ReadableStream).pipe !== 'function') return realPut(key, body, type);
        // Consume part of the stream, then fail as a full disk does.
        await (body as AsyncIterable<Buffer>)[Symbol.asyncIterator]().next();
        throw failure;
      };
      const res = await upload();
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ code: 100500, message: '服务器内部错误', error: 'internal_error' });
      expect(await rows()).toBe(before.rows);
      expect(files()).toBe(before.files);
    }
    storage.put = realPut;
    expect((await upload()).json().code).toBe(0);
    expect(await rows()).toBe(before.rows + 1);
  });
});
