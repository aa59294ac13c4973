import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyStorage } from '../../src/features/attachments/storage-verify.service.ts';
import { derivedKey } from '../../src/features/attachments/image-variants.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describeEachDialect('storage verify', (dialect) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    token = await f.token(await f.user(await f.org()));
  });
  afterAll(() => t.close());

  const upload = async (filename: string) => {
    const body = multipart([{ name: 'file', filename, contentType: 'image/png', data: await sampleFiles.png() }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/attachments',
      headers: { ...body.headers, authorization: `Token token=${token}` },
      payload: body.payload,
    });
    return res.json().data.id as number;
  };
  const keyOf = async (id: number) =>
    (await t.ctx.database.db.selectFrom('attachments').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;

  it('reports rows without bytes and bytes without rows, and counts cached variants of live rows as expected', async () => {
    const kept = await upload('a.png');
    const lost = await upload('b.png');
    // A cached preview of a live row is expected; one left by a row that is gone is an orphan.
    await t.ctx.storage.put(derivedKey(await keyOf(kept), 'preview'), Buffer.from('jpeg'), 'image/jpeg');
    expect(await verifyStorage(t.ctx)).toEqual({ attachments: 2, stored_keys: 3, rows_without_bytes: [], bytes_without_rows: [] });

    const lostKey = await keyOf(lost);
    await t.ctx.storage.delete(lostKey);
    await t.ctx.storage.put('2026/orphan-object.png', Buffer.from('x'), 'image/png');
    await t.ctx.storage.put(derivedKey('2026/gone.png', 'file'), Buffer.from('x'), 'image/jpeg');
    expect(await verifyStorage(t.ctx)).toEqual({
      attachments: 2,
      stored_keys: 4,
      rows_without_bytes: [{ id: lost, storage_key: lostKey }],
      bytes_without_rows: ['2026/orphan-object.png', derivedKey('2026/gone.png', 'file')].sort(),
    });
  });
});
