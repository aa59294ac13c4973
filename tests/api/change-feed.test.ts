import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 2026-03-10 10:00:07 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0, 7);
const auth = (token: string) => ({ authorization: `Token token=${token}, device=open_api, version_code=9.9.9` });

interface Change {
  change_id: number;
  action: string;
  id: number;
  changed_at: string;
  revisit_log: { id: number; content: string } | null;
}

describeEachDialect('change feed', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let admin: UserRow;
  let tokens: { admin: string; seller: string; manager: string; outsider: string; adminApi: string };
  let seller: UserRow;
  let customerId: number;
  let salesDept: { id: number };
  let otherDept: { id: number };

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    org = await f.org();
    const sales = await f.department(org);
    const other = await f.department(org);
    salesDept = sales;
    otherDept = other;
    admin = await f.user(org, { scope: 'all', admin: true, name: '管理员' });
    seller = await f.user(org, { department: sales, name: '销售' });
    const manager = await f.user(org, { department: sales, scope: 'department', name: '经理' });
    const outsider = await f.user(org, { department: other, scope: 'self', name: '外人' });
    tokens = {
      admin: await f.token(admin),
      seller: await f.token(seller),
      manager: await f.token(manager),
      outsider: await f.token(outsider),
      adminApi: await f.token(admin),
    };
    customerId = await f.customer(org, seller, '变更客户');
  });
  afterAll(() => t.close());

  const feed = async (token: string, query = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/changes${query}`, headers: auth(token) });
    return res.json() as { code: number; data: { changes: Change[]; next_cursor: string; has_more: boolean }; error?: string };
  };
  const create = async (token: string, content: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: auth(token),
      payload: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content } },
    });
    const body = res.json();
    expect(body.code).toBe(0);
    return body.data as { id: number; content: string };
  };
  const update = async (token: string, id: number, content: string) => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/v2/revisit_logs/${id}`, headers: auth(token), payload: { revisit_log: { content } } });
    expect(res.json().code).toBe(0);
  };
  const remove = async (token: string, id: number) => {
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v2/revisit_logs/${id}`, headers: auth(token) });
    expect(res.json().code).toBe(0);
  };
  /** Reads every page after a cursor; returns the changes and the last cursor. */
  const drain = async (token: string, cursor: string | undefined, perPage = 2) => {
    const all: Change[] = [];
    let next = cursor;
    for (let guard = 0; guard < 10_000; guard++) {
      const page = await feed(token, `?per_page=${perPage}${next ? `&cursor=${next}` : ''}`);
      expect(page.code).toBe(0);
      all.push(...page.data.changes);
      next = page.data.next_cursor;
      if (!page.data.has_more) break;
    }
    return { changes: all, cursor: next! };
  };

  it('starts empty with a cursor, then shows each follow-up once at its latest state, in change order', async () => {
    const empty = await feed(tokens.admin);
    expect(empty).toEqual({ code: 0, data: { changes: [], next_cursor: expect.any(String), has_more: false } });
    const start = empty.data.next_cursor;

    const a = await create(tokens.seller, '第一次');
    const b = await create(tokens.seller, '第二次');
    t.clock.now = NOW + 65_000;
    await update(tokens.seller, a.id, '第一次（改）');
    await remove(tokens.seller, b.id);
    const c = await create(tokens.seller, '建了又删');
    await remove(tokens.seller, c.id);

    const listed = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all', headers: auth(tokens.admin) });
    const itemA = (listed.json().data.revisit_logs as { id: number }[]).find((i) => i.id === a.id);

    const { changes, cursor } = await drain(tokens.admin, start);
    expect(changes).toEqual([
      { change_id: 3, action: 'updated', id: a.id, changed_at: '2026-03-10 10:01:12', revisit_log: itemA },
      { change_id: 4, action: 'deleted', id: b.id, changed_at: '2026-03-10 10:01:12', revisit_log: null },
      { change_id: 6, action: 'deleted', id: c.id, changed_at: '2026-03-10 10:01:12', revisit_log: null },
    ]);
    expect(typeof changes[0]!.change_id).toBe('number');

    // Nothing new: the same position comes back, to be stored as well.
    const again = await feed(tokens.admin, `?cursor=${cursor}`);
    expect(again.data.changes).toEqual([]);
    expect(again.data.has_more).toBe(false);

    // A comment is a change of its follow-up.
    const comment = await t.app.inject({ method: 'POST', url: `/api/v2/revisit_logs/${a.id}/comments`, headers: auth(tokens.admin), payload: { content: '收到' } });
    expect(comment.json().code).toBe(0);
    const after = await feed(tokens.admin, `?cursor=${again.data.next_cursor}`);
    expect(after.data.changes.map((ch) => [ch.change_id, ch.action, ch.id])).toEqual([[7, 'updated', a.id]]);
    expect((after.data.changes[0]!.revisit_log as unknown as { comments_count: number }).comments_count).toBe(1);
  });

  it('pages with has_more and per_page, and refuses malformed cursors and page sizes with 100406', async () => {
    const first = await feed(tokens.admin, '?per_page=1');
    expect(first.data.changes).toHaveLength(1);
    expect(first.data.has_more).toBe(true);
    const second = await feed(tokens.admin, `?per_page=1&cursor=${first.data.next_cursor}`);
    expect(second.data.changes[0]!.change_id).toBeGreaterThan(first.data.changes[0]!.change_id);

    for (const bad of ['garbage!', 'eyJ4IjoxfQ', Buffer.from(JSON.stringify([1, -1, 0, 'x'])).toString('base64url'), Buffer.from('[2,1,1,"x"]').toString('base64url')]) {
      const res = await feed(tokens.admin, `?cursor=${encodeURIComponent(bad)}`);
      expect(res).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    }
    for (const bad of ['0', 'abc', '-3']) expect((await feed(tokens.admin, `?per_page=${bad}`)).code).toBe(100406);
    const capped = await feed(tokens.admin, '?per_page=100000');
    expect(capped.code).toBe(0);
  });

  it('honours the data scope: what the caller may not see is a tombstone, and a follow-up leaving the scope arrives as deleted', async () => {
    const own = await create(tokens.seller, '部门内的跟进');
    const outsiderView = await drain(tokens.outsider, undefined, 50);
    const seen = outsiderView.changes.find((ch) => ch.id === own.id)!;
    expect(seen).toMatchObject({ action: 'deleted', revisit_log: null });

    const managerView = await drain(tokens.manager, undefined, 50);
    expect(managerView.changes.find((ch) => ch.id === own.id)).toMatchObject({ action: 'created', revisit_log: { id: own.id, content: '部门内的跟进' } });

    // The author moves to another department: the manager's next read says deleted, for every follow-up of theirs.
    const moved = await t.app.inject({ method: 'PUT', url: `/api/v2/admin/users/${seller.id}`, headers: auth(tokens.adminApi), payload: { user: { department_id: otherDept.id } } });
    expect(moved.json().code).toBe(0);
    const afterMove = await drain(tokens.manager, managerView.cursor, 50);
    const ofSeller = afterMove.changes.filter((ch) => ch.id === own.id);
    expect(ofSeller).toEqual([expect.objectContaining({ action: 'deleted', revisit_log: null })]);
    // The admin sees the same follow-up updated (still visible), not deleted.
    const adminView = await drain(tokens.admin, undefined, 500);
    expect(adminView.changes.find((ch) => ch.id === own.id)).toMatchObject({ action: 'updated', revisit_log: { id: own.id } });

    const back = await t.app.inject({ method: 'PUT', url: `/api/v2/admin/users/${seller.id}`, headers: auth(tokens.adminApi), payload: { user: { department_id: salesDept.id } } });
    expect(back.json().code).toBe(0);
    const returned = await drain(tokens.manager, afterMove.cursor, 50);
    expect(returned.changes.find((ch) => ch.id === own.id)).toMatchObject({ action: 'updated', revisit_log: { id: own.id } });
  });

  it('drafts are the author’s: others get a tombstone until it is published', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: auth(tokens.seller),
      payload: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: '草稿', is_draft: 1 } },
    });
    const draft = res.json().data as { id: number };
    const adminCursor = (await feed(tokens.admin, '?per_page=500')).data.next_cursor;
    const mine = await drain(tokens.seller, undefined, 500);
    expect(mine.changes.find((ch) => ch.id === draft.id)).toMatchObject({ action: 'created', revisit_log: { id: draft.id } });
    const theirs = await drain(tokens.admin, undefined, 500);
    expect(theirs.changes.find((ch) => ch.id === draft.id)).toMatchObject({ action: 'deleted', revisit_log: null });
    expect((await feed(tokens.admin, `?cursor=${adminCursor}`)).data.changes).toEqual([]);
  });

  describe('concurrent writers', () => {
    it('the union of the pages read while others write equals the set of writes, each change once, in increasing order', async () => {
      const start = (await feed(tokens.admin, '?per_page=500')).data.next_cursor;
      const writers = Array.from({ length: 6 }, (_, w) =>
        (async () => {
          const written: { id: number; content: string; deleted: boolean }[] = [];
          for (let i = 0; i < 8; i++) {
            const made = await create(tokens.seller, `写者${w}-${i}`);
            const entry = { id: made.id, content: made.content, deleted: false };
            written.push(entry);
            if (i % 3 === 1) {
              await update(tokens.seller, made.id, `写者${w}-${i}-改`);
              entry.content = `写者${w}-${i}-改`;
            }
            if (i % 4 === 3) {
              await remove(tokens.seller, made.id);
              entry.deleted = true;
            }
          }
          return written;
        })(),
      );
      let done = false;
      const seen: Change[] = [];
      const reader = (async () => {
        let cursor = start;
        // Keeps reading while the writers run, then once more after they finished.
        for (let last = false; ; ) {
          const page = await feed(tokens.admin, `?per_page=3&cursor=${cursor}`);
          expect(page.code).toBe(0);
          seen.push(...page.data.changes);
          cursor = page.data.next_cursor;
          if (last && !page.data.has_more) break;
          if (done) last = true;
          // A macrotask between reads, so the writers (and the test's timers) always get their turn.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const writes = await Promise.all(writers)
        .then((all) => all.flat())
        .finally(() => (done = true));
      await reader;

      const numbers = seen.map((ch) => ch.change_id);
      expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
      expect(new Set(numbers).size).toBe(numbers.length);
      const latest = new Map<number, Change>();
      for (const ch of seen) latest.set(ch.id, ch);
      expect([...latest.keys()].sort((x, y) => x - y)).toEqual(writes.map((w) => w.id).sort((x, y) => x - y));
      for (const w of writes) {
        const ch = latest.get(w.id)!;
        if (w.deleted) expect(ch).toMatchObject({ action: 'deleted', revisit_log: null });
        else expect(ch.revisit_log?.content).toBe(w.content);
      }
    });

    it.skipIf(dialect === 'sqlite')('a number taken by a transaction still open is neither visible nor passed: the next writer waits for it', async () => {
      const { recordRevisitLogChange } = await import('../../src/features/changes/record-changes.ts');
      const a = await create(tokens.seller, '慢事务');
      const b = await create(tokens.seller, '快事务');
      const start = (await feed(tokens.admin, '?per_page=500')).data.next_cursor;
      const db = t.ctx.database.db;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let firstNumbered!: () => void;
      const numbered = new Promise<void>((resolve) => (firstNumbered = resolve));
      const slow = db.transaction().execute(async (trx) => {
        await recordRevisitLogChange(trx, { organizationId: org.id, revisitLogId: a.id, action: 'updated', at: NOW });
        firstNumbered();
        await gate;
      });
      await numbered;
      let fastNumbered = false;
      const fast = db.transaction().execute(async (trx) => {
        await recordRevisitLogChange(trx, { organizationId: org.id, revisitLogId: b.id, action: 'updated', at: NOW });
        fastNumbered = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fastNumbered).toBe(false);
      const during = await feed(tokens.admin, `?cursor=${start}`);
      expect(during.data.changes).toEqual([]);
      release();
      await Promise.all([slow, fast]);
      const after = await feed(tokens.admin, `?cursor=${during.data.next_cursor}`);
      expect(after.data.changes.map((ch) => ch.id)).toEqual([a.id, b.id]);
      expect(after.data.changes[1]!.change_id).toBe(after.data.changes[0]!.change_id + 1);
    });
  });
});
