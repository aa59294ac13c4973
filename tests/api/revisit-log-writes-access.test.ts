import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataScope } from '../../src/domain/visibility.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOW = Date.UTC(2026, 2, 10, 2, 0);
const auth = (token: string) => ({ authorization: `Token token=${token}` });

type Viewer = 'author' | 'selfSameDept' | 'deptSame' | 'deptParent' | 'belowParent' | 'belowOther' | 'all' | 'mentioned' | 'otherTenant';
// What each viewer gets for GET, PUT and DELETE on a follow-up written by a self-scope user of department A1
// (tree: root → A → A1, root → B), which mentions `mentioned` (self scope, department B).
const MATRIX: Record<Viewer, { read: number; write: number }> = {
  author: { read: 0, write: 0 },
  selfSameDept: { read: 100100, write: 100100 },
  deptSame: { read: 0, write: 0 },
  deptParent: { read: 100100, write: 100100 },
  belowParent: { read: 0, write: 0 },
  belowOther: { read: 100100, write: 100100 },
  all: { read: 0, write: 0 },
  mentioned: { read: 0, write: 100403 },
  otherTenant: { read: 100100, write: 100100 },
};

describeEachDialect('follow-up access', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let author: UserRow;
  let customerId: number;
  const tokens = {} as Record<Viewer, string>;
  const users = {} as Record<Viewer, UserRow>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    org = await f.org();
    const a = await f.department(org);
    const a1 = await f.department(org, a);
    const b = await f.department(org);
    const other = await f.org();
    const make = async (v: Viewer, scope: DataScope, department = org.rootDepartment, inOrg = org) => {
      users[v] = await f.user(inOrg, { scope, department, admin: inOrg === other });
      tokens[v] = await f.token(users[v]);
    };
    await make('author', 'self', a1);
    await make('selfSameDept', 'self', a1);
    await make('deptSame', 'department', a1);
    await make('deptParent', 'department', a);
    await make('belowParent', 'department_and_below', a);
    await make('belowOther', 'department_and_below', b);
    await make('all', 'all');
    await make('mentioned', 'self', b);
    await make('otherTenant', 'all', other.rootDepartment, other);
    author = users.author;
    customerId = await f.customer(org, author);
  });
  afterAll(() => t.close());

  async function create(extra: object = {}) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: auth(tokens.author),
      payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content: '原文', ...extra }, at_user_ids: [users.mentioned.id] },
    });
    expect(res.json().code).toBe(0);
    return res.json().data.id as number;
  }
  const stored = (id: number) => t.ctx.database.db.selectFrom('revisit_logs').select(['content', 'deleted_at']).where('id', '=', id).executeTakeFirstOrThrow();

  describe.each(Object.keys(MATRIX) as Viewer[])('%s', (viewer) => {
    const expected = MATRIX[viewer];

    it(`reads → ${expected.read}, updates → ${expected.write}, deletes → ${expected.write}`, async () => {
      const id = await create();
      const token = tokens[viewer];
      const show = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: auth(token) });
      expect(show.json().code).toBe(expected.read);
      const comments = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(token) });
      expect(comments.json().code).toBe(expected.read);

      const put = await t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${id}`, headers: auth(token), payload: { revisit_log: { content: '改了' } } });
      expect(put.json().code).toBe(expected.write);
      expect((await stored(id)).content).toBe(expected.write === 0 ? '改了' : '原文');

      const del = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}`, headers: auth(token) });
      expect(del.json().code).toBe(expected.write);
      expect((await stored(id)).deleted_at).toBe(expected.write === 0 ? NOW : null);
    });
  });

  it('answers a missing id exactly like an invisible one', async () => {
    const id = await create();
    const invisible = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: auth(tokens.belowOther) });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/99999999', headers: auth(tokens.belowOther) });
    expect(invisible.body).toBe(missing.body);
  });

  it('keeps drafts private to their author', async () => {
    const id = await create({ is_draft: '1' });
    expect((await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: auth(tokens.author) })).json().code).toBe(0);
    for (const v of ['all', 'deptSame', 'mentioned'] as const) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: auth(tokens[v]) })).json().code).toBe(100100);
    }
  });

  describe('@mentions', () => {
    const atMe = async (viewer: Viewer) => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?at_me=1&date=all&per_page=200', headers: auth(tokens[viewer]) });
      return (res.json().data.revisit_logs as { id: number }[]).map((r) => r.id);
    };

    it('shows the follow-up to the mentioned user outside the scope, and to nobody else outside it', async () => {
      const id = await create();
      expect(await atMe('mentioned')).toContain(id);
      expect(await atMe('belowOther')).not.toContain(id);
      expect(await atMe('selfSameDept')).not.toContain(id);
      const plain = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all&per_page=200', headers: auth(tokens.mentioned) });
      expect((plain.json().data.revisit_logs as { id: number }[]).map((r) => r.id)).not.toContain(id);
    });

    it('lets the mentioned user read and join the comments; others outside the scope cannot', async () => {
      const id = await create();
      const posted = await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(tokens.mentioned), payload: { content: '收到' } });
      expect(posted.json().code).toBe(0);
      const listed = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(tokens.mentioned) });
      expect(listed.json().data.comments.map((c: { content: string }) => c.content)).toEqual(['收到']);
      const item = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/${id}`, headers: auth(tokens.mentioned) });
      expect(item.json().data.comments_count).toBe(1);
      for (const v of ['belowOther', 'selfSameDept', 'otherTenant'] as const) {
        const denied = await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${id}/comments`, headers: auth(tokens[v]), payload: { content: '偷看' } });
        expect(denied.json().code).toBe(100100);
      }
    });
  });
});
