import qs from 'qs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../src/domain/default-options.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0);
const form = (data: object) => qs.stringify(data, { arrayFormat: 'brackets', encodeValuesOnly: true });
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const authHeader = (token: string) => ({ authorization: `Token token=${token}, device=open_api, version_code=9.9.9` });

describeEachDialect('follow-up writes', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let colleague: UserRow;
  let token: string;
  let customerId: number;
  let f: ReturnType<typeof factories>;
  let w: ReturnType<typeof writeFactories>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    f = factories(t.ctx);
    w = writeFactories(t.ctx);
    org = await f.org();
    author = await f.user(org, { scope: 'all', name: '王五' });
    colleague = await f.user(org, { name: '赵六' });
    token = await f.token(author);
    customerId = await f.customer(org, author, '内蒙尼有限责任公司');
  });
  afterAll(() => t.close());

  async function listItem(id: number) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/new_index?date=all&per_page=200`, headers: authHeader(token) });
    const items = res.json().data.revisit_logs as { id: number }[];
    return items.find((i) => i.id === id);
  }

  describe('create', () => {
    it('accepts JSON with the token in the query, and the item equals what new_index returns byte for byte', async () => {
      const contactId = await w.contact(org, author, customerId);
      const image = await w.upload(org, author, 'image');
      const file = await w.upload(org, author, 'file');
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v2/revisit_logs?user_token=${token}&device=open_api`,
        payload: {
          revisit_log: {
            loggable_type: 'customer',
            loggable_id: customerId,
            content: '电话沟通了报价',
            real_revisit_at: '2026-03-09 16:18',
            remind_at: '2026-03-12 09:30:00',
            address_attributes: { detail_address: '北京市朝阳区' },
            lat: 39.9,
            lng: 116.4,
            loggable_name: 'ignored',
            text_asset_1a2b: 'ignored custom field',
          },
          at_user_ids: [colleague.id],
          contacts_ids: [contactId],
          attachment_ids: [image],
          attachment_file_ids: [file],
        },
      });
      const body = res.json();
      expect(body.code).toBe(0);
      const item = body.data;
      expect(item).toMatchObject({
        content: '电话沟通了报价',
        loggable_type: 'Customer',
        loggable_id: customerId,
        loggable: { id: customerId, name: '内蒙尼有限责任公司', title: '内蒙尼有限责任公司', approve_status: 'approved' },
        real_revisit_at: '2026-03-09 16:18',
        created_at: '2026-03-10 10:00',
        remind_at: '03月12日 09:30',
        raw_remind_at: '2026-03-12 09:30',
        is_remind_expired: false,
        address: { detail_address: '北京市朝阳区', lat: 39.9, lng: 116.4 },
        at_users: [{ user_id: colleague.id, name: '赵六', third_userid: null }],
        contacts: [{ id: contactId, phone: '13912345678' }],
        activity_type: 'create',
        is_draft: 0,
        comments_count: 0,
        comments: [],
      });
      expect(item.image_attachments.map((a: { id: number }) => a.id)).toEqual([image]);
      expect(item.attachment_files.map((a: { id: number }) => a.id)).toEqual([file]);
      expect(item.image_attachments[0]).toMatchObject({ attachmentable_type: 'RevisitLog', attachmentable_id: item.id });
      expect(JSON.stringify(await listItem(item.id))).toBe(JSON.stringify(item));
    });

    it('accepts a form body with the Authorization header, and defaults time and category', async () => {
      const [firstCategory] = await f.categories(org);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content: '表单提交' }, at_user_ids: [colleague.id] }),
      });
      const item = res.json().data;
      expect(res.json().code).toBe(0);
      expect(item.real_revisit_at).toBe('2026-03-10 10:00');
      expect(item.category).toBe(String(firstCategory!.id));
      expect(item.category_display).toBe(firstCategory!.name);
      expect(item.remind_at).toBe('');
      expect(item.address).toEqual({});
      expect(JSON.stringify(await listItem(item.id))).toBe(JSON.stringify(item));
    });

    it('accepts a form body carrying user_token itself', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: FORM,
        payload: form({ user_token: token, device: 'dingtalk', version_code: '3.13.0', revisit_log: { loggable_type: 'CUSTOMER', loggable_id: String(customerId), content: '令牌在表单里', real_revisit_at: '2026-03-08T08:00:00+08:00' } }),
      });
      expect(res.json().code).toBe(0);
      expect(res.json().data.real_revisit_at).toBe('2026-03-08 08:00');
    });

    it('accepts a multipart body of fields', async () => {
      const boundary = '----genjin';
      const parts = [
        ['user_token', token],
        ['revisit_log[loggable_type]', 'Customer'],
        ['revisit_log[loggable_id]', String(customerId)],
        ['revisit_log[content]', '多部分表单'],
        ['at_user_ids[]', String(colleague.id)],
      ];
      const payload =
        parts.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') + `--${boundary}--\r\n`;
      const res = await t.app.inject({ method: 'POST', url: '/api/v2/revisit_logs', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
      expect(res.json().code).toBe(0);
      expect(res.json().data.content).toBe('多部分表单');
      expect(res.json().data.at_users.map((a: { user_id: number }) => a.user_id)).toEqual([colleague.id]);
    });

    it("updates the entity's last follow-up time, count and status", async () => {
      const customer = await f.customer(org, author);
      const [, interested] = await w.options(org, FIELD_KEYS.customerStatus);
      const post = (content: string, at: string, extra: object = {}) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v2/revisit_logs',
          headers: { ...FORM, ...authHeader(token) },
          payload: form({ revisit_log: { loggable_type: 'Customer', loggable_id: customer, content, real_revisit_at: at, ...extra } }),
        });
      expect((await post('一', '2026-03-01 09:00')).json().code).toBe(0);
      expect((await post('二', '2026-03-05 09:00', { loggable_attributes: { status: String(interested!.id) } })).json().code).toBe(0);
      const row = await t.ctx.database.db.selectFrom('customers').selectAll().where('id', '=', customer).executeTakeFirstOrThrow();
      expect(row.real_revisit_at).toBe(Date.UTC(2026, 2, 5, 1, 0));
      expect(row.revisit_logs_count).toBe(2);
      expect(row.status).toBe(interested!.id);
    });

    it("keeps the entity's count and last follow-up time right under concurrent creates", async () => {
      const customer = await f.customer(org, author);
      const post = (i: number) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v2/revisit_logs',
          headers: authHeader(token),
          payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: `并发${i}`, real_revisit_at: `2026-03-0${i + 1} 09:00` } },
        });
      const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(post));
      expect(results.map((r) => r.json().code)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
      const row = await t.ctx.database.db.selectFrom('customers').select(['real_revisit_at', 'revisit_logs_count']).where('id', '=', customer).executeTakeFirstOrThrow();
      expect(row).toEqual({ real_revisit_at: Date.UTC(2026, 2, 8, 1, 0), revisit_logs_count: 8 });
    });

    it('sets the stage of an opportunity', async () => {
      const opportunity = await w.opportunity(org, author, customerId);
      const stages = await w.options(org, FIELD_KEYS.opportunityStage);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { loggable_type: 'opportunity', loggable_id: opportunity, content: '推进', loggable_attributes: { stage: String(stages[2]!.id) } } }),
      });
      expect(res.json().code).toBe(0);
      expect(res.json().data.loggable).toMatchObject({ id: opportunity, title: expect.stringMatching(/^商机/) });
      const row = await t.ctx.database.db.selectFrom('opportunities').select('stage').where('id', '=', opportunity).executeTakeFirstOrThrow();
      expect(row.stage).toBe(stages[2]!.id);
    });

    it('sets the stage of an opportunity on an update that does not resend the entity', async () => {
      const opportunity = await w.opportunity(org, author, customerId);
      const stages = await w.options(org, FIELD_KEYS.opportunityStage);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { loggable_type: 'Opportunity', loggable_id: opportunity, content: '推进' } }),
      });
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v2/revisit_logs/${created.json().data.id}`,
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { loggable_attributes: { stage: String(stages[1]!.id) } } }),
      });
      expect(res.json().code).toBe(0);
      const row = await t.ctx.database.db.selectFrom('opportunities').select('stage').where('id', '=', opportunity).executeTakeFirstOrThrow();
      expect(row.stage).toBe(stages[1]!.id);
    });
  });

  describe('show, update, delete', () => {
    async function create(extra: object = {}) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content: '原始内容', real_revisit_at: '2026-03-10 08:00' }, ...extra }),
      });
      return res.json().data as { id: number; image_attachments: { id: number }[] };
    }

    it('shows one follow-up in the list item shape', async () => {
      const created = await create();
      const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${created.id}`, headers: authHeader(token) });
      expect(JSON.stringify(res.json())).toBe(JSON.stringify({ code: 0, data: created }));
    });

    it('updates with PUT and with POST, adding and removing attachments by id', async () => {
      const [keep, drop, added] = [await w.upload(org, author), await w.upload(org, author), await w.upload(org, author)];
      const created = await create({ attachment_ids: [keep, drop] });
      expect(created.image_attachments.map((a) => a.id)).toEqual([keep, drop]);
      t.clock.now = NOW + 60_000;
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v2/revisit_logs/${created.id}`,
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { content: '改过的内容', remind_at: '2026-03-09 10:00' }, attachment_ids: [keep, added] }),
      });
      const updated = put.json().data;
      expect(put.json().code).toBe(0);
      expect(updated).toMatchObject({ content: '改过的内容', real_revisit_at: '2026-03-10 08:00', timestamp: '2026-03-10 10:01', is_remind_expired: true });
      expect(updated.image_attachments.map((a: { id: number }) => a.id)).toEqual([keep, added]);
      const detached = await t.ctx.database.db.selectFrom('attachments').selectAll().where('id', '=', drop).executeTakeFirstOrThrow();
      expect(detached.attachmentable_id).toBeNull();

      const post = await t.app.inject({
        method: 'POST',
        url: `/api/v2/revisit_logs/${created.id}`,
        headers: authHeader(token),
        payload: { removed_attachment_ids: [keep], revisit_log: { remind_at: '' } },
      });
      expect(post.json().data.image_attachments.map((a: { id: number }) => a.id)).toEqual([added]);
      expect(post.json().data.remind_at).toBe('');
      expect(JSON.stringify(await listItem(created.id))).toBe(JSON.stringify(post.json().data));
      t.clock.now = NOW;
    });

    it('soft-deletes and recomputes the entity', async () => {
      const customer = await f.customer(org, author);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/revisit_logs',
        headers: authHeader(token),
        payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: '待删除' } },
      });
      const id = res.json().data.id as number;
      const del = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}`, headers: authHeader(token) });
      expect(del.json()).toEqual({ code: 0, data: { id } });
      const again = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: authHeader(token) });
      expect(again.json().code).toBe(100100);
      expect(await listItem(id)).toBeUndefined();
      const row = await t.ctx.database.db.selectFrom('customers').selectAll().where('id', '=', customer).executeTakeFirstOrThrow();
      expect(row.real_revisit_at).toBeNull();
      expect(row.revisit_logs_count).toBe(0);
      const stored = await t.ctx.database.db.selectFrom('revisit_logs').select('deleted_at').where('id', '=', id).executeTakeFirstOrThrow();
      expect(stored.deleted_at).toBe(NOW);
    });

    it('rejects a bad update without changing anything, clears lists sent empty, and moves entity stats', async () => {
      const created = await create({ at_user_ids: [colleague.id] });
      const before = await w.counts();
      const bad = await t.app.inject({
        method: 'PUT',
        url: `/api/v2/revisit_logs/${created.id}`,
        headers: { ...FORM, ...authHeader(token) },
        payload: form({ revisit_log: { content: '不该写入' }, at_user_ids: ['999999'] }),
      });
      expect(bad.json()).toMatchObject({ code: 100406 });
      expect(bad.json().message).toContain('at_user_ids[]');
      expect(await w.counts()).toEqual(before);
      expect((await listItem(created.id))!).toMatchObject({ content: '原始内容' });

      const target = await f.customer(org, author);
      const cleared = await t.app.inject({
        method: 'PUT',
        url: `/api/v2/revisit_logs/${created.id}`,
        headers: { ...FORM, ...authHeader(token) },
        payload: 'at_user_ids%5B%5D=&revisit_log%5Bloggable_type%5D=customer&revisit_log%5Bloggable_id%5D=' + target,
      });
      expect(cleared.json().code).toBe(0);
      expect(cleared.json().data).toMatchObject({ at_users: [], loggable_id: target });
      const [moved] = await t.ctx.database.db.selectFrom('customers').select(['revisit_logs_count']).where('id', '=', target).execute();
      expect(moved!.revisit_logs_count).toBe(1);
    });

    it('edits a photo-only follow-up resent with empty content, but never leaves one with neither text nor attachments', async () => {
      const photo = await w.upload(org, author);
      const created = await create({ revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content: '' }, attachment_ids: [photo] });
      expect(created.image_attachments.map((a) => a.id)).toEqual([photo]);
      const put = (payload: object) =>
        t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${created.id}`, headers: { ...FORM, ...authHeader(token) }, payload: form(payload) });
      // Clients resend the whole form when editing.
      const resent = await put({ revisit_log: { content: '', remind_at: '2026-03-12 09:30' }, attachment_ids: [photo] });
      expect(resent.json().code).toBe(0);
      expect(resent.json().data).toMatchObject({ content: '', raw_remind_at: '2026-03-12 09:30' });
      expect((await put({ revisit_log: { content: ' ' } })).json().code).toBe(0);

      const before = await w.counts();
      const emptied = await put({ removed_attachment_ids: [photo] });
      expect(emptied.json()).toMatchObject({ code: 100406 });
      expect(emptied.json().message).toContain('revisit_log[content]');
      expect(await w.counts()).toEqual(before);
      const stored = await t.ctx.database.db.selectFrom('attachments').select('attachmentable_id').where('id', '=', photo).executeTakeFirstOrThrow();
      expect(stored.attachmentable_id).toBe(created.id);
    });

    it('moves an attached upload to the list it is resent in instead of dropping it', async () => {
      const upload = await w.upload(org, author, 'file');
      const created = await create({ attachment_file_ids: [upload] });
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v2/revisit_logs/${created.id}`,
        headers: { ...FORM, ...authHeader(token) },
        payload: 'attachment_ids%5B%5D=' + upload + '&attachment_file_ids%5B%5D=',
      });
      expect(res.json().code).toBe(0);
      expect(res.json().data.image_attachments.map((a: { id: number }) => a.id)).toEqual([upload]);
      expect(res.json().data.attachment_files).toEqual([]);
    });

    it('still routes new_index and non-numeric ids', async () => {
      const list = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all', headers: authHeader(token) });
      expect(list.json().data.revisit_logs.length).toBeGreaterThan(0);
      const bad = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/abc', headers: authHeader(token) });
      expect(bad.json().code).toBe(100100);
    });
  });
});
