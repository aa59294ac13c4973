import { createHash } from 'node:crypto';
import { FIELD_KEYS } from '../../src/domain/default-options.ts';
import { refreshCommentCounts, refreshLoggableRevisitStats, insertAtUsers, insertAttachments, insertComments, insertRevisitLogContacts } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import { LOGGABLE_TYPES } from '../../src/domain/loggable.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { sampleFiles } from '../support/sample-files.ts';
import type { TestApp } from '../support/test-app.ts';

const MINUTE = 60_000;

export interface SourceData {
  org: TestOrg;
  /** The source's live, non-draft follow-ups: exactly what an import must bring. */
  followUps: number;
  users: number;
  entities: number;
  attachments: number;
  /** sha256 of each attachment's bytes, by file name. */
  fileHashes: Map<string, string>;
  draftContent: string;
  deletedContent: string;
  otherLogin: string;
}

/**
 * A source organization with something of everything an import reads: departments, a disabled author the
 * directory list leaves out, all five entities, categories, mentions, contacts, comments, attachments with
 * real bytes, drafts (the importer's own too), a deleted follow-up and reminders past and future.
 */
export async function buildSource(t: TestApp, count: number): Promise<SourceData> {
  const f = factories(t.ctx);
  const db = t.ctx.database.db;
  const now = t.ctx.clock();
  // Whole minutes: the wire carries minutes, so times compare exactly after the round trip.
  const base = Math.floor(now / MINUTE) * MINUTE - 30 * 86_400_000;
  const org = await f.org({ timeZone: 'Asia/Shanghai' });
  const sales = await f.department(org, org.rootDepartment, '销售部');
  const east = await f.department(org, sales, '华东组');
  const u1 = await f.user(org, { department: east, scope: 'department', name: '王五' });
  const u2 = await f.user(org, { department: sales, scope: 'self', name: '离职员工', disabled: true });
  const admin = (await db.selectFrom('users').selectAll().where('id', '=', org.adminId).executeTakeFirstOrThrow());
  const customer = await f.entity(org, u1, 'customers', { label: '客户甲', createdAt: base - 5 * MINUTE });
  const lead = await f.entity(org, u1, 'leads', { label: '线索乙', createdAt: base - 4 * MINUTE });
  const contact = await f.entity(org, u1, 'contacts', { label: '联系人丙', customerId: customer, createdAt: base - 3 * MINUTE });
  const opportunity = await f.entity(org, admin, 'opportunities', { label: '商机丁', customerId: customer, createdAt: base - 2 * MINUTE });
  const contract = await f.entity(org, admin, 'contracts', { label: '合同戊', customerId: customer, createdAt: base - MINUTE });
  const entities = [
    { type: 'Customer' as const, id: customer },
    { type: 'Lead' as const, id: lead },
    { type: 'Contact' as const, id: contact },
    { type: 'Opportunity' as const, id: opportunity },
    { type: 'Contract' as const, id: contract },
  ];
  const categories = await f.options(org, FIELD_KEYS.revisitLogCategory);
  const authors = [admin, u1, u2];
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = base + i * 37 * MINUTE;
    const [id] = await f.revisitLogs(org, authors[i % 3]!, entities[i % 5]!, [at], {
      content: `跟进 ${i} 内容`,
      category: i % 4 === 0 ? null : categories[i % categories.length]!.id,
      created_at: at + MINUTE,
      updated_at: at + 2 * MINUTE,
      remind_at: i === 1 ? now - 86_400_000 : i === 2 ? now + 86_400_000 : null,
      detail_address: i % 6 === 0 ? '上海市浦东新区' : null,
      lat: i % 6 === 0 ? 31.2 : null,
      lng: i % 6 === 0 ? 121.5 : null,
    });
    ids.push(id!);
  }
  const draftContent = '草稿不导入';
  const deletedContent = '已删除不导入';
  await f.revisitLogs(org, admin, entities[0]!, [base], { content: draftContent, is_draft: 1 });
  await f.revisitLogs(org, u1, entities[0]!, [base], { content: `${draftContent}2`, is_draft: 1 });
  await f.revisitLogs(org, u1, entities[1]!, [base], { content: deletedContent, deleted_at: now });
  await insertAtUsers(db, [{ organization_id: org.id, revisit_log_id: ids[3]!, user_id: u1.id, created_at: now }]);
  await insertRevisitLogContacts(db, [{ organization_id: org.id, revisit_log_id: ids[0]!, contact_id: contact, created_at: now }]);
  const comments = ids.filter((_, i) => i % 3 === 0).flatMap((id, k) => [
    { organization_id: org.id, revisit_log_id: id, user_id: u1.id, content: `评论 ${k}-a`, created_at: base + k * MINUTE, deleted_at: null },
    { organization_id: org.id, revisit_log_id: id, user_id: u2.id, content: `评论 ${k}-b`, created_at: base + (k + 1) * MINUTE, deleted_at: null },
  ]);
  await insertComments(db, comments);
  await insertComments(db, [{ organization_id: org.id, revisit_log_id: ids[0]!, user_id: u1.id, content: '删掉的评论', created_at: base, deleted_at: now }]);
  await refreshCommentCounts(db, org.id);
  const fileHashes = new Map<string, string>();
  const files = [
    { log: ids[0]!, name: 'photo.png', type: 'image/png', sub: 'image', bytes: await sampleFiles.png(64, 48) },
    { log: ids[0]!, name: '报价单.pdf', type: 'application/pdf', sub: 'file', bytes: Buffer.from('%PDF-1.4\n' + 'x'.repeat(3000)) },
    { log: ids[5]!, name: 'voice.wav', type: 'audio/wav', sub: 'audio', bytes: sampleFiles.wav(2000) },
    { log: ids[7]!, name: 'big.png', type: 'image/png', sub: 'image', bytes: await sampleFiles.png(400, 300) },
  ];
  for (const [k, file] of files.entries()) {
    const key = `uploads/src/${k}-${Date.now()}.${file.name.split(".").at(-1)}`;
    await t.ctx.storage.put(key, file.bytes, file.type);
    fileHashes.set(file.name, createHash('sha256').update(file.bytes).digest('hex'));
    await insertAttachments(db, [
      { organization_id: org.id, uploader_id: admin.id, attachmentable_type: 'RevisitLog', attachmentable_id: file.log, sub_type: file.sub, name: file.name, content_type: file.type, size: file.bytes.length, storage_key: key, note: `备注${k}`, created_at: base, updated_at: base },
    ]);
  }
  for (const type of LOGGABLE_TYPES) await refreshLoggableRevisitStats(db, org.id, type);
  return { org, followUps: count, users: 3, entities: 5, attachments: files.length, fileHashes, draftContent, deletedContent, otherLogin: u1.login };
}
