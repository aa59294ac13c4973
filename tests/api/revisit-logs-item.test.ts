import fs from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertAtUsers, insertAttachments, insertComments, insertRevisitLogContacts, refreshCommentCounts } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import { insertEntities } from '../../src/features/entities/entities.repository.ts';
import { RevisitLogListResponse } from '../../src/features/revisit-logs/revisit-logs.schemas.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone: SH }).toMillis();
const NOW = at('2026-11-30T12:00:00');
const seedExample = JSON.parse(fs.readFileSync(new URL('../fixtures/new_index-example.json', import.meta.url), 'utf8'));
const seedItem = seedExample.data.revisit_logs[0];

/** The JSON type of a value as the seed shows it: null, array, object, string, number, boolean. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Every key of `expected` is in `actual` with the same JSON type, recursively (first array element). */
function sameShape(expected: unknown, actual: unknown, path: string, problems: string[]): void {
  if (jsonType(expected) !== jsonType(actual)) {
    problems.push(`${path}: seed has ${jsonType(expected)}, we have ${jsonType(actual)}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length > 0) {
    if (actual.length === 0) problems.push(`${path}: expected a populated array to compare`);
    else sameShape(expected[0], actual[0], `${path}[0]`, problems);
  } else if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    for (const key of Object.keys(expected)) {
      if (!(key in (actual as object))) problems.push(`${path}.${key}: missing`);
      else sameShape((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`, problems);
    }
  }
}

