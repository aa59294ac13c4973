import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { S3Config } from '../../src/config.ts';
import { sweepUnattachedUploads } from '../../src/features/attachments/attachment-sweep.service.ts';
import { derivedKey } from '../../src/features/attachments/image-variants.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = Date.UTC(2026, 10, 30, 2, 0);
const pathOf = (url: string) => `${new URL(url).pathname}${new URL(url).search}`;

/** The S3 path over real HTTP against s3rver on loopback: the same code as a real bucket. */
describeEachDialect('attachments in an S3-compatible bucket', (dialect) => {
  let server: S3rver;
  let dir: string;
  let s3: S3Config;
  let client: S3Client;
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'genjin-test' }] });
    const { port } = await server.run();
    s3 = {
      bucket: 'genjin-test',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    t = await createTestApp(dialect, { now: NOW, config: { s3 } });
    const f = factories(t.ctx);
    token = await f.token(await f.user(await f.org()));
  });
  afterAll(async () => {
    await t.close();
    client.destroy();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const keysInBucket = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map((o) => o.Key!).sort();
  const upload = (filename: string, data: Buffer) => {
    const body = multipart([{ name: 'file', filename, data }]);
    return t.app.inject({
      method: 'POST',
      url: '/api/v2/attachments',
      headers: { ...body.headers, authorization: `Token token=${token}` },
      payload: body.payload,
    });
  };

  it('uses the bucket, not the local folder', () => {
    expect(t.ctx.storage.describe).toBe(`S3 bucket genjin-test at ${s3.endpoint}`);
  });

  it('uploads into the bucket and serves origin, preview and ranges from it', async () => {
    const jpeg = await sampleFiles.jpeg(800, 600);
    const res = await upload('照片.jpg', jpeg);
    expect(res.json().code).toBe(0);
    const a = res.json().data as { id: number; origin_url: string; preview_url: string };
    const row = await t.ctx.database.db.selectFrom('attachments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(await keysInBucket()).toEqual([row.storage_key]);

    const origin = await t.app.inject({ method: 'GET', url: pathOf(a.origin_url) });
    expect(origin.statusCode).toBe(200);
    expect(origin.headers['content-type']).toBe('image/jpeg');
    expect(origin.rawPayload.equals(jpeg)).toBe(true);

    const preview = await t.app.inject({ method: 'GET', url: pathOf(a.preview_url) });
    expect(await sharp(preview.rawPayload).metadata()).toMatchObject({ width: 250, height: 250 });
    expect(await keysInBucket()).toEqual([derivedKey(row.storage_key, 'preview'), row.storage_key].sort());

    const range = await t.app.inject({ method: 'GET', url: pathOf(a.origin_url), headers: { range: 'bytes=10-19' } });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.equals(jpeg.subarray(10, 20))).toBe(true);
  });

  it('leaves nothing in the bucket when an upload is rejected', async () => {
    const before = await keysInBucket();
    expect((await upload('fake.jpg', sampleFiles.exe())).json().code).toBe(100406);
    expect(await keysInBucket()).toEqual(before);
  });

  it('the sweep deletes the object and its derivatives from the bucket', async () => {
    t.clock.now = NOW + 25 * 3_600_000;
    expect(await sweepUnattachedUploads(t.ctx)).toEqual({ removed: 1, files_failed: 0 });
    expect(await keysInBucket()).toEqual([]);
    t.clock.now = NOW;
  });
});

describeEachDialect('storage probe and listing in an S3-compatible bucket', (dialect) => {
  it('lists every stored key and probes the bucket', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-s3rver-'));
    const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'genjin-keys' }] });
    const { port } = await server.run();
    const config: S3Config = {
      bucket: 'genjin-keys',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    const t = await createTestApp(dialect, { config: { s3: config } });
    try {
      const keys = ['2026/a.png', '2026/b.pdf', 'derived/2026/a-preview.jpg'];
      for (const key of keys) await t.ctx.storage.put(key, Buffer.from(key), 'application/octet-stream');
      const listed: string[] = [];
      for await (const key of t.ctx.storage.keys()) listed.push(key);
      expect(listed.sort()).toEqual(keys);
      await expect(t.ctx.storage.probe()).resolves.toBeUndefined();
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json().checks.storage).toBe('ok');
      await server.close();
      await expect(t.ctx.storage.probe()).rejects.toThrow();
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json().checks.storage).toBe('failed');
    } finally {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
