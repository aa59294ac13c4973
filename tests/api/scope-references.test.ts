import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataScope } from '../../src/domain/visibility.ts';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Scope inside one organization (issue 10, items 1, 2, 12, 14): an attachment is readable exactly by those
 * who may read its follow-up; what a write references obeys the visibility of reads; deleting another's
 * comment needs an administrator of scope `all`; only the uploader attaches a fresh upload; only the
 * author sets is_draft.
 */
const NOW = Date.UTC(2026, 5, 1, 2, 0);
const MISSING = 987_654_321;
const auth = (token: string) => ({ authorization: `Token token=${token}` });
const NOT_FOUND = { code: 100100, message: '您没有权限查看该对象或该对象不存在。', error: 'active_record/record_not_found' };
const FORBIDDEN = { code: 100403, message: '您没有权限进行此操作', error: 'permission_denied' };

type Who = 'author' | 'colleague' | 'manager' | 'otherManager' | 'deptAdmin' | 'admin' | 'mentioned';

describeEachDialect('scope of attachments, references and comments', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let deptA: DepartmentRow;
  const users = {} as Record<Who, UserRow>;
  const tokens = {} as Record<Who, string>;
  let customer: number;
  let othersContact: number;
  let ownContact: number;
  let lead: number;
  let orgContact: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    const w = writeFactories(t.ctx);
    org = await f.org();
    deptA = await f.department(org);
    const deptB = await f.department(org);
    const make = async (who: Who, scope: DataScope, department: DepartmentRow, admin = false) => {
      users[who] = await f.user(org, { scope, department, admin });
      tokens[who] = await f.token(users[who]);
    };
    await make('author', 'self', deptA);
    await make('colleague', 'self', deptA);
    await make('manager', 'department', deptA);
    await make('otherManager', 'department', deptB);
    await make('deptAdmin', 'department', deptA, true);
    await make('admin', 'all', org.rootDepartment, true);
    await make('mentioned', 'self', deptB);
    customer = await f.customer(org, users.author);
    // A contact of the author's own customer that someone else owns: invisible to the author (self scope).
    othersContact = await w.contact(org, users.colleague, customer, '别人的联系人');
    ownContact = await w.contact(org, users.author, customer, '自己的联系人');
    lead = await f.lead(org, users.author);
    orgContact = await w.contact(org, users.otherManager, await f.customer(org, users.otherManager), '外部门联系人');
  });
  afterAll(() => t.close());

  const call = (who: Who, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: auth(tokens[who]), ...(payload ? { payload } : {}) }).then((r) => r.json());

  async function followUp(extra: object = {}, revisitLog: object = {}): Promise<number> {
    const answer = await call('author', 'POST', '/api/v2/revisit_logs', {
      revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: '跟进', ...revisitLog },
      ...extra,
    });
    expect(answer.code, JSON.stringify(answer)).toBe(0);
    return answer.data.id as number;
  }
  const upload = (who: Who = 'author') => writeFactories(t.ctx).upload(org, users[who]);

  /** Everything a rejected write could have touched, in full. */
  async function snapshot(): Promise<string> {
    const db = t.ctx.database.db;
    const out: Record<string, unknown[]> = {};
    for (const table of ['revisit_logs', 'attachments', 'revisit_log_contacts', 'revisit_log_at_users', 'revisit_log_comments', 'customers'] as const) {
      out[table] = await db.selectFrom(table).selectAll().orderBy('id').execute();
    }
    return JSON.stringify(out);
  }

  describe('GET /api/v2/attachments/:id', () => {
    const expectations: Array<[string, Record<Who, number>]> = [
      ['an attachment of a published follow-up', { author: 0, colleague: 100100, manager: 0, otherManager: 100100, deptAdmin: 0, admin: 0, mentioned: 0 }],
      ['an attachment of a draft', { author: 0, colleague: 100100, manager: 100100, otherManager: 100100, deptAdmin: 100100, admin: 100100, mentioned: 100100 }],
      ['an unattached upload', { author: 0, colleague: 100100, manager: 100100, otherManager: 100100, deptAdmin: 100100, admin: 100100, mentioned: 100100 }],
      ['an attachment of a deleted follow-up', { author: 100100, colleague: 100100, manager: 100100, otherManager: 100100, deptAdmin: 100100, admin: 100100, mentioned: 100100 }],
    ];
    let ids: number[] = [];
    beforeAll(async () => {
      const published = await upload();
      await followUp({ attachment_ids: [published], at_user_ids: [users.mentioned.id] });
      const drafted = await upload();
      await followUp({ attachment_ids: [drafted], at_user_ids: [users.mentioned.id] }, { is_draft: true });
      const loose = await upload();
      const deleted = await upload();
      const gone = await followUp({ attachment_ids: [deleted] });
      expect((await call('author', 'DELETE', `/api/v2/revisit_logs/${gone}`)).code).toBe(0);
      ids = [published, drafted, loose, deleted];
    });

    it.each(expectations.map(([name, expected], index) => ({ name, expected, index })))('$name', async ({ expected, index }) => {
      const missing = await call('author', 'GET', `/api/v2/attachments/${MISSING}`);
      expect(missing).toEqual(NOT_FOUND);
      const seen: Record<string, number> = {};
      for (const who of Object.keys(expected) as Who[]) {
        const answer = await call(who, 'GET', `/api/v2/attachments/${ids[index]}`);
        seen[who] = answer.code;
        if (answer.code === 0) expect(answer.data.id).toBe(ids[index]);
        else expect(answer).toEqual(NOT_FOUND);
      }
      expect(seen).toEqual(expected);
    });
  });

  describe('references in follow-up writes', () => {
    it("rejects another owner's contact of the author's own customer, and changes nothing", async () => {
      const before = await snapshot();
      const answer = await call('author', 'POST', '/api/v2/revisit_logs', {
        revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: '跟进' },
        contacts_ids: [ownContact, othersContact],
      });
      expect(answer.code).toBe(100406);
      expect(answer.message).toContain('contacts_ids[]');
      expect(JSON.stringify(answer)).not.toContain('别人的联系人');
      expect(await snapshot()).toBe(before);
    });

    it('answers an invisible contact exactly like a missing one', async () => {
      const body = (id: number) => ({ revisit_log: { loggable_type: 'Lead', loggable_id: lead, content: '跟进' }, contacts_ids: [id] });
      const invisible = await call('author', 'POST', '/api/v2/revisit_logs', body(orgContact));
      expect(invisible).toEqual(await call('author', 'POST', '/api/v2/revisit_logs', body(MISSING)));
      expect(invisible.code).toBe(100406);
    });

    it('accepts visible contacts, and keeps a contact already linked that the editor cannot see', async () => {
      const id = await followUp({ contacts_ids: [ownContact] });
      const shown = await call('author', 'GET', `/api/v2/revisit_logs/${id}`);
      expect(shown.data.contacts.map((c: { id: number }) => c.id)).toEqual([ownContact]);
      // The manager sees the follow-up and the contact; the author's contact stays linked on their edit.
      const edited = await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { content: '改' }, contacts_ids: [ownContact, othersContact] });
      expect(edited.code).toBe(0);
      // The author may resend the list including a contact they cannot see, since it is already linked.
      const resent = await call('author', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { content: '再改' }, contacts_ids: [ownContact, othersContact] });
      expect(resent.code).toBe(0);
      expect(resent.data.contacts.map((c: { id: number }) => c.id).sort()).toEqual([othersContact, ownContact].sort());
    });

    it("rejects another user's fresh upload (only the uploader attaches it), and changes nothing", async () => {
      const theirs = await upload('colleague');
      const before = await snapshot();
      for (const field of ['attachment_ids', 'attachment_file_ids', 'audio_ids']) {
        const answer = await call('author', 'POST', '/api/v2/revisit_logs', {
          revisit_log: { loggable_type: 'Customer', loggable_id: customer, content: '跟进' },
          [field]: [theirs],
        });
        expect(answer.code, field).toBe(100406);
        expect(answer.message).toContain(`${field}[]`);
      }
      const id = await followUp();
      const mid = await snapshot();
      const update = await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { attachment_ids: [theirs] });
      expect(update.code).toBe(100406);
      expect(await snapshot()).toBe(mid);
      expect(before).not.toBe(mid);
      const mine = await call('colleague', 'POST', '/api/v2/revisit_logs', {
        revisit_log: { loggable_type: 'Lead', loggable_id: await factories(t.ctx).lead(org, users.colleague), content: '跟进' },
        attachment_ids: [theirs],
      });
      expect(mine.code).toBe(0);
      expect(mine.data.image_attachments.map((a: { id: number }) => a.id)).toEqual([theirs]);
    });

    it("changes an entity's status through a follow-up only when the editor can see the entity", async () => {
      const f = factories(t.ctx);
      // The author's follow-up stays on a customer that now belongs to someone outside the manager's department.
      const elsewhere = await f.customer(org, users.otherManager, '外部门客户');
      const [id] = await f.revisitLogs(org, users.author, { type: 'Customer', id: elsewhere }, [NOW - 1000]);
      const [status] = await f.options(org, 'customer.status');
      const before = await snapshot();
      const answer = await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { content: '改', loggable_attributes: { status: String(status!.id) } } });
      expect(answer.code).toBe(100406);
      expect(answer.message).toContain('revisit_log[loggable_attributes][status]');
      expect(await snapshot()).toBe(before);
      // The follow-up itself is the manager's to edit; the entity's owner may set its status.
      expect((await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { content: '改' } })).code).toBe(0);
      expect((await call('otherManager', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { loggable_attributes: { status: String(status!.id) } } })).code).toBe(100100);
      const byAuthor = await call('author', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { loggable_attributes: { status: String(status!.id) } } });
      expect(byAuthor.code).toBe(100406);
    });

    it('lets a manager keep and move the author’s attachments on an edit', async () => {
      const photo = await upload();
      const id = await followUp({ attachment_ids: [photo] });
      const moved = await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { attachment_file_ids: [photo], attachment_ids: [] });
      expect(moved.code).toBe(0);
      expect(moved.data.attachment_files.map((a: { id: number }) => a.id)).toEqual([photo]);
    });
  });

  describe('is_draft', () => {
    it('may be set only by the author', async () => {
      const id = await followUp();
      const before = await snapshot();
      const byManager = await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { is_draft: true } });
      expect(byManager).toEqual({ ...FORBIDDEN, message: expect.stringContaining('is_draft') });
      expect(await snapshot()).toBe(before);
      // Sending the value it already has is no change, so clients that echo every field still work.
      expect((await call('manager', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { is_draft: false, content: '改' } })).code).toBe(0);
      const byAuthor = await call('author', 'PUT', `/api/v2/revisit_logs/${id}`, { revisit_log: { is_draft: true } });
      expect(byAuthor.code).toBe(0);
      expect(await call('manager', 'GET', `/api/v2/revisit_logs/${id}`)).toEqual(NOT_FOUND);
    });
  });

  describe('DELETE /api/v2/revisit_logs/:id/comments/:comment_id', () => {
    async function comment(who: Who, logId: number): Promise<number> {
      const answer = await call(who, 'POST', `/api/v2/revisit_logs/${logId}/comments`, { content: `${who} 的评论` });
      expect(answer.code).toBe(0);
      return answer.data.id as number;
    }
    const liveComments = (logId: number) =>
      t.ctx.database.db.selectFrom('revisit_log_comments').select('id').where('revisit_log_id', '=', logId).where('deleted_at', 'is', null).orderBy('id').execute();

    it("needs scope all to delete another's comment; its author may always", async () => {
      const id = await followUp();
      const byAuthor = await comment('author', id);
      const byManager = await comment('manager', id);
      const before = await snapshot();
      expect(await call('deptAdmin', 'DELETE', `/api/v2/revisit_logs/${id}/comments/${byAuthor}`)).toEqual(FORBIDDEN);
      expect(await call('manager', 'DELETE', `/api/v2/revisit_logs/${id}/comments/${byAuthor}`)).toEqual(FORBIDDEN);
      expect(await snapshot()).toBe(before);
      expect(await call('manager', 'DELETE', `/api/v2/revisit_logs/${id}/comments/${byManager}`)).toEqual({ code: 0, data: { id: byManager } });
      expect(await call('admin', 'DELETE', `/api/v2/revisit_logs/${id}/comments/${byAuthor}`)).toEqual({ code: 0, data: { id: byAuthor } });
      expect(await liveComments(id)).toEqual([]);
    });
  });
});
