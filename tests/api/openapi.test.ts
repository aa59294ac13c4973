import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const COMMITTED = path.resolve(import.meta.dirname, '../../openapi.json');

/** The contract as a visible diff: the served document must be the committed openapi.json. */
describe('OpenAPI document and docs UI', () => {
  let t: TestApp;
  let served: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    served = `${JSON.stringify(JSON.parse((await t.app.inject({ method: 'GET', url: '/api/v2/openapi.json' })).body), null, 2)}\n`;
    // `npm run openapi:write` regenerates the committed copy through this very test.
    if (process.env.OPENAPI_WRITE === '1') fs.writeFileSync(COMMITTED, served);
  });
  afterAll(() => t.close());

  it('matches the committed openapi.json (run `npm run openapi:write` after a deliberate change)', () => {
    expect(served).toBe(fs.readFileSync(COMMITTED, 'utf8'));
  });

  it('is OpenAPI 3.1 with the three token forms, tags per area and every /api/v2 route', () => {
    const doc = JSON.parse(served) as { openapi: string; components: { securitySchemes: Record<string, unknown> }; tags: { name: string }[]; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['accessToken', 'tokenHeader', 'userToken']);
    expect(doc.tags.map((tag) => tag.name)).toContain('revisit_logs');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v2/revisit_logs/new_index', '/api/v2/customers/{id}', '/api/v2/admin/users/{id}/disable']));
  });

  it('keeps the old path as an alias', async () => {
    const old = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(`${JSON.stringify(old.json(), null, 2)}\n`).toBe(served);
  });

  it('serves Swagger UI at /docs from local assets only', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source, source).not.toMatch(/^(https?:)?\/\//);
    const bundle = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect([bundle.statusCode, bundle.body.length > 100_000]).toEqual([200, true]);
    const init = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
    const code = init.body.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
    expect(code).not.toMatch(/https?:\/\//);
  });
});
