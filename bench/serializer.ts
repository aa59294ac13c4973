/**
 * Which serializer for the follow-up list: JSON.stringify or fast-json-stringify compiled from the TypeBox
 * response schema. Builds a 200-item page of Chinese follow-ups with the real presenter, then times both.
 * Run: npx tsx bench/serializer.ts
 */
import fastJson from 'fast-json-stringify';
import { performance } from 'node:perf_hooks';
import { createUrlSigner } from '../src/features/attachments/signed-urls.ts';
import { presentRevisitLogs, type RevisitLogBundle } from '../src/features/revisit-logs/revisit-log.presenter.ts';
import { RevisitLogListResponse } from '../src/features/revisit-logs/revisit-logs.schemas.ts';

const now = Date.now();
const rows = Array.from({ length: 200 }, (_, i) => ({
  id: 1000 + i,
  organization_id: 1,
  user_id: 1,
  loggable_type: 'Customer',
  loggable_id: 7,
  content: '上门拜访,和客户负责人开会讨论了产品报价和付款方式,客户表示需要内部再讨论,下周给答复。'.repeat(2),
  category: 3,
  real_revisit_at: now - i * 60_000,
  remind_at: i % 3 ? null : now + 86_400_000,
  lat: null,
  lng: null,
  detail_address: null,
  activity_type: 'create',
  sales_activity_id: null,
  is_draft: 0,
  comments_count: 0,
  created_at: now - i * 60_000,
  updated_at: now - i * 60_000,
  deleted_at: null,
}));
const bundle: RevisitLogBundle = {
  rows,
  attachmentsByLog: new Map(),
  atUsersByLog: new Map(rows.map((r) => [r.id, [{ id: r.id, revisit_log_id: r.id, user_id: 1 }]])),
  contactsByLog: new Map(),
  commentsByLog: new Map(),
  loggables: new Map([['Customer:7', { loggable_type: 'Customer', id: 7, name: '上海王科技有限公司', approve_status: 'approved' }]]),
  users: new Map([
    [
      1,
      {
        id: 1, email: 'a@b.c', created_at: now, name: '王伟', organization_id: 1, login: '15800010002', role_id: 1,
        workflow_state: 'organization_staff', job: '销售代表', tel: '', avatar_url: '', department_name: '上海销售组',
        third_userid: null, third_dept_id: null, uid: 1,
      },
    ],
  ]),
  options: new Map([[3, { id: 3, organization_id: 1, field_key: 'revisit_log.category', name: '拜访', name_en: 'Visit', position: 3, enabled: 1, created_at: now, updated_at: now }]]),
};
const items = presentRevisitLogs(bundle, { baseUrl: 'http://127.0.0.1:3000', signer: createUrlSigner('bench'), timeZone: 'Asia/Shanghai', now, locale: 'zh' });
const payload = { code: 0 as const, data: { revisit_logs: items, total_count: 5000, has_next_page: true, per_page: 200, page: 1 } };
const compiled = fastJson(RevisitLogListResponse as object);
if (compiled(payload) !== JSON.stringify(payload)) console.warn('note: outputs differ (key order or escaping)');

function time(name: string, fn: () => string, rounds = 400): number {
  for (let i = 0; i < 50; i++) fn();
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < rounds; i++) bytes += fn().length;
  const perCall = (performance.now() - start) / rounds;
  console.log(`${name.padEnd(22)} ${perCall.toFixed(3)} ms per 200-item page (${Math.round(bytes / rounds / 1024)} KiB chars)`);
  return perCall;
}

const native = time('JSON.stringify', () => JSON.stringify(payload));
const fjs = time('fast-json-stringify', () => compiled(payload));
console.log(`fast-json-stringify / JSON.stringify = ${(fjs / native).toFixed(2)}×`);
