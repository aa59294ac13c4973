import qs from 'qs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0);
const form = (data: object) => qs.stringify(data, { arrayFormat: 'brackets', encodeValuesOnly: true });
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const auth = (token: string) => ({ authorization: `Token token=${token}, device=open_api, version_code=9.9.9` });
const PLACE = { lat: 31.2304, lng: 121.4737, address: '上海市黄浦区人民广场' };

describeEachDialect('check-in writes', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let rep: UserRow;
  let colleague: UserRow;
  let token: string;
  let colleagueToken: string;
  let customerId: number;
  let f: ReturnType<typeof factories>;
  let w: ReturnType<typeof writeFactories>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    f = factories(t.ctx);
    w = writeFactories(t.ctx);
    org = await f.org();
    rep = await f.user(org, { name: '外勤小王' });
    colleague = await f.user(org, { name: '外勤小李' });
    token = await f.token(rep);
    colleagueToken = await f.token(colleague);
    customerId = await f.customer(org, rep, '黄浦客户');
  });
  afterAll(() => t.close());

  const db = () => t.ctx.database.db;
  const count = async (table: 'checkins' | 'revisit_logs' | 'field_options' | 'revisit_log_changes' | 'outbox_events') =>
    Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const counts = async () => ({
    checkins: await count('checkins'),
    revisit_logs: await count('revisit_logs'),
    field_options: await count('field_options'),
    changes: await count('revisit_log_changes'),
    outbox: await count('outbox_events'),
    attached: (await db().selectFrom('attachments').select('id').where('attachmentable_id', 'is not', null).execute()).length,
  });
  const post = (payload: object | string, who = token, json = typeof payload !== 'string') =>
    t.app.inject({ method: 'POST', url: '/api/v2/checkins', headers: { ...auth(who), ...(json ? {} : FORM) }, payload });
  const get = async (url: string, who = token) => (await t.app.inject({ method: 'GET', url, headers: auth(who) })).json();

  describe('create', () => {
    it('takes a form body with bracket fields and answers the check-in with exact fields and JSON types', async () => {
      const before = await counts();
      const res = await post(form({ checkin: { lat: '31.2304', lng: '121.4737', address: PLACE.address } }));
      const body = res.json();
      expect(body.code).toBe(0);
      expect(body.data).toEqual({
        id: body.data.id,
        user_id: rep.id,
        user: body.data.user,
        ...PLACE,
        note: '',
        loggable_type: null,
        loggable_id: null,
        loggable: null,
        revisit_log_id: null,
        image_attachments: [],
        created_at: '2026-03-10 10:00',
      });
      expect(typeof body.data.id).toBe('number');
      expect(body.data.user).toMatchObject({ id: rep.id, name: '外勤小王', organization_id: org.id, phone: rep.login, third_userid: null });
      // Without an entity nothing else is written: no follow-up, no change, no new category.
      expect(await counts()).toEqual({ ...before, checkins: before.checkins + 1 });
      expect(await get(`/api/v2/checkins/${body.data.id}`)).toEqual(body);
    });

    it('takes JSON on an entity: the follow-up of category 签到 appears in the entity timeline, in the same transaction', async () => {
      const upload = await w.upload(org, rep);
      const before = await counts();
      const res = await post({ checkin: { ...PLACE, note: '拜访了采购部', loggable_type: 'customer', loggable_id: customerId }, attachment_ids: [upload] });
      const checkin = res.json().data;
      expect(res.json().code).toBe(0);
      expect(checkin).toMatchObject({
        ...PLACE,
        note: '拜访了采购部',
        loggable_type: 'Customer',
        loggable_id: customerId,
        loggable: { id: customerId, name: '黄浦客户', title: '黄浦客户', approve_status: 'approved' },
      });
      expect(typeof checkin.revisit_log_id).toBe('number');
      const timeline = await get(`/api/v2/revisit_logs/new_index?loggable_type=customer&loggable_id=${customerId}`);
      expect(timeline.data.total_count).toBe(1);
      const [log] = timeline.data.revisit_logs;
      expect(log).toMatchObject({
        id: checkin.revisit_log_id,
        content: '拜访了采购部',
        category_display: '签到',
        title: '签到',
        address: { detail_address: PLACE.address, lat: PLACE.lat, lng: PLACE.lng },
        real_revisit_at: '2026-03-10 10:00',
      });
      expect(log.image_attachments.map((a: { id: number }) => a.id)).toEqual([upload]);
      expect(checkin.image_attachments).toEqual(log.image_attachments);
      expect(checkin.user).toEqual(log.user);
      // One follow-up with its change-feed entry and webhook event, the check-in, the new category option.
      expect(await counts()).toEqual({
        checkins: before.checkins + 1,
        revisit_logs: before.revisit_logs + 1,
        field_options: before.field_options + 1,
        changes: before.changes + 1,
        outbox: before.outbox + 1,
        attached: before.attached + 1,
      });
      const customer = await db().selectFrom('customers').select(['revisit_logs_count', 'real_revisit_at']).where('id', '=', customerId).executeTakeFirstOrThrow();
      expect(customer).toEqual({ revisit_logs_count: 1, real_revisit_at: NOW });
      expect((await get(`/api/v2/checkins/${checkin.id}`)).data).toEqual(checkin);
    });

    it('files later check-ins under the same 签到 option, and says where when there is no note', async () => {
      const leadId = await f.lead(org, rep, '人民广场线索');
      const options = await count('field_options');
      const checkin = (await post({ checkin: { ...PLACE, loggable_type: 'Lead', loggable_id: leadId } })).json().data;
      expect(await count('field_options')).toBe(options);
      const [log] = (await get(`/api/v2/revisit_logs/new_index?loggable_type=lead&loggable_id=${leadId}`)).data.revisit_logs;
      expect(log).toMatchObject({ id: checkin.revisit_log_id, content: `签到：${PLACE.address}`, category_display: '签到' });
      const named = await db().selectFrom('field_options').select('id').where('organization_id', '=', org.id).where('name', '=', '签到').execute();
      expect(named.map((o) => String(o.id))).toEqual([log.category]);
    });

    it('adds one 签到 option when the first check-ins of an organization race', async () => {
      const fresh = await f.org();
      const member = await f.user(fresh, { scope: 'all' });
      const memberToken = await f.token(member);
      const customers = await Promise.all([1, 2, 3].map(() => f.customer(fresh, member)));
      const answers = await Promise.all(customers.map((id) => post({ checkin: { ...PLACE, loggable_type: 'customer', loggable_id: id } }, memberToken)));
      expect(answers.map((a) => a.json().code)).toEqual([0, 0, 0]);
      const named = await db().selectFrom('field_options').select('id').where('organization_id', '=', fresh.id).where('name', '=', '签到').execute();
      expect(named).toHaveLength(1);
      const logs = await db().selectFrom('revisit_logs').select('category').where('organization_id', '=', fresh.id).execute();
      expect(logs.map((l) => l.category)).toEqual([named[0]!.id, named[0]!.id, named[0]!.id]);
    });

    it("keeps a check-in's own photos readable by its author and refused to a colleague outside the scope", async () => {
      const upload = await w.upload(org, rep);
      const checkin = (await post({ checkin: PLACE, attachment_ids: [upload] })).json().data;
      expect(checkin.image_attachments.map((a: { id: number; attachmentable_type: string }) => [a.id, a.attachmentable_type])).toEqual([[upload, 'Checkin']]);
      expect((await get(`/api/v2/attachments/${upload}`)).code).toBe(0);
      expect(await get(`/api/v2/attachments/${upload}`, colleagueToken)).toEqual(await get('/api/v2/attachments/987654321', colleagueToken));
      expect((await get(`/api/v2/attachments/${upload}`, colleagueToken)).code).toBe(100100);
    });

    it('answers a repeated Idempotency-Key with the first check-in', async () => {
      const before = await count('checkins');
      const send = () => t.app.inject({ method: 'POST', url: '/api/v2/checkins', headers: { ...auth(token), 'idempotency-key': 'visit-1' }, payload: { checkin: PLACE } });
      const [first, second] = [(await send()).json(), (await send()).json()];
      expect(second).toEqual(first);
      expect(await count('checkins')).toBe(before + 1);
    });
  });

  describe('validation', () => {
    const long = '址'.repeat(256);
    const cases: [string, string, () => Promise<object>][] = [
      ['missing lat', 'checkin[lat]', async () => ({ checkin: { lng: 1, address: 'x' } })],
      ['lat above 90', 'checkin[lat]', async () => ({ checkin: { ...PLACE, lat: 90.5 } })],
      ['lat not a number', 'checkin[lat]', async () => ({ checkin: { ...PLACE, lat: '31,2' } })],
      ['missing lng', 'checkin[lng]', async () => ({ checkin: { lat: 1, address: 'x' } })],
      ['lng below -180', 'checkin[lng]', async () => ({ checkin: { ...PLACE, lng: -180.01 } })],
      ['missing address', 'checkin[address]', async () => ({ checkin: { lat: 1, lng: 1 } })],
      ['blank address', 'checkin[address]', async () => ({ checkin: { ...PLACE, address: '   ' } })],
      ['address of 256 characters', 'checkin[address]', async () => ({ checkin: { ...PLACE, address: long } })],
      ['unknown loggable_type', 'checkin[loggable_type]', async () => ({ checkin: { ...PLACE, loggable_type: 'product', loggable_id: 1 } })],
      ['loggable_id without a type', 'checkin[loggable_type]', async () => ({ checkin: { ...PLACE, loggable_id: customerId } })],
      ['loggable_type without an id', 'checkin[loggable_id]', async () => ({ checkin: { ...PLACE, loggable_type: 'customer' } })],
      ['non-numeric loggable_id', 'checkin[loggable_id]', async () => ({ checkin: { ...PLACE, loggable_type: 'customer', loggable_id: 'x1' } })],
      ['missing entity', 'checkin[loggable_id]', async () => ({ checkin: { ...PLACE, loggable_type: 'customer', loggable_id: 987654 } })],
      ['entity outside the data scope', 'checkin[loggable_id]', async () => ({ checkin: { ...PLACE, loggable_type: 'customer', loggable_id: await f.customer(org, colleague) } })],
      ["another member's upload", 'attachment_ids[]', async () => ({ checkin: PLACE, attachment_ids: [await w.upload(org, colleague)] })],
      ['a non-numeric attachment id', 'attachment_ids[]', async () => ({ checkin: PLACE, attachment_ids: ['a'] })],
      ['an upload with a bad entity', 'checkin[loggable_id]', async () => ({ checkin: { ...PLACE, loggable_type: 'lead', loggable_id: 987654 }, attachment_ids: [await w.upload(org, rep)] })],
    ];
    it.each(cases)('%s: 100406 naming %s, nothing written', async (_label, field, body) => {
      const payload = await body();
      const before = await counts();
      const answer = (await post(payload)).json();
      expect(answer).toMatchObject({ code: 100406, error: 'invalid_parameter' });
      expect(answer.message).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('refuses an invisible entity exactly like a missing one', async () => {
      const hidden = await f.customer(org, colleague, '同事的客户');
      const other = await f.org();
      const foreign = await f.customer(other, await f.user(other), '别家的客户');
      const before = await counts();
      const answers = await Promise.all(
        [hidden, foreign, 987654].map(async (id) => (await post({ checkin: { ...PLACE, loggable_type: 'customer', loggable_id: id } })).body),
      );
      expect(new Set(answers).size).toBe(1);
      expect(await counts()).toEqual(before);
    });
  });
});
