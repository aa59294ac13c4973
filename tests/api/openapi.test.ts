import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorKinds } from '../../src/domain/errors.ts';
import { ANY_ROUTE_ERRORS } from '../../src/http/route-errors.ts';
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

  it('declares on every operation the error codes it can answer, each one from the catalogue', () => {
    const catalogue = new Map<number, string>(Object.values(ErrorKinds).map((k) => [k.code, k.key]));
    let operations = 0;
    for (const [path, op] of operationsOf(served)) {
      const errors = op.responses.default?.content?.['application/json']?.schema;
      expect(errors, `${path} declares its errors`).toBeDefined();
      const codes = errors!.properties.code.enum;
      expect(Object.keys(errors!.properties), path).toEqual(['code', 'message', 'error']);
      expect(codes.every((code) => catalogue.has(code)), `${path}: ${codes.join(',')}`).toBe(true);
      expect(errors!.properties.error.enum, path).toEqual(codes.map((code) => catalogue.get(code)));
      expect([...codes].sort((a, b) => a - b), path).toEqual(codes);
      expect(codes, path).toEqual(expect.arrayContaining([...ANY_ROUTE_ERRORS]));
      // What follows from the route itself: a token, an id in the path, the admin area.
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic) expect(codes, path).toEqual(expect.arrayContaining([100000, 100401]));
      if (/\{(id|comment_id)\}/.test(path)) expect(codes, path).toContain(100100);
      if (path.includes(' /api/v2/admin/')) expect(codes, path).toContain(100403);
      for (const code of codes) expect(op.responses.default!.description, path).toContain(`\`${code}\``);
      operations++;
    }
    expect(operations).toBeGreaterThan(80);
  });

  it('describes every parameter in Chinese and English, with an example; tags every operation with a listed area', () => {
    const doc = JSON.parse(served) as { tags: { name: string }[] };
    const tags = new Set(doc.tags.map((tag) => tag.name));
    const undocumented: string[] = [];
    for (const [path, op] of operationsOf(served)) {
      expect(op.tags.length > 0 && op.tags.every((tag) => tags.has(tag)), `${path}: ${op.tags.join(',')}`).toBe(true);
      for (const p of op.parameters ?? []) {
        const ok = /\p{Script=Han}/u.test(p.description ?? '') && /[A-Za-z]{2,}/.test(p.description ?? '') && p.example !== undefined;
        if (!ok) undocumented.push(`${path} ${p.in}:${p.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('marks login as needing no token', () => {
    const login = operationsOf(served).find(([path]) => path === 'POST /api/v2/auth/login')![1];
    expect(login.security).toEqual([]);
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

interface Operation {
  tags: string[];
  security?: unknown[];
  parameters?: { in: string; name: string; description?: string; example?: unknown }[];
  responses: { default?: { description: string; content?: Record<string, { schema: { properties: { code: { enum: number[] }; error: { enum: string[] } } } }> } };
}

/** `METHOD path` and the operation, for every operation of the document. */
function operationsOf(text: string): [string, Operation][] {
  const doc = JSON.parse(text) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]));
}
