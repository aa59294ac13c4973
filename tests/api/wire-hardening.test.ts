import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOT_ROUTED = { code: 100404, message: '接口不存在', error: 'routing_error' };

describeEachDialect('the envelope for what the framework rejects, and hardening headers', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let token: string;
  let customerId: number;
  let w: ReturnType<typeof writeFactories>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    w = writeFactories(t.ctx);
    org = await f.org();
    const user = await f.user(org, { scope: 'all' });
    token = await f.token(user);
    customerId = await f.customer(org, user);
  });
  afterAll(() => t.close());

  const auth = () => ({ authorization: `Token token=${token}` });

  it('answers a malformed percent-encoding in the path with 100404, echoing nothing', async () => {
    for (const url of ['/api/v2/customers/%ZZ', `/api/v2/revisit_logs/%ZZ?user_token=${token}`, '/api/v2/%E0%A4%A']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(NOT_ROUTED);
      expect(res.body).not.toContain(token);
    }
  });

  it('answers a 200-digit id with an envelope, never a 414', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${'9'.repeat(200)}`, headers: auth() });
    expect(res.statusCode).toBe(200);
    expect([100100, 100406]).toContain(res.json().code);
    expect(Object.keys(res.json())).toEqual(['code', 'message', 'error']);
    const customer = await t.app.inject({ method: 'GET', url: `/api/v2/customers/${'9'.repeat(200)}`, headers: auth() });
    expect(customer.statusCode).toBe(200);
    expect([100100, 100406]).toContain(customer.json().code);
  });

  it('answers in strict mode with the envelope and a real status', async () => {
    const strict = await createTestApp(dialect, { config: { errorStatusMode: 'strict' } });
    try {
      const res = await strict.app.inject({ method: 'GET', url: '/api/v2/customers/%ZZ' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(NOT_ROUTED);
    } finally {
      await strict.close();
    }
  });

  it('answers malformed multipart on POST /api/v2/attachments with 100406, storing nothing', async () => {
    const before = await t.ctx.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bodies: { type: string; payload: string }[] = [
      // Truncated: the part never ends.
      { type: 'multipart/form-data; boundary=XX', payload: '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc' },
      // No boundary at all.
      { type: 'multipart/form-data', payload: 'garbage' },
      // Headers of a part that never finish.
      { type: 'multipart/form-data; boundary=XX', payload: '--XX\r\nContent-Disposition: form-data; name="file"' },
    ];
    for (const body of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/attachments',
        headers: { ...auth(), 'content-type': body.type },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    }
    const after = await t.ctx.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('rejects a 100,000-deep JSON body with an Idempotency-Key as 100406, changing nothing', async () => {
    const before = await w.counts();
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const payload = `{"revisit_log":{"loggable_type":"Customer","loggable_id":${customerId},"content":"深","extra":${deep}}}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: { ...auth(), 'content-type': 'application/json', 'idempotency-key': 'deep-1' },
      payload,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(await w.counts()).toEqual(before);
  });

  it('still accepts an ordinarily nested body with an Idempotency-Key', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: { ...auth(), 'idempotency-key': 'shallow-1' },
      payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content: '浅', extra: [[[{ a: [1] }]]] } },
    });
    expect(res.json().code).toBe(0);
  });

  it('sends nosniff and no-store on every API JSON answer, success or error', async () => {
    const answers = [
      await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: org.adminLogin, password: 'correct-horse-1' } }),
      await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs', headers: auth() }),
      await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs' }),
      await t.app.inject({ method: 'GET', url: '/api/v2/nothing-here' }),
      await t.app.inject({ method: 'GET', url: '/api/v2/customers/%ZZ' }),
      await t.app.inject({ method: 'GET', url: '/healthz' }),
    ];
    expect(answers[0]!.json().code).toBe(0);
    for (const res of answers) {
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});
