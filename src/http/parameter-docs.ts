import type { TSchema } from '@sinclair/typebox';

interface ParameterDoc {
  readonly description: string;
  readonly example: string;
}

const doc = (description: string, example: string): ParameterDoc => ({ description, example });

/**
 * What each query and path parameter means, in Chinese and English, with an example: one entry per name,
 * because a name means the same on every route that takes it (`page`, `user_id`, `date` …). The OpenAPI
 * document gets them through `documentParameters`; a route's own `description` wins. A test fails when a
 * parameter of any operation has no entry, so a new parameter is documented by whoever adds it.
 */
export const PARAMETER_DOCS: ReadonlyMap<string, ParameterDoc> = new Map(
  Object.entries({
    id: doc('路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)', '1'),
    comment_id: doc('评论 id / Comment id', '1'),
    entity: doc('实体,如 customer、revisit_log / Entity, e.g. customer or revisit_log', 'customer'),
    login: doc('登录名(手机号或邮箱)/ Login: a phone number or an e-mail address', '13800000000'),
    password: doc('密码 / Password', 'correct-horse-1'),
    device: doc('设备类型,须为已接受的值 / Device kind, one of the accepted values', 'open_api'),
    version_code: doc('客户端版本号 / Client version code', '9.9.9'),
    corp_id: doc('企业代码(同一登录名属于多个企业时必填)/ Organization code (needed when a login belongs to several)', 'demo'),
    page: doc('页码,从 1 开始 / Page number, from 1', '1'),
    per_page: doc('每页条数 / Items per page', '20'),
    date: doc('时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)', 'month'),
    start_date: doc('开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD', '2026-12-01'),
    end_date: doc('结束日期(含当天)/ End date (inclusive), YYYY-MM-DD', '2026-12-31'),
    user_id: doc('用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list', '1'),
    department_id: doc('部门 id / Department id', '1'),
    include_sub_departments: doc('是否包含子部门(1/0)/ Include sub-departments (1/0)', '1'),
    loggable_type: doc('跟进对象类型:lead、customer、opportunity、contract、contact / Type of the followed-up record', 'customer'),
    loggable_id: doc('跟进对象 id(与 loggable_type 一起)/ Id of the followed-up record (with loggable_type)', '1'),
    at_me: doc('只看 @我 的跟进(1/0)/ Only follow-ups mentioning me (1/0)', '1'),
    q: doc('关键词(内容与对象名称)/ Keywords (content and record name)', '报价'),
    category: doc('跟进类型选项 id / Follow-up category option id', '1'),
    group_by: doc('分组:user、department、day、week、month、category、loggable_type / Group by', 'user'),
    format: doc('文件格式:csv 或 xlsx / File format: csv or xlsx', 'csv'),
    cursor: doc('变更流游标(上次的 next_cursor;首次不传)/ Change feed cursor (the last next_cursor; omit at first)', 'WzEsMCwwLCIiXQ'),
    sort: doc('排序字段 / Sort field', 'updated_at'),
    order: doc('排序方向:asc 或 desc / Sort direction: asc or desc', 'desc'),
    name: doc('名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere', '张三'),
    phone: doc('电话(包含)/ Phone number (contained)', '13800000000'),
    title: doc('标题(商机、合同)/ Title (opportunities, contracts)', '年度合同'),
    updated_at: doc('更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range', '2026-12-01'),
    updated_at_from: doc('更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]', '2026-12-01'),
    updated_at_to: doc('更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]', '2026-12-31'),
    customer_id: doc('客户 id / Customer id', '1'),
    approve_status: doc('审批状态:approved、draft、applying、rejected / Approval state', 'approved'),
  }),
);

type Properties = Record<string, TSchema>;

/** A querystring or params schema with each property's description and example filled in (copies; never mutates). */
export function documentParameters<T extends TSchema | undefined>(part: T): T {
  const properties = (part as { properties?: Properties } | undefined)?.properties;
  if (!part || !properties) return part;
  const documented: Properties = {};
  for (const [name, schema] of Object.entries(properties)) {
    const entry = PARAMETER_DOCS.get(name);
    documented[name] = entry
      ? { ...schema, description: (schema.description as string | undefined) ?? entry.description, examples: (schema.examples as unknown[] | undefined) ?? [entry.example] }
      : schema;
  }
  return { ...part, properties: documented };
}
