import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient, type GenjinClient } from '../../src/client/index.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createListeningApp, type ListeningApp } from '../support/listening-app.ts';
import { sampleFiles } from '../support/sample-files.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 2, 0, 0);
type Plural = 'customers' | 'leads' | 'contacts' | 'opportunities' | 'contracts';
const SINGULAR: Record<Plural, string> = { customers: 'customer', leads: 'lead', contacts: 'contact', opportunities: 'opportunity', contracts: 'contract' };

describeEachDialect('genjin/client: directory, entities, options and files over HTTP', (dialect) => {
  let t: ListeningApp;
  let org: TestOrg;
  let admin: UserRow;
  let users: UserRow[];
  let token: string;
  let client: GenjinClient;
  let customerId: number;
  /** Per entity type, ids newest-updated first (the lists' default order). */
  const entityIds = {} as Record<Plural, number[]>;

  beforeAll(async () => {
    t = await createListeningApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    org = await f.org();
    const sales = await f.department(org, org.rootDepartment, '销售部');
    admin = await f.user(org, { scope: 'all', admin: true, name: '管理员甲' });
    users = [admin];
    for (let i = 0; i < 4; i++) users.push(await f.user(org, { department: sales, name: `销售${i}` }));
    token = await f.token(admin);
    customerId = await f.entity(org, admin, 'customers', { label: '基准客户', updatedAt: NOW - 10 * DAY });
    for (const plural of ['customers', 'leads', 'contacts', 'opportunities', 'contracts'] as const) {
      const ids: number[] = [];
      for (let i = 1; i <= 3; i++) ids.push(await f.entity(org, admin, plural, { customerId, label: `${SINGULAR[plural]}-${i}`, updatedAt: NOW - i * DAY }));
      entityIds[plural] = plural === 'customers' ? [...ids, customerId] : ids;
    }
    client = createClient({ baseUrl: t.baseUrl, token });
  });
  afterAll(() => t.close());

  it('lists users page by page and walks them all', async () => {
    const page = await client.users.list({ per_page: 2, sort: 'id', order: 'asc' });
    expect(page).toEqual((await t.wire('GET', '/api/v2/user/list?per_page=2&sort=id&order=asc', token)).data);
    // The organization's own admin (made with it) plus the five made here.
    expect([page.total_count, page.has_next_page, page.users.length]).toEqual([users.length + 1, true, 2]);
    const everyone: number[] = [];
    for await (const user of client.users.all({ per_page: 2, sort: 'id', order: 'asc' })) everyone.push(user.id);
    expect(everyone).toHaveLength(page.total_count);
    expect(everyone).toEqual([...everyone].sort((a, b) => a - b));
    expect(everyone).toEqual(expect.arrayContaining(users.map((u) => u.id)));
    const named = await client.users.list({ user_id: [users[1]!.id, users[2]!.id], sort: 'id', order: 'asc' });
    expect(named.users.map((u) => u.name)).toEqual(['销售0', '销售1']);
    expect(await client.users.get(users[3]!.id)).toEqual((await t.wire('GET', `/api/v2/user/${users[3]!.id}`, token)).data);
    expect((await client.users.info()).id).toBe(admin.id);
    expect(await client.users.simpleList()).toEqual((await t.wire('GET', '/api/v2/user/simple_list', token)).data);
  });

  it('lists departments', async () => {
    const departments = await client.departments.list();
    expect(departments).toEqual((await t.wire('GET', '/api/v2/user/department_list', token)).data);
    expect(departments.options.map((d) => d.name)).toEqual(expect.arrayContaining(['销售部']));
  });

  for (const plural of ['customers', 'leads', 'contacts', 'opportunities', 'contracts'] as const) {
    it(`reads ${plural}: a page, every page in order, one item`, async () => {
      const resource = client[plural];
      const page = await resource.list({ per_page: 2 });
      expect(page).toEqual((await t.wire('GET', `/api/v2/${plural}?per_page=2`, token)).data);
      const items = (page as unknown as Record<string, { id: number }[]>)[plural]!;
      expect(items.map((item) => item.id)).toEqual(entityIds[plural].slice(0, 2));
      const walked: number[] = [];
      for await (const item of resource.all({ per_page: 2 })) walked.push(item.id);
      expect(walked).toEqual(entityIds[plural]);
      expect(walked).toHaveLength(page.total_count);
      const id = entityIds[plural][0]!;
      expect(await resource.get(id)).toEqual((await t.wire('GET', `/api/v2/${plural}/${id}`, token)).data);
    });
  }

  it('writes a customer and finds it as a duplicate', async () => {
    const created = await client.customers.create({ name: '客户端新客户' });
    expect([created.name, created.user_id]).toEqual(['客户端新客户', admin.id]);
    const updated = await client.customers.update(created.id, { name: '客户端改名客户' });
    expect([updated.id, updated.name]).toEqual([created.id, '客户端改名客户']);
    const duplicates = await client.customers.searchDuplicates({ name: '改名' });
    expect(duplicates.customers.map((c) => c.id)).toEqual([created.id]);
    expect(await client.customers.remove(created.id)).toEqual({ id: created.id });
    await expect(client.customers.get(created.id)).rejects.toMatchObject({ code: 100100 });
  });

  it('reads option sets and custom field groups', async () => {
    for (const entity of ['revisit_log', 'lead', 'customer', 'opportunity', 'contract'] as const) {
      expect(await client.fieldMaps.get(entity)).toEqual((await t.wire('GET', `/api/v2/field_maps/${entity}`, token)).data);
    }
    const categories = await client.fieldMaps.get('revisit_log');
    expect(categories.entity).toBe('revisit_log');
    expect(categories.field_values.map((v) => v.id)).toEqual((await factories(t.ctx).categories(org)).map((o) => String(o.id)));
    expect(await client.customFields.byGroup('customer')).toEqual((await t.wire('GET', '/api/v2/custom_fields/customer/by_group', token)).data);
  });

  it('uploads a file, links it to a follow-up and downloads it from its signed link', async () => {
    const pdf = sampleFiles.pdf();
    const uploaded = await client.attachments.upload({ file: new Uint8Array(pdf), fileName: '报价单.pdf', contentType: 'application/pdf', sub_type: 'file' });
    expect([uploaded.name, uploaded.file_content_type, uploaded.file_file_size, uploaded.sub_type]).toEqual(['报价单.pdf', 'application/pdf', pdf.length, 'file']);
    expect(await client.attachments.get(uploaded.id)).toEqual((await t.wire('GET', `/api/v2/attachments/${uploaded.id}`, token)).data);
    const log = await client.revisitLogs.create({ loggable_type: 'customer', loggable_id: customerId, content: '附件跟进' }, { attachment_file_ids: [uploaded.id] });
    expect(log.attachment_files.map((a) => a.id)).toEqual([uploaded.id]);
    const url = log.attachment_files[0]!.download_url;
    expect(url.startsWith(`${t.baseUrl}/files/`)).toBe(true);
    const file = await client.download(url);
    expect([Buffer.from(file.bytes).equals(pdf), file.contentType, file.fileName]).toEqual([true, 'application/pdf', '报价单.pdf']);
    const relative = await client.download(url.slice(t.baseUrl.length));
    expect(Buffer.from(relative.bytes).equals(pdf)).toBe(true);
    await expect(client.download(`${url}x`)).rejects.toMatchObject({ status: 403 });
  });
});
