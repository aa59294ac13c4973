import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, encodeParams, GenjinError, MAX_RETRY_AFTER_SECONDS } from '../../src/client/index.ts';
import { retryAfterSeconds } from '../../src/client/transport.ts';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** A tiny server whose answers a test scripts one by one; it records what each request looked like. */
describe('genjin/client transport against a scripted server', () => {
  type Answer = (res: http.ServerResponse, req: http.IncomingMessage) => void;
  let script: Answer[] = [];
  const seen: Seen[] = [];
  let server: http.Server;
  let baseUrl: string;
  const envelope = (data: unknown): Answer => (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 0, data }));

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => {
        seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
        const next = script.shift();
        if (next) next(res, req);
        else res.writeHead(500).end('unscripted');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    script = [];
    seen.length = 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('waits out a 429 for its Retry-After and then answers the data', async () => {
    script = [(res) => res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('Retry later\n'), envelope({ total_count: 0 })];
    const client = createClient({ baseUrl, token: 'tok' });
    expect(await client.request('GET', '/api/v2/anything')).toEqual({ total_count: 0 });
    expect(seen.map((s) => s.url)).toEqual(['/api/v2/anything', '/api/v2/anything']);
  });

  it('reads Retry-After as seconds or an HTTP date, 1 s when absent, capped at a minute', () => {
    const now = Date.UTC(2026, 2, 10, 2, 0, 0);
    expect([
      retryAfterSeconds('1'),
      retryAfterSeconds('0'),
      retryAfterSeconds(null),
      retryAfterSeconds('soon'),
      retryAfterSeconds(new Date(now + 5000).toUTCString(), now),
      retryAfterSeconds('3600'),
    ]).toEqual([1, 0, 1, 1, 5, MAX_RETRY_AFTER_SECONDS]);
    expect(MAX_RETRY_AFTER_SECONDS).toBe(60);
  });

  it('retries a throttled write too (the limiter answers before the handler runs), and gives up after maxRetries', async () => {
    const throttled: Answer = (res) => res.writeHead(429, { 'retry-after': '0' }).end('Retry later\n');
    script = [throttled, envelope({ id: 1 })];
    const client = createClient({ baseUrl, token: 'tok', maxRetries: 2 });
    expect(await client.request('POST', '/api/v2/revisit_logs', { body: { revisit_log: { content: 'x' } } })).toEqual({ id: 1 });
    expect(seen.map((s) => [s.method, s.body])).toEqual([
      ['POST', '{"revisit_log":{"content":"x"}}'],
      ['POST', '{"revisit_log":{"content":"x"}}'],
    ]);
    seen.length = 0;
    script = [throttled, throttled, throttled, throttled];
    const error = await client.request('GET', '/api/v2/anything').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenjinError);
    expect(error).toMatchObject({ code: 429, error: 'rate_limited', status: 429, message: 'Retry later' });
    expect(seen).toHaveLength(3);
  });

  it('retries a read whose connection was reset, never a write', async () => {
    const reset: Answer = (_res, req) => req.socket.destroy();
    script = [reset, envelope({ ok: true })];
    const client = createClient({ baseUrl, token: 'tok' });
    expect(await client.request('GET', '/api/v2/user/info')).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    seen.length = 0;
    script = [reset, envelope({ ok: true })];
    await expect(client.request('POST', '/api/v2/revisit_logs', { body: {} })).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(1);
  });

  it('retries a read answered 100503 (database briefly away) and throws other envelopes at once', async () => {
    const unavailable: Answer = (res) => res.writeHead(200).end(JSON.stringify({ code: 100503, error: 'service_unavailable', message: '服务暂不可用' }));
    script = [unavailable, envelope([1, 2])];
    const client = createClient({ baseUrl, token: 'tok' });
    expect(await client.request('GET', '/api/v2/x')).toEqual([1, 2]);
    expect(seen).toHaveLength(2);
    seen.length = 0;
    script = [(res) => res.writeHead(200).end(JSON.stringify({ code: 100406, error: 'invalid_parameter', message: '参数错误: page' }))];
    const error = await client.request('GET', '/api/v2/x').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GenjinError', code: 100406, error: 'invalid_parameter', message: '参数错误: page', status: 200 });
    expect(seen).toHaveLength(1);
  });

  it('turns an answer that is not an envelope into a GenjinError with the HTTP status', async () => {
    script = [(res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>')];
    const error = await createClient({ baseUrl }).request('GET', '/api/v2/x').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 502, error: 'http_error', status: 502, message: 'HTTP 502: <html>bad gateway</html>' });
  });

  it('sends the token header with the device, queries and forms the Rails way', async () => {
    script = [envelope({}), envelope({}), envelope({})];
    const client = createClient({ baseUrl: `${baseUrl}/`, token: 'tok', device: 'dingtalk' });
    await client.request('GET', '/api/v2/x', { query: { ids: [1, 2], q: '张 三&', empty: '', skipped: undefined, none: null, nested: { a: 1 } } });
    await client.request('POST', '/api/v2/y', { form: { revisit_log: { content: 'hi' }, at_user_ids: [3, 4] } });
    client.setToken('other');
    await client.request('DELETE', '/api/v2/z');
    expect(seen.map((s) => [s.method, decodeURIComponent(s.url), s.authorization, s.contentType, decodeURIComponent(s.body)])).toEqual([
      ['GET', '/api/v2/x?ids[]=1&ids[]=2&q=张+三&&empty=&nested[a]=1', 'Token token=tok, device=dingtalk', undefined, ''],
      ['POST', '/api/v2/y', 'Token token=tok, device=dingtalk', 'application/x-www-form-urlencoded', 'revisit_log[content]=hi&at_user_ids[]=3&at_user_ids[]=4'],
      ['DELETE', '/api/v2/z', 'Token token=other, device=dingtalk', undefined, ''],
    ]);
    expect(encodeParams({ q: '张 三&' }).get('q')).toBe('张 三&');
  });

  it('defaults the device to open_api and logs in without a token header', async () => {
    script = [envelope({ user_token: 'new', user_id: 1, corp_id: 'c', organization_id: 2 }), envelope({})];
    const client = createClient({ baseUrl, token: 'old' });
    expect(await client.login({ login: 'a', password: 'b' })).toEqual({ user_token: 'new', user_id: 1, corp_id: 'c', organization_id: 2 });
    await client.request('GET', '/api/v2/x');
    expect(seen.map((s) => [s.authorization, s.body])).toEqual([
      [undefined, '{"device":"open_api","login":"a","password":"b"}'],
      ['Token token=new, device=open_api', ''],
    ]);
  });

  it('downloads a signed link without the token: bytes, type and the UTF-8 file name', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251]);
    script = [
      (res) =>
        res
          .writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="_.pdf"; filename*=UTF-8''${encodeURIComponent('报价单.pdf')}` })
          .end(bytes),
      (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(bytes),
      (res) => res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 100403, error: 'permission_denied', message: '链接已失效' })),
    ];
    const client = createClient({ baseUrl, token: 'tok' });
    const file = await client.download('/files/1/file/x.pdf?exp=1&sig=abc');
    expect([Buffer.from(file.bytes).equals(bytes), file.contentType, file.fileName]).toEqual([true, 'application/pdf', '报价单.pdf']);
    const plain = await client.download(`${baseUrl}/files/2/origin/%E5%9B%BE.png?sig=x`);
    expect([plain.contentType, plain.fileName]).toEqual(['image/png', '图.png']);
    await expect(client.download('/files/3/file/y')).rejects.toMatchObject({ code: 100403, status: 403 });
    expect(seen.map((s) => s.authorization)).toEqual([undefined, undefined, undefined]);
  });
});
