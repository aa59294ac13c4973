import qs from 'qs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../src/domain/default-options.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = Date.UTC(2026, 2, 10, 2, 0);
const form = (data: object) => qs.stringify(data, { arrayFormat: 'brackets', encodeValuesOnly: true });

describeEachDialect('follow-up create validation', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let token: string;
  let customerId: number;
  let w: ReturnType<typeof writeFactories>;
  type Case = [name: string, field: string, body: () => Promise<object> | object];
  const cases: Case[] = [];
  const valid = () => ({ loggable_type: 'Customer', loggable_id: customerId, content: '有效内容' });

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    w = writeFactories(t.ctx);
    org = await f.org();
    author = await f.user(org, { scope: 'self' });
    token = await f.token(author);
    customerId = await f.customer(org, author);
  });
  afterAll(() => t.close());

  // Each case also carries valid links, so a half-done write would show in the counts.
  const withLinks = async (log: object, extra: object = {}) => {
    const colleague = await factories(t.ctx).user(org);
    return { revisit_log: log, at_user_ids: [colleague.id], attachment_ids: [await w.upload(org, author)], ...extra };
  };

  cases.push(
    ['missing loggable_type', 'revisit_log[loggable_type]', () => withLinks({ ...valid(), loggable_type: undefined })],
    ['unknown loggable_type', 'revisit_log[loggable_type]', () => withLinks({ ...valid(), loggable_type: 'Deal' })],
    ['missing loggable_id', 'revisit_log[loggable_id]', () => withLinks({ ...valid(), loggable_id: undefined })],
    ['non-numeric loggable_id', 'revisit_log[loggable_id]', () => withLinks({ ...valid(), loggable_id: 'x1' })],
    ['missing entity', 'revisit_log[loggable_id]', () => withLinks({ ...valid(), loggable_id: 987654 })],
    ['another tenant\'s entity', 'revisit_log[loggable_id]', async () => {
      const f = factories(t.ctx);
      const other = await f.org();
      return withLinks({ ...valid(), loggable_id: await f.customer(other, await f.user(other)) });
    }],
    ['entity outside the data scope', 'revisit_log[loggable_id]', async () => {
      const f = factories(t.ctx);
      return withLinks({ ...valid(), loggable_id: await f.customer(org, await f.user(org)) });
    }],
    ['content too long', 'revisit_log[content]', () => withLinks({ ...valid(), content: '长'.repeat(10_001) })],
    ['empty content without attachments', 'revisit_log[content]', () => ({ revisit_log: { ...valid(), content: '  ' } })],
    ['bad real_revisit_at', 'revisit_log[real_revisit_at]', () => withLinks({ ...valid(), real_revisit_at: '2026/02/30' })],
    ['bad remind_at', 'revisit_log[remind_at]', () => withLinks({ ...valid(), remind_at: 'tomorrow' })],
    ['category of another field', 'revisit_log[category]', async () => {
      const [status] = await w.options(org, FIELD_KEYS.customerStatus);
      return withLinks({ ...valid(), category: String(status!.id) });
    }],
    ['lat out of range', 'revisit_log[lat]', () => withLinks({ ...valid(), lat: '91' })],
    ['lng out of range', 'revisit_log[lng]', () => withLinks({ ...valid(), lng: '-180.5' })],
    ['lat not a number', 'revisit_log[lat]', () => withLinks({ ...valid(), lat: 'north' })],
    ['bad is_draft', 'revisit_log[is_draft]', () => withLinks({ ...valid(), is_draft: 'maybe' })],
    ['status of another field', 'revisit_log[loggable_attributes][status]', async () => {
      const [stage] = await w.options(org, FIELD_KEYS.opportunityStage);
      return withLinks({ ...valid(), loggable_attributes: { status: String(stage!.id) } });
    }],
    ['at user of another tenant', 'at_user_ids[]', async () => {
      const f = factories(t.ctx);
      const other = await f.org();
      return withLinks(valid(), { at_user_ids: [author.id, (await f.user(other)).id] });
    }],
    ['contact of another customer', 'contacts_ids[]', async () => {
      const f = factories(t.ctx);
      const otherCustomer = await f.customer(org, author);
      return withLinks(valid(), { contacts_ids: [await w.contact(org, author, customerId), await w.contact(org, author, otherCustomer)] });
    }],
    ['attachment already attached', 'attachment_file_ids[]', async () => {
      const taken = await w.upload(org, author, 'file');
      await t.ctx.database.db.updateTable('attachments').set({ attachmentable_type: 'RevisitLog', attachmentable_id: 1 }).where('id', '=', taken).execute();
      return withLinks(valid(), { attachment_file_ids: [taken] });
    }],
    ['attachment of another tenant', 'audio_ids[]', async () => {
      const f = factories(t.ctx);
      const other = await f.org();
      return withLinks(valid(), { audio_ids: [await w.upload(other, await f.user(other), 'audio')] });
    }],
    ['attachment named twice', 'attachment_file_ids[]', async () => {
      const id = await w.upload(org, author);
      return withLinks(valid(), { attachment_ids: [id], attachment_file_ids: [id] });
    }],
    ['bad id list', 'at_user_ids[]', () => withLinks(valid(), { at_user_ids: ['1', 'two'] })],
  );

  it.each(cases)('%s → 100406 naming %s, nothing written (form body)', async (_name, field, build) => {
    const body = await build();
    const before = await w.counts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Token token=${token}` },
      payload: form(body),
    });
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(json).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(json.message).toContain(field);
    expect(await w.counts()).toEqual(before);
  });

  it('counts content in characters: 10,000 emoji fit, 10,001 do not', async () => {
    const post = (content: string) =>
      t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs?user_token=${token}`, payload: { revisit_log: { ...valid(), content } } });
    expect((await post('😀'.repeat(10_000))).json().data.content).toBe('😀'.repeat(10_000));
    const before = await w.counts();
    expect((await post('😀'.repeat(10_001))).json()).toMatchObject({ code: 100406 });
    expect(await w.counts()).toEqual(before);
  });

  it('answers the same for a JSON body', async () => {
    const before = await w.counts();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v2/revisit_logs?user_token=${token}`,
      payload: { revisit_log: { ...valid(), lat: 95 } },
    });
    expect(res.json().code).toBe(100406);
    expect(res.json().message).toContain('revisit_log[lat]');
    expect(await w.counts()).toEqual(before);
  });
});
