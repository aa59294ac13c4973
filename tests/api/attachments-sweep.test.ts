import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startAttachmentSweeper } from '../../src/features/attachments/attachment-sweeper.ts';
import { sweepUnattachedUploads } from '../../src/features/attachments/attachment-sweep.service.ts';
import { detachAttachments } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import { derivedKey } from '../../src/features/attachments/image-variants.ts';
import { insertEntities } from '../../src/features/entities/entities.repository.ts';
import { purgeDeletedRevisitLogs } from '../../src/features/revisit-logs/revisit-logs-purge.service.ts';
import {
  insertAtUsers,
  insertComments,
  insertRevisitLogContacts,
} from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1, 2, 0);

describeEachDialect('sweeping unattached uploads and purging deleted follow-ups', (dialect) => {
  let t: TestApp;
  let token: string;
  let org: TestOrg;
  let userId: number;
  let user: UserRow;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: T0 });
    const f = factories(t.ctx);
    org = await f.org();
    user = await f.user(org);
    userId = user.id;
    token = await f.token(user, 365 * DAY);
  });
  afterAll(() => t.close());

  const db = () => t.ctx.database.db;
  const upload = async (name = 'a.png') => {
    const body = multipart([{ name: 'file', filename: name, data: await sampleFiles.png() }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/attachments',
      headers: { ...body.headers, authorization: `Token token=${token}` },
      payload: body.payload,
    });
    const data = res.json().data as { id: number; preview_url: string };
    const row = await db().selectFrom('attachments').selectAll().where('id', '=', data.id).executeTakeFirstOrThrow();
    return { ...data, key: row.storage_key };
  };
  const exists = (key: string) => fs.existsSync(path.join(t.ctx.config.storageDir, key));
  const attachTo = (attachmentId: number, revisitLogId: number) =>
    db().updateTable('attachments').set({ attachmentable_type: 'RevisitLog', attachmentable_id: revisitLogId }).where('id', '=', attachmentId).execute();

  it('removes unattached uploads older than 24 h (row, bytes, derivatives) and nothing else', async () => {
    t.clock.now = T0;
    const old = await upload('old.png');
    await t.app.inject({ method: 'GET', url: new URL(old.preview_url).pathname + new URL(old.preview_url).search });
    expect(exists(derivedKey(old.key, 'preview'))).toBe(true);
    const attached = await upload('attached.png');
    const customer = await factories(t.ctx).customer(org, user);
    const [logId] = await factories(t.ctx).revisitLogs(org, user, { type: 'Customer', id: customer }, [T0]);
    await attachTo(attached.id, logId!);
    t.clock.now = T0 + 23 * HOUR;
    const young = await upload('young.png');

    t.clock.now = T0 + 24 * HOUR + 1;
    expect(await sweepUnattachedUploads(t.ctx)).toEqual({ removed: 1, files_failed: 0 });
    const left = await db().selectFrom('attachments').select('id').orderBy('id').execute();
    expect(left.map((r) => r.id)).toEqual([attached.id, young.id]);
    expect(exists(old.key)).toBe(false);
    expect(exists(derivedKey(old.key, 'preview'))).toBe(false);
    expect(exists(attached.key)).toBe(true);
    expect(exists(young.key)).toBe(true);
    expect(await sweepUnattachedUploads(t.ctx)).toEqual({ removed: 0, files_failed: 0 });
  });

  it('gives an attachment a follow-up let go of the full 24 h from when it was detached', async () => {
    t.clock.now = T0 + 10 * DAY;
    const photo = await upload('detached.png');
    const customer = await factories(t.ctx).customer(org, user);
    const [logId] = await factories(t.ctx).revisitLogs(org, user, { type: 'Customer', id: customer }, [t.clock.now]);
    await attachTo(photo.id, logId!);
    // Two days later an edit removes it from the follow-up.
    t.clock.now = T0 + 12 * DAY;
    await detachAttachments(db(), org.id, logId!, [photo.id], t.clock.now);
    t.clock.now = T0 + 12 * DAY + 23 * HOUR;
    await sweepUnattachedUploads(t.ctx);
    expect(exists(photo.key)).toBe(true);
    t.clock.now = T0 + 13 * DAY + 1;
    await sweepUnattachedUploads(t.ctx);
    expect(exists(photo.key)).toBe(false);
    expect(await db().selectFrom('attachments').select('id').where('id', '=', photo.id).executeTakeFirst()).toBeUndefined();
  });

  it('`genjin attachments sweep --json` runs the same sweep', async () => {
    await upload('for-the-cli.png');
    const unattached = await db().selectFrom('attachments').select('storage_key').where('attachmentable_id', 'is', null).execute();
    expect(unattached.length).toBeGreaterThan(0);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'attachments', 'sweep', '--json'], {
      env: { ...process.env, DATABASE_URL: t.database.url, STORAGE_DIR: t.ctx.config.storageDir, LOG_LEVEL: 'silent' },
    });
    // The CLI runs on the real clock, weeks after these uploads were "made": every unattached one goes.
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ removed: unattached.length, files_failed: 0 });
    expect(unattached.filter((u) => exists(u.storage_key))).toEqual([]);
  });

  it('the server\'s timer sweeps soon after start and then every interval, and stops cleanly', async () => {
    t.clock.now = T0 + 30 * DAY;
    const first = await upload('timer-1.png');
    const logged: object[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    try {
      const sweeper = startAttachmentSweeper(t.ctx, { info: (o) => logged.push(o), error: (o) => logged.push(o) });
      t.clock.now = T0 + 31 * DAY + 1;
      await vi.advanceTimersByTimeAsync(30_000);
      // The first sweep has finished (it logs when done), so the interval's sweep is not skipped as overlapping.
      await vi.waitUntil(() => logged.length === 1);
      expect(await db().selectFrom('attachments').select('id').where('id', '=', first.id).execute()).toEqual([]);
      const second = await upload('timer-2.png');
      t.clock.now += 25 * HOUR;
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      await sweeper.stop();
      expect(await db().selectFrom('attachments').select('id').where('id', '=', second.id).execute()).toEqual([]);
      expect(logged).toEqual([{ removed: 1, files_failed: 0 }, { removed: 1, files_failed: 0 }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('purges follow-ups soft-deleted more than N days ago with their links, attachments and bytes', async () => {
    const f = factories(t.ctx);
    const author = user;
    const customer = await f.customer(org, author);
    const other = await f.user(org);
    t.clock.now = T0;
    const [oldLog, recentLog, liveLog] = await f.revisitLogs(org, author, { type: 'Customer', id: customer }, [T0, T0, T0]);
    await db().updateTable('revisit_logs').set({ deleted_at: T0 }).where('id', '=', oldLog!).execute();
    await db().updateTable('revisit_logs').set({ deleted_at: T0 + 20 * DAY }).where('id', '=', recentLog!).execute();
    const [contactId] = await insertEntities(db(), 'contacts', [
      { organization_id: org.id, user_id: userId, customer_id: customer, name: '联系人', phone: null, approve_status: 'approved', real_revisit_at: null, created_at: T0, updated_at: T0, deleted_at: null },
    ]);
    for (const id of [oldLog!, recentLog!, liveLog!]) {
      const base = { organization_id: org.id, revisit_log_id: id, created_at: T0 };
      await insertAtUsers(db(), [{ ...base, user_id: other.id }]);
      await insertRevisitLogContacts(db(), [{ ...base, contact_id: contactId! }]);
      await insertComments(db(), [{ ...base, user_id: userId, content: '评论', deleted_at: null }]);
    }
    const oldFile = await upload('old-log.png');
    const recentFile = await upload('recent-log.png');
    await attachTo(oldFile.id, oldLog!);
    await attachTo(recentFile.id, recentLog!);

    t.clock.now = T0 + 31 * DAY;
    expect(await purgeDeletedRevisitLogs(t.ctx, { olderThanDays: 30 })).toEqual({ revisit_logs: 1, attachments: 1, files_failed: 0 });

    const logs = await db().selectFrom('revisit_logs').select('id').where('loggable_id', '=', customer).orderBy('id').execute();
    expect(logs.map((r) => r.id)).toEqual([recentLog, liveLog]);
    for (const table of ['revisit_log_at_users', 'revisit_log_contacts', 'revisit_log_comments'] as const) {
      const rows = await db().selectFrom(table).select('revisit_log_id').where('organization_id', '=', org.id).orderBy('revisit_log_id').execute();
      expect(rows.map((r) => r.revisit_log_id), table).toEqual([recentLog, liveLog]);
    }
    expect(await db().selectFrom('attachments').select('id').where('id', 'in', [oldFile.id, recentFile.id]).execute()).toEqual([{ id: recentFile.id }]);
    expect(exists(oldFile.key)).toBe(false);
    expect(exists(recentFile.key)).toBe(true);
  });
});