describeEachDialect('the follow-up item', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let org: TestOrg;
  let author: UserRow;
  let mentioned: UserRow;
  let token: string;
  let logId: number;
  let bareId: number;
  let customer: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW, config: { publicUrl: 'https://crm.example.com' } });
    f = factories(t.ctx);
    org = await f.org({ timeZone: SH });
    const dept = await f.department(org, org.rootDepartment, 'A事业部');
    author = await f.user(org, { department: dept, scope: 'all', name: 'Admin', email: 'admin@example.com' });
    mentioned = await f.user(org, { department: dept, name: '李111' });
    token = await f.token(author);
    customer = await f.customer(org, author, '内蒙尼有限责任公司');
    const db = t.ctx.database.db;
    const [contact] = await insertEntities(db, 'contacts', [
      { organization_id: org.id, user_id: author.id, customer_id: customer, name: '王经理', phone: '13900000000', approve_status: 'approved', created_at: NOW, updated_at: NOW },
    ]);
    const wechat = (await f.categories(org)).find((c) => c.name === '微信')!;
    logId = (await f.revisitLogs(org, author, { type: 'Customer', id: customer }, [at('2026-11-30T11:07')], {
      content: '跟进内容跟进内容跟进内容',
      category: wechat.id,
      created_at: at('2026-11-30T11:08'),
      updated_at: at('2026-11-30T11:08'),
      remind_at: at('2026-12-02T17:36'),
      detail_address: '上海市浦东新区张江路1号',
      lat: 31.2,
      lng: 121.5,
    }))[0]!;
    bareId = (await f.revisitLogs(org, author, { type: 'Customer', id: customer }, [at('2026-11-30T10:00')], { remind_at: at('2026-11-30T11:00') }))[0]!;
    await insertAtUsers(db, [{ organization_id: org.id, revisit_log_id: logId, user_id: mentioned.id, created_at: NOW }]);
    await insertRevisitLogContacts(db, [{ organization_id: org.id, revisit_log_id: logId, contact_id: contact!, created_at: NOW }]);
    await insertComments(db, [{ organization_id: org.id, revisit_log_id: logId, user_id: mentioned.id, content: '收到', created_at: at('2026-11-30T11:30') }]);
    await refreshCommentCounts(db, org.id, [logId]);
    const attachment = (subType: string, name: string, contentType: string, key: string) => ({
      organization_id: org.id,
      uploader_id: author.id,
      attachmentable_type: 'RevisitLog',
      attachmentable_id: logId,
      sub_type: subType,
      name,
      content_type: contentType,
      size: 647086,
      storage_key: key,
      note: '',
      created_at: at('2026-11-30T11:08'),
      updated_at: at('2026-11-30T11:08'),
    });
    await insertAttachments(db, [
      attachment('image', '现场.jpg', 'image/jpeg', `k-${dialect}-1.jpg`),
      attachment('file', '报价单.pdf', 'application/pdf', `k-${dialect}-2.pdf`),
      attachment('audio', '录音.m4a', 'audio/mp4', `k-${dialect}-3.m4a`),
    ]);
  });
  afterAll(() => t.close());

  async function items(lang?: string) {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v2/revisit_logs/new_index?date=today',
      headers: { authorization: `Token token=${token}`, ...(lang ? { 'accept-language': lang } : {}) },
    });
    const body = res.json();
    expect(Value.Check(RevisitLogListResponse, body)).toBe(true);
    return body.data.revisit_logs as Record<string, unknown>[];
  }

  it('has every field of the seed example with the same JSON types', async () => {
    const item = (await items()).find((i) => i.id === logId)!;
    const problems: string[] = [];
    sameShape(seedItem, item, 'item', problems);
    expect(problems).toEqual([]);
    expect(Object.keys(item)).toEqual(Object.keys(seedItem));
  });

  it('fills every field with the right value', async () => {
    const item = (await items()).find((i) => i.id === logId)!;
    const wechat = (await f.categories(org)).find((c) => c.name === '微信')!;
    expect(item).toMatchObject({
      id: logId,
      content: '跟进内容跟进内容跟进内容',
      loggable_type: 'Customer',
      loggable_id: customer,
      loggable: { id: customer, name: '内蒙尼有限责任公司', title: '内蒙尼有限责任公司', approve_status: 'approved' },
      real_revisit_at: '2026-11-30 11:07',
      created_at: '2026-11-30 11:08',
      category_display: '微信',
      category_i18n: '微信',
      category: String(wechat.id),
      audios: [expect.objectContaining({ name: '录音.m4a', sub_type: 'audio', file_type: 'audio' })],
      address: { detail_address: '上海市浦东新区张江路1号', lat: 31.2, lng: 121.5 },
      timestamp: '2026-11-30 11:08',
      refer_type_display: '客户',
      refer_name: '内蒙尼有限责任公司',
      title: '微信',
      remind_at: '12月02日 17:36',
      is_remind_expired: false,
      raw_remind_at: '2026-12-02 17:36',
      event_url: `ikcrm://events?klass_name=RevisitLog&id=${logId}`,
      event_identifier: String(logId),
      at_users: [{ id: expect.any(Number), user_id: mentioned.id, name: '李111', third_userid: null }],
      user: {
        id: author.id,
        email: 'admin@example.com',
        name: 'Admin',
        organization_id: org.id,
        phone: author.login,
        role_id: author.role_id,
        workflow_state: 'organization_staff',
        job: '',
        tel: '',
        avatar_url: '',
        department_name: 'A事业部',
        third_userid: null,
        third_dept_id: null,
        uid: author.id,
      },
      sales_activity_id: logId,
      comments_count: 1,
      comments: [{ id: expect.any(Number), content: '收到', user_id: mentioned.id, user_name: '李111', created_at: '2026-11-30 11:30' }],
      contacts: [{ id: expect.any(Number), name: '王经理', phone: '13900000000' }],
      activity_type: 'create',
      activity_type_display: '新增',
      is_draft: 0,
    });
    const [image] = item.image_attachments as Record<string, unknown>[];
    expect(image).toMatchObject({
      name: '现场.jpg',
      file_file_name: '现场.jpg',
      file_content_type: 'image/jpeg',
      file_file_size: 647086,
      attachmentable_id: logId,
      attachmentable_type: 'RevisitLog',
      upload_time: '2026-11-30 11:08',
      note: '',
      sub_type: 'image',
      wx_media_id: null,
      file_type: 'image',
    });
    for (const key of ['file_url', 'origin_url', 'public_url', 'preview_url', 'download_url']) {
      expect(image![key], key).toMatch(/^https:\/\/crm\.example\.com\/files\/\d+\/[a-z]+\/.+\?exp=\d+&sig=[\w-]+$/);
    }
    expect((item.attachment_files as Record<string, unknown>[]).map((a) => [a.name, a.file_type])).toEqual([['报价单.pdf', 'file']]);
  });

  it('uses the seed empty values on a bare follow-up', async () => {
    const item = (await items()).find((i) => i.id === bareId)!;
    expect(item).toMatchObject({
      attachment_files: [],
      image_attachments: [],
      audios: [],
      address: {},
      category_display: '',
      category_i18n: '',
      category: '',
      title: '',
      at_users: [],
      comments_count: 0,
      comments: [],
      contacts: [],
      // A reminder that has passed.
      remind_at: '11月30日 11:00',
      is_remind_expired: true,
      raw_remind_at: '2026-11-30 11:00',
    });
  });

  it('shows category_i18n in English when Accept-Language prefers it', async () => {
    const item = (await items('en-US,en;q=0.9,zh;q=0.5')).find((i) => i.id === logId)!;
    expect(item.category_i18n).toBe('WeChat');
    expect(item.category_display).toBe('微信');
  });
});
