import { Ajv } from 'ajv';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertNotifications } from '../../src/features/notifications/notifications.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type TestOrg } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { strict } from '../support/strict-schema.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Shanghai' }).toMillis();
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

interface Call {
  url: string;
  body?: object;
  /** A raw body with its headers (multipart uploads). */
  raw?: { payload: Buffer; headers: Record<string, string> };
  /** Another token than the sweep's (a logout ends the token it is called with). */
  token?: string;
}

/**
 * Write routes that are not called here, each with the reason. Kept short on purpose (a test asserts it):
 * anything else must be exercised.
 */
const SKIPPED: Record<string, string> = {};

/** The entities' label field and whether they hang off a customer (entity-descriptors.ts). */
const ENTITIES = [
  { plural: 'leads', singular: 'lead', label: 'name', customer: false },
  { plural: 'customers', singular: 'customer', label: 'name', customer: false },
  { plural: 'opportunities', singular: 'opportunity', label: 'title', customer: true },
  { plural: 'contracts', singular: 'contract', label: 'title', customer: true },
  { plural: 'contacts', singular: 'contact', label: 'name', customer: true },
] as const;

/**
 * Calls every POST/PUT/PATCH/DELETE route of the OpenAPI document with valid input built by factories (each
 * call on records of its own, so the order of the document does not matter) and validates each real answer
 * strictly against the route's declared 200 schema, on both engines.
 */
