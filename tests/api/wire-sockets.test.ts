import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const MAX = 64 * 1024;
// Small on purpose: the production defaults are 60 s and 10 min; the mechanism is the same.
const BODY_TIMEOUT_MS = 400;
const UPLOAD_TIMEOUT_MS = 1500;

/** Writes `head`, then trickles `trickle` one byte at a time, and reports what the server did. */
function slowRequest(port: number, head: string, trickle: string, everyMs: number) {
  return new Promise<{ closed: boolean; response: string; sentBytes: number }>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    socket.on('data', (chunk) => (response += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ closed: true, response, sentBytes: sent });
    });
    socket.write(head);
    const timer: NodeJS.Timeout = setInterval(() => {
      if (sent >= trickle.length) {
        clearInterval(timer);
        return;
      }
      socket.write(trickle[sent]!);
      sent += 1;
    }, everyMs);
  });
}

/**
 * Like Python's requests or PHP's Guzzle: sends the whole request, and only then reads the answer. A
 * server that closes while bytes are still arriving resets the connection, and this reader sees the reset.
 */
function sendAllThenRead(port: number, head: string, body: Buffer) {
  return new Promise<{ response: string; error: string | undefined }>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.pause();
    let response = '';
    let error: string | undefined;
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ response, error }));
    socket.on('connect', async () => {
      const write = (chunk: Buffer | string) =>
        new Promise<void>((done) => (socket.write(chunk) ? done() : socket.once('drain', done)));
      await write(head);
      for (let offset = 0; offset < body.length && !socket.destroyed; offset += 256 * 1024) {
        await write(body.subarray(offset, offset + 256 * 1024));
      }
      socket.on('data', (chunk) => {
        response += chunk.toString('utf8');
        if (response.includes('}')) socket.end();
      });
      socket.resume();
    });
  });
}

describeEachDialect('over real sockets: slow bodies, oversized uploads, long URLs', (dialect) => {
  let t: TestApp;
  let token: string;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      config: { uploadMaxBytes: MAX, requestBodyTimeoutMs: BODY_TIMEOUT_MS, uploadBodyTimeoutMs: UPLOAD_TIMEOUT_MS },
    });
    const f = factories(t.ctx);
    const org = await f.org();
    token = await f.token(await f.user(org));
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('closes a login whose body has not fully arrived within the body timeout', async () => {
    const body = JSON.stringify({ login: '13800000000', password: 'x'.repeat(200) });
    const head = `POST /api/v2/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    // One byte every 50 ms would take 10 s to finish: the server must give up long before.
    const result = await slowRequest(port, head, body, 50);
    expect(result.closed).toBe(true);
    expect(result.sentBytes).toBeLessThan(body.length);
    expect(result.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(result.response).toContain('"code":100406');
  });

  it('gives an upload the longer allowance, then closes it too', async () => {
    const boundary = 'XXslow';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${'a'.repeat(400)}\r\n--${boundary}--\r\n`;
    const head =
      `POST /api/v2/attachments HTTP/1.1\r\nHost: x\r\nAuthorization: Token token=${token}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`;
    const result = await slowRequest(port, head, body, 20);
    expect(result.closed).toBe(true);
    // 20 ms a byte: past the body timeout (~20 bytes) and cut before the upload allowance ran out (~75 bytes).
    expect(result.sentBytes).toBeGreaterThan(BODY_TIMEOUT_MS / 20 + 10);
    expect(result.sentBytes).toBeLessThan(body.length);
  });

  it('lets a body that arrives in time through', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v2/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'nobody', password: 'x' }),
    });
    expect(await res.json()).toMatchObject({ code: 100400 });
  });

  it('lets fetch read the 100413 of an upload 24 MB over the limit, and keeps no row', async () => {
    const before = await t.ctx.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    // Far beyond what the kernel buffers on loopback, so the server really has to read on after answering.
    const big = Buffer.concat([sampleFiles.pdf(), Buffer.alloc(24 * 1024 * 1024, 0x20)]);
    const body = multipart([{ name: 'file', filename: 'big.pdf', data: big }]);
    const res = await fetch(`http://127.0.0.1:${port}/api/v2/attachments`, {
      method: 'POST',
      headers: { ...body.headers, authorization: `Token token=${token}` },
      body: new Uint8Array(body.payload),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 100413, error: 'payload_too_large' });
    const after = await t.ctx.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lets a client that reads only after sending read the 100413 of an oversized upload', async () => {
    const big = Buffer.concat([sampleFiles.pdf(), Buffer.alloc(24 * 1024 * 1024, 0x20)]);
    const body = multipart([{ name: 'file', filename: 'big.pdf', data: big }]);
    for (const declared of [true, false]) {
      const head =
        `POST /api/v2/attachments HTTP/1.1\r\nHost: x\r\nAuthorization: Token token=${token}\r\n` +
        `Content-Type: ${body.headers['content-type']}\r\n` +
        (declared ? `Content-Length: ${body.payload.length}\r\n\r\n` : 'Transfer-Encoding: chunked\r\n\r\n');
      const payload = declared
        ? body.payload
        : Buffer.concat([Buffer.from(`${body.payload.length.toString(16)}\r\n`), body.payload, Buffer.from('\r\n0\r\n\r\n')]);
      const result = await sendAllThenRead(port, head, payload);
      expect(result.error).toBeUndefined();
      expect(result.response).toMatch(/^HTTP\/1\.1 200 /);
      expect(result.response).toContain('"code":100413');
    }
  });

  it('answers a 100 KB query string as usual, and a header block past the limit with a 431 envelope', async () => {
    const long = await fetch(`http://127.0.0.1:${port}/api/v2/revisit_logs?user_token=${token}&filler=${'a'.repeat(100_000)}`);
    expect(long.status).toBe(200);
    expect((await long.json()).code).toBe(0);
    const huge = await fetch(`http://127.0.0.1:${port}/api/v2/revisit_logs?filler=${'a'.repeat(t.ctx.config.maxHeaderBytes + 10)}`);
    expect(huge.status).toBe(431);
    expect(huge.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await huge.json()).toMatchObject({ code: 100406, error: 'invalid_parameter' });
  });
});
