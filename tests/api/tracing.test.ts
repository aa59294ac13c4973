import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

/** A collector that keeps what OTLP/HTTP (JSON) sends it. */
async function startCollector() {
  const bodies: { path: string; json: { resourceSpans: { resource: OtlpSpan; scopeSpans: { spans: OtlpSpan[] }[] }[] } }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push({ path: req.url ?? '', json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    spans: () => bodies.flatMap((b) => b.json.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const attr = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

describeEachDialect('OpenTelemetry tracing', (dialect) => {
  let t: TestApp;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let token: string;

  beforeAll(async () => {
    collector = await startCollector();
    t = await createTestApp(dialect, {
      config: { tracing: { tracesUrl: `${collector.url}/v1/traces`, serviceName: 'genjin-test', headers: { 'x-api-key': 'k1' } } },
    });
    const f = factories(t.ctx);
    const org = await f.org();
    token = await f.token(await f.user(org));
  });
  afterAll(async () => {
    await t.close();
    await collector.close();
  });

  it('sends a server span per request, continuing the caller trace, with a span per SQL statement under it', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v2/revisit_logs/new_index?date=all&user_token=${token}`,
      headers: { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` },
    });
    expect(res.json().code).toBe(0);
    await t.app.inject({ method: 'GET', url: '/healthz' });
    await t.ctx.tracing!.flush();

    expect(collector.bodies.map((b) => b.path)).toContain('/v1/traces');
    const resource = collector.bodies[0]!.json.resourceSpans[0]!.resource as unknown as OtlpSpan;
    expect(attr(resource, 'service.name')).toBe('genjin-test');

    const spans = collector.spans().filter((s) => s.traceId === TRACE_ID);
    const server = spans.filter((s) => s.kind === 2);
    expect(server.map((s) => s.name)).toEqual(['GET /api/v2/revisit_logs/new_index']);
    const request = server[0]!;
    expect(request.parentSpanId).toBe(PARENT_ID);
    expect(attr(request, 'http.route')).toBe('/api/v2/revisit_logs/new_index');
    expect(attr(request, 'http.response.status_code')).toBe(200);
    // The token in the query string is never exported.
    expect(attr(request, 'url.path')).toBe('/api/v2/revisit_logs/new_index?date=all&user_token=[redacted]');
    expect(JSON.stringify(collector.bodies)).not.toContain(token);

    const statements = spans.filter((s) => s.kind === 3);
    // Every statement the request ran (token lookup, page, count, related loads) hangs under its span.
    expect(statements.length).toBeGreaterThanOrEqual(3);
    const ids = new Set(spans.map((s) => s.spanId));
    for (const s of statements) {
      expect(ids.has(s.parentSpanId ?? '')).toBe(true);
      expect(attr(s, 'db.system.name')).toBe(dialect === 'postgres' ? 'postgresql' : 'sqlite');
      expect(String(attr(s, 'db.query.text'))).toMatch(/^\s*(select|insert|update|delete|with)\b/i);
      expect(s.name).toMatch(/^(SELECT|INSERT|UPDATE|DELETE|WITH)$/);
    }
    // Health checks are not traced (a load balancer polls them every few seconds).
    expect(collector.spans().some((s) => attr(s, 'http.route') === '/healthz')).toBe(false);
  });
});
