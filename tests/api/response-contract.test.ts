import { Ajv } from 'ajv';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { strict } from '../support/strict-schema.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Shanghai' }).toMillis();

type Schema = Record<string, unknown>;

/** Valid input for routes that need some: a whole-history list, the parameters a route requires. */
function queryOf(path: string): string {
  if (path.endsWith('new_index') || path === '/api/v2/revisit_logs') return '?date=all';
  if (path === '/api/v2/revisit_logs/stats') return '?date=all&group_by=user';
  if (path === '/api/v2/revisit_logs/export') return '?date=all';
  if (path.endsWith('/by_name') || path.endsWith('/search_duplicates')) return '?name=x';
  if (path === '/api/v2/admin/custom_fields') return '?entity=customer';
  return '';
}

/**
 * Walks every GET route of the OpenAPI document, calls it with valid input built by factories, and validates
 * each real answer against the route's declared 200 schema (strict), on both engines.
 */
describeEachDialect('every GET answer matches its declared response schema', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let token: string;
  const real: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: at('2026-12-01 12:00') });
    const f = factories(t.ctx);
    const w = writeFactories(t.ctx);
    org = await f.org();
    const admin = await f.user(org, { admin: true, scope: 'all' });
    token = await f.token(admin);
    const customer = await f.customer(org, admin);
    const [log] = await f.revisitLogs(org, admin, { type: 'Customer', id: customer }, [at('2026-12-01 09:00')], { remind_at: at('2026-12-02 09:00') });
    const contact = await w.contact(org, admin, customer);
    const opportunity = await w.opportunity(org, admin, customer);
    await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${log}/comments`, headers: { authorization: `Token token=${token}` }, payload: { content: '评论' } });
    const upload = await w.upload(org, admin);
    const photo = await w.upload(org, admin);
    const checkin = await t.app.inject({
      method: 'POST', url: '/api/v2/checkins', headers: { authorization: `Token token=${token}` },
      payload: { checkin: { lat: 31.2, lng: 121.4, address: '现场', loggable_type: 'customer', loggable_id: customer }, attachment_ids: [photo] },
    });
    const webhook = await t.app.inject({
      method: 'POST', url: '/api/v2/admin/webhooks', headers: { authorization: `Token token=${token}` },
      payload: { url: 'https://93.184.215.14/hook', events: ['revisit_log.created'] },
    });
    Object.assign(real, {
      revisit_logs: String(log), leads: String(await f.lead(org, admin)), customers: String(customer), contacts: String(contact),
      opportunities: String(opportunity), contracts: String(await f.entity(org, admin, 'contracts', { customerId: customer })),
      user: String(admin.id), attachments: String(upload), checkins: String((checkin.json() as { data: { id: number } }).data.id), admin: String((webhook.json() as { data: { id: number } }).data.id),
    });
  });
  afterAll(() => t.close());

  it('validates each answer strictly: no undeclared keys, no missing required ones, exact JSON types', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v2/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    const ajv = new Ajv({ strict: false, allErrors: true });
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op || !path.startsWith('/api/v2/')) continue;
      const content = op.responses?.['200']?.content;
      expect(content, `${path} declares its 200 answer`).toBeDefined();
      // A download (export) declares its file types instead of JSON: there is no envelope to validate.
      if (!content!['application/json'] && Object.keys(content!).length > 0) continue;
      const schema = content!['application/json']?.schema;
      expect(schema, `${path} declares its 200 answer`).toBeDefined();
      const area = path.split('/')[3]!;
      const url = path
        .replace('{entity}', 'customer')
        .replace('{id}', real[area] ?? '1')
        .concat(queryOf(path));
      const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Token token=${token}` } });
      const answer = res.json() as { code: number };
      expect(answer.code, `${url} → ${res.body.slice(0, 200)}`).toBe(0);
      const validate = ajv.compile(strict(schema) as Schema);
      expect(validate(answer) ? [] : validate.errors, url).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });
});
