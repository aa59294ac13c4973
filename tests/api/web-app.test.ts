import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/features/web-app/web-app.routes.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const ROUTE_NOT_FOUND = { code: 100404, message: '接口不存在', error: 'routing_error' };
const INDEX = '<!doctype html><title>app</title><script type="module" src="/assets/index-abc123.js"></script>';

// Serving does not depend on the engine, so one SQLite app is enough here.
describe('the web app at /', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
    fs.writeFileSync(path.join(os.tmpdir(), 'genjin-secret.txt'), 'secret');
    t = await createTestApp('sqlite', { build: { webDistDir: dist } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html uncached with a strict CSP at / and for deep links', async () => {
    for (const url of ['/', '/timeline?date=week&department_id=4', '/entities/customer/12', '/login?next=%2Ftimeline']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect([url, res.statusCode, res.headers['content-type'], res.body]).toEqual([url, 200, 'text/html; charset=utf-8', INDEX]);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('serves hashed assets as immutable and answers missing ones with a plain 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect([res.statusCode, res.headers['content-type'], res.headers['cache-control'], res.body]).toEqual([
      200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'console.log(1)',
    ]);
    const missing = await t.app.inject({ method: 'GET', url: '/assets/nope.js' });
    expect([missing.statusCode, missing.body]).toEqual([404, 'Not found\n']);
    const favicon = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect([favicon.statusCode, favicon.headers['content-type'], favicon.body]).toEqual([200, 'image/svg+xml', '<svg/>']);
  });

  it('never serves files outside its folder', async () => {
    for (const url of ['/assets/../../genjin-secret.txt', '/assets/%2e%2e/%2e%2e/genjin-secret.txt', '/assets/..%2f..%2fgenjin-secret.txt']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect([url, res.body]).not.toEqual([url, 'secret']);
      expect(res.body).not.toContain('secret');
    }
  });

  it('leaves /api, /files and /healthz to the server: unknown paths keep their envelopes', async () => {
    for (const url of ['/api/v2/no_such_thing', '/api', '/api/v3/anything', '//api/v2/auth/session', '/API/v2/nope', '/files']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect([url, res.statusCode, res.json()]).toEqual([url, 200, ROUTE_NOT_FOUND]);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v2/auth/session' })).json().code).toBe(100401);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'POST', url: '/timeline' })).json()).toEqual(ROUTE_NOT_FOUND);
  });

  it('says how to build the app when it is missing', async () => {
    const bare = await createTestApp('sqlite', { build: { webDistDir: path.join(dist, 'missing') } });
    try {
      const res = await bare.app.inject({ method: 'GET', url: '/' });
      expect([res.statusCode, res.body]).toEqual([503, 'The web app is not built: run `npm run build`.\n']);
    } finally {
      await bare.close();
    }
  });
});
