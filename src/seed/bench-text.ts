import * as text from './demo-content.ts';
import type { Random } from './random.ts';

// Pools of realistic Chinese text for the bench generator: written once into a helper table, then picked by
// hash in set-based statements (building 10M strings in JavaScript would dominate the run).

const FILLERS = [
  '客户那边的信息化负责人也参加了,提了几个关于权限和审批流的问题,我们现场做了解答。',
  '对方目前用的是 Excel 管理客户,数据分散在各个销售手里,离职交接很麻烦。',
  '下一步计划安排技术同事做一次远程演示,重点讲移动端拜访签到和日报。',
  '客户希望先小范围试点二十个账号,效果好再全公司推广。',
  '价格方面对方预算有限,希望年付能有折扣,我说回去申请一下。',
  '他们的销售团队分布在华东和华南,需要按区域看数据。',
  '竞争对手也在接触,对方觉得我们的实施服务更有保障。',
  '采购流程需要经过财务和法务审核,预计两到三周。',
  '约好下周二下午再去一趟,带上合同模板和实施计划。',
  '客户提到之前的系统导入数据很慢,担心迁移成本。',
];

/** A follow-up text of 100–600 characters. */
export function followUpContent(rng: Random): string {
  const target = rng.int(100, 600);
  let out = `${rng.pick(text.OPENINGS)}${rng.pick(text.TOPICS)},${rng.pick(text.OUTCOMES)}`;
  while (out.length < target) out += rng.pick(FILLERS);
  return out.slice(0, target);
}

export function companyName(rng: Random): string {
  return `${rng.pick(text.CITIES)}${rng.pick(text.SURNAMES)}${rng.pick(text.INDUSTRY_WORDS)}${rng.pick(text.COMPANY_SUFFIXES)}`;
}

export function personName(rng: Random): string {
  return `${rng.pick(text.SURNAMES)}${rng.pick(text.GIVEN_NAMES)}`;
}

export const TEXT_KINDS = { content: 0, company: 1, person: 2, comment: 3, product: 4, street: 5 } as const;
export const POOL_SIZE = 1000;

/** Every pool as rows of (kind, k, text), k = 0..size-1. */
export function textPools(rng: Random): { kind: number; k: number; text: string }[] {
  const rows: { kind: number; k: number; text: string }[] = [];
  const add = (kind: number, size: number, make: () => string) => {
    for (let k = 0; k < size; k++) rows.push({ kind, k, text: make() });
  };
  add(TEXT_KINDS.content, POOL_SIZE, () => followUpContent(rng));
  add(TEXT_KINDS.company, POOL_SIZE, () => companyName(rng));
  add(TEXT_KINDS.person, POOL_SIZE, () => personName(rng));
  add(TEXT_KINDS.comment, text.COMMENTS.length, () => rng.pick(text.COMMENTS));
  text.PRODUCTS.forEach((p, k) => rows.push({ kind: TEXT_KINDS.product, k, text: p }));
  text.STREETS.forEach((s, k) => rows.push({ kind: TEXT_KINDS.street, k, text: `${s}${rng.int(1, 999)}号` }));
  return rows;
}

export const POOL_SIZES: Record<number, number> = {
  [TEXT_KINDS.content]: POOL_SIZE,
  [TEXT_KINDS.company]: POOL_SIZE,
  [TEXT_KINDS.person]: POOL_SIZE,
  [TEXT_KINDS.comment]: text.COMMENTS.length,
  [TEXT_KINDS.product]: text.PRODUCTS.length,
  [TEXT_KINDS.street]: text.STREETS.length,
};
