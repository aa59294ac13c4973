import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { TestApp } from '../support/test-app.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function get(app: FastifyInstance, token: string, url: string): Promise<Json> {
  const res = await app.inject({ method: 'GET', url, headers: { authorization: `Token token=${token}` } });
  const body = res.json() as Json;
  if (body.code !== 0) throw new Error(`${url}: ${JSON.stringify(body)}`);
  return body.data as Json;
}

export async function loginAnswer(app: FastifyInstance, login: string, password: string, corpId: string): Promise<Json> {
  return (await app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login, password, corp_id: corpId } })).json() as Json;
}

const names = (list: Json[]) => list.map((x) => x.name as string).sort();

/**
 * Everything an import must carry of a follow-up, as the API shows it (ids aside): compared between the
 * source and the target, sorted by content (unique in the test data).
 */
export async function followUpView(app: FastifyInstance, token: string): Promise<Json[]> {
  const data = await get(app, token, '/api/v2/revisit_logs/new_index?date=all&per_page=200');
  const items = (data.revisit_logs as Json[]).filter((i) => i.is_draft === 0);
  const out: Json[] = [];
  for (const i of items) {
    const comments = (await get(app, token, `/api/v2/revisit_logs/${i.id}/comments?per_page=200`)).comments as Json[];
    const files = [...i.attachment_files, ...i.image_attachments, ...i.audios] as Json[];
    out.push({
      content: i.content,
      real_revisit_at: i.real_revisit_at,
      created_at: i.created_at,
      timestamp: i.timestamp,
      author_login: i.user.phone,
      author: i.user.name,
      department: i.user.department_name,
      loggable_type: i.loggable_type,
      loggable: i.loggable.name,
      category: i.category_display,
      address: i.address,
      raw_remind_at: i.raw_remind_at,
      activity_type: i.activity_type,
      at_users: names(i.at_users as Json[]),
      contacts: names(i.contacts as Json[]),
      comments_count: i.comments_count,
      comments: comments.map((c) => ({ content: c.content, user_name: c.user_name, created_at: c.created_at })),
      files: files
        .map((a) => ({ name: a.name, size: a.file_file_size, type: a.file_content_type, sub_type: a.sub_type, note: a.note, upload_time: a.upload_time }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    });
  }
  return out.sort((a, b) => String(a.content).localeCompare(String(b.content)));
}

/** Entities with their follow-up counters, per kind, sorted by name. */
export async function entityView(app: FastifyInstance, token: string): Promise<Json> {
  const out: Json = {};
  for (const plural of ['customers', 'leads', 'contacts', 'opportunities', 'contracts']) {
    const list = (await get(app, token, `/api/v2/${plural}?per_page=200`))[plural] as Json[];
    out[plural] = list
      .map((e) => ({ name: e.name, owner: e.user_name, created_at: e.created_at, updated_at: e.updated_at, real_revisit_at: e.real_revisit_at, revisit_logs_count: e.revisit_logs_count, customer: e.customer_name ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return out;
}

export async function userView(app: FastifyInstance, token: string, ids: number[]): Promise<Json[]> {
  const out = [];
  for (const id of ids) {
    const u = await get(app, token, `/api/v2/user/${id}`);
    out.push({ name: u.name, phone: u.phone, department: u.department_name, role: u.role, scope: u.role_json.entity_grant_scope, disabled: u.disabled });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** sha256 of the stored bytes of every attachment of an organization, by name. */
export async function storedHashes(t: TestApp, organizationId: number): Promise<Map<string, string>> {
  const rows = await t.ctx.database.db.selectFrom('attachments').select(['name', 'storage_key']).where('organization_id', '=', organizationId).execute();
  const out = new Map<string, string>();
  for (const row of rows) {
    const stream = await t.ctx.storage.get(row.storage_key);
    const hash = createHash('sha256');
    for await (const chunk of stream!) hash.update(chunk as Buffer);
    out.set(row.name, hash.digest('hex'));
  }
  return out;
}

export async function rowCounts(t: TestApp, organizationId: number): Promise<Json> {
  const db = t.ctx.database.db;
  const n = async (table: 'revisit_logs' | 'revisit_log_comments' | 'attachments' | 'users' | 'customers' | 'leads' | 'contacts' | 'opportunities' | 'contracts' | 'departments' | 'field_options' | 'roles' | 'revisit_log_changes' | 'pending_reminders' | 'revisit_log_at_users' | 'revisit_log_contacts' | 'outbox_events') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow()).n);
  const out: Json = {};
  for (const table of ['revisit_logs', 'revisit_log_comments', 'attachments', 'users', 'customers', 'leads', 'contacts', 'opportunities', 'contracts', 'departments', 'field_options', 'roles', 'revisit_log_changes', 'pending_reminders', 'revisit_log_at_users', 'revisit_log_contacts', 'outbox_events'] as const) {
    out[table] = await n(table);
  }
  return out;
}