describeEachDialect('every write answer matches its declared response schema', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let token: string;
  const calls = new Map<string, () => Promise<Call>>();

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: at('2026-12-01 12:00') });
    const f = factories(t.ctx);
    const db = t.ctx.database.db;
    org = await f.org();
    const admin = await f.user(org, { admin: true, scope: 'all' });
    token = await f.token(admin);
    const customer = await f.customer(org, admin);
    const newLog = async () => (await f.revisitLogs(org, admin, { type: 'Customer', id: customer }, [at('2026-12-01 09:00')]))[0]!;
    const api = async (method: 'POST', url: string, payload: object) =>
      (await t.app.inject({ method, url, headers: { authorization: `Token token=${token}` }, payload })).json() as { data: { id: number } };
    const option = async () => (await api('POST', '/api/v2/admin/options', { option: { field_key: 'revisit_log.category', name: `类型${Math.random()}` } })).data.id;
    const field = async () => (await api('POST', '/api/v2/admin/custom_fields', { custom_field: { entity: 'customer', label: '字段', type: 'text' } })).data.id;
    const on = (key: string, build: () => Promise<Call> | Call) => calls.set(key, async () => build());

    on('POST /api/v2/auth/login', () => ({ url: '/api/v2/auth/login', body: { login: org.adminLogin, password: TEST_PASSWORD, corp_id: org.corpId } }));
    on('DELETE /api/v2/auth/logout', async () => ({ url: '/api/v2/auth/logout', token: await f.token(admin) }));
    on('POST /api/v2/auth/session', () => ({ url: '/api/v2/auth/session', body: {} }));

    const logBody = { revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: '跟进' } };
    on('POST /api/v2/revisit_logs', () => ({ url: '/api/v2/revisit_logs', body: logBody }));
    on('PUT /api/v2/revisit_logs/{id}', async () => ({ url: `/api/v2/revisit_logs/${await newLog()}`, body: { revisit_log: { content: '改' } } }));
    on('POST /api/v2/revisit_logs/{id}', async () => ({ url: `/api/v2/revisit_logs/${await newLog()}`, body: { revisit_log: { content: '改' } } }));
    on('DELETE /api/v2/revisit_logs/{id}', async () => ({ url: `/api/v2/revisit_logs/${await newLog()}` }));
    on('POST /api/v2/revisit_logs/{id}/comments', async () => ({ url: `/api/v2/revisit_logs/${await newLog()}/comments`, body: { content: '评论' } }));
    on('DELETE /api/v2/revisit_logs/{id}/comments/{comment_id}', async () => {
      const log = await newLog();
      const comment = (await api('POST', `/api/v2/revisit_logs/${log}/comments`, { content: '评论' })).data.id;
      return { url: `/api/v2/revisit_logs/${log}/comments/${comment}` };
    });
    on('POST /api/v2/checkins', () => ({
      url: '/api/v2/checkins',
      body: { checkin: { lat: 31.23, lng: 121.47, address: '上海市黄浦区', loggable_type: 'customer', loggable_id: customer, note: '到访' } },
    }));
    on('POST /api/v2/attachments', () => ({
      url: '/api/v2/attachments',
      raw: multipart([{ name: 'file', filename: '报价.pdf', contentType: 'application/pdf', data: sampleFiles.pdf() }]),
    }));

    for (const e of ENTITIES) {
      const fields = { [e.singular]: { [e.label]: '合同甲', ...(e.customer ? { customer_id: customer } : {}) } };
      const record = () => f.entity(org, admin, e.plural, { customerId: customer });
      on(`POST /api/v2/${e.plural}`, () => ({ url: `/api/v2/${e.plural}`, body: fields }));
      for (const method of ['PUT', 'POST']) on(`${method} /api/v2/${e.plural}/{id}`, async () => ({ url: `/api/v2/${e.plural}/${await record()}`, body: fields }));
      on(`DELETE /api/v2/${e.plural}/{id}`, async () => ({ url: `/api/v2/${e.plural}/${await record()}` }));
    }

    const adminBase = '/api/v2/admin';
    let login = 13100000000;
    const newUser = async () => (await f.user(org)).id;
    on(`POST ${adminBase}/users`, () => ({
      url: `${adminBase}/users`,
      body: { user: { login: String(++login), password: 'another-pass-1', name: '新人', department_id: org.rootDepartment.id, role_id: admin.role_id, email: 'a@example.com' } },
    }));
    on(`PUT ${adminBase}/users/{id}`, async () => ({ url: `${adminBase}/users/${await newUser()}`, body: { user: { name: '改名', job: '销售' } } }));
    on(`POST ${adminBase}/users/{id}/disable`, async () => ({ url: `${adminBase}/users/${await newUser()}/disable` }));
    on(`POST ${adminBase}/users/{id}/enable`, async () => ({ url: `${adminBase}/users/${(await f.user(org, { disabled: true })).id}/enable` }));
    on(`POST ${adminBase}/users/{id}/reset_password`, async () => ({ url: `${adminBase}/users/${await newUser()}/reset_password`, body: { password: 'another-pass-1' } }));
    const department = async () => (await f.department(org)).id;
    on(`POST ${adminBase}/departments`, () => ({ url: `${adminBase}/departments`, body: { department: { name: '新部门' } } }));
    on(`PUT ${adminBase}/departments/{id}`, async () => ({ url: `${adminBase}/departments/${await department()}`, body: { department: { name: '改名' } } }));
    on(`DELETE ${adminBase}/departments/{id}`, async () => ({ url: `${adminBase}/departments/${await department()}` }));
    on(`POST ${adminBase}/departments/{id}/move`, async () => ({ url: `${adminBase}/departments/${await department()}/move`, body: { parent_id: await department() } }));
    on(`POST ${adminBase}/roles`, () => ({ url: `${adminBase}/roles`, body: { role: { name: '新角色', data_scope: 'department', is_admin: 0 } } }));
    on(`POST ${adminBase}/options`, () => ({ url: `${adminBase}/options`, body: { option: { field_key: 'revisit_log.category', name: '新类型', name_en: 'New' } } }));
    on(`PUT ${adminBase}/options/{id}`, async () => ({ url: `${adminBase}/options/${await option()}`, body: { option: { name: '改名', position: 1 } } }));
    on(`POST ${adminBase}/options/{id}/disable`, async () => ({ url: `${adminBase}/options/${await option()}/disable` }));
    on(`POST ${adminBase}/options/{id}/enable`, async () => ({ url: `${adminBase}/options/${await option()}/enable` }));
    on(`POST ${adminBase}/custom_fields`, () => ({
      url: `${adminBase}/custom_fields`,
      body: { custom_field: { entity: 'customer', label: '等级', type: 'select', options: ['A', 'B'], required: true } },
    }));
    on(`PUT ${adminBase}/custom_fields/{id}`, async () => ({ url: `${adminBase}/custom_fields/${await field()}`, body: { custom_field: { label: '改名', enabled: false } } }));
    on(`DELETE ${adminBase}/custom_fields/{id}`, async () => ({ url: `${adminBase}/custom_fields/${await field()}` }));
    // A public address literal: no DNS lookup, and private addresses are refused by default.
    const hook = { url: 'https://93.184.215.14/hook', events: ['revisit_log.created'] };
    on(`POST ${adminBase}/webhooks`, () => ({ url: `${adminBase}/webhooks`, body: hook }));
    on(`DELETE ${adminBase}/webhooks/{id}`, async () => ({ url: `${adminBase}/webhooks/${(await api('POST', `${adminBase}/webhooks`, hook)).data.id}` }));

    const notification = async () => {
      const log = await newLog();
      await insertNotifications(db, [{ organizationId: org.id, userId: admin.id, kind: 'mentioned', revisitLogId: log, dedupeKey: `mention:${log}:${admin.id}`, at: t.clock.now }]);
      return (await db.selectFrom('notifications').select('id').where('revisit_log_id', '=', log).executeTakeFirstOrThrow()).id;
    };
    on('POST /api/v2/notifications/read_all', async () => (await notification(), { url: '/api/v2/notifications/read_all', body: {} }));
    on('POST /api/v2/notifications/{id}/read', async () => ({ url: `/api/v2/notifications/${await notification()}/read`, body: {} }));
  });
  afterAll(() => t.close());

  it('validates each answer strictly: no undeclared keys, no missing required ones, exact JSON types', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v2/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    const ajv = new Ajv({ strict: false, allErrors: true });
    const checked: string[] = [];
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (!WRITE_METHODS.has(method) || SKIPPED[key]) continue;
        const build = calls.get(key);
        if (!build) {
          missing.push(key);
          continue;
        }
        const schema = op.responses?.['200']?.content?.['application/json']?.schema;
        expect(schema, `${key} declares its 200 answer`).toBeDefined();
        const call = await build();
        const res = await t.app.inject({
          method: method.toUpperCase() as 'POST',
          url: call.url,
          headers: { authorization: `Token token=${call.token ?? token}`, ...call.raw?.headers },
          payload: call.raw?.payload ?? call.body,
        });
        const answer = res.json() as { code: number };
        expect(answer.code, `${key} → ${res.body.slice(0, 300)}`).toBe(0);
        const validate = ajv.compile(strict(schema) as Record<string, unknown>);
        expect(validate(answer) ? [] : validate.errors, key).toEqual([]);
        checked.push(key);
      }
    }
    expect(missing, 'write routes without a call here (add one, or a justified SKIPPED entry)').toEqual([]);
    expect(Object.keys(SKIPPED).length).toBeLessThanOrEqual(2);
    expect(checked.length).toBe(calls.size);
    expect(checked.length).toBeGreaterThan(50);
  });
});
