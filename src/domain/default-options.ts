/** The option sets a new organization starts with (IKCRM's defaults). Positions follow array order. */
export interface DefaultOption {
  readonly zh: string;
  readonly en: string;
}

export const FIELD_KEYS = {
  revisitLogCategory: 'revisit_log.category',
  leadStatus: 'lead.status',
  customerStatus: 'customer.status',
  customerCategory: 'customer.category',
  opportunityStage: 'opportunity.stage',
  contractStatus: 'contract.status',
} as const;

export type FieldKey = (typeof FIELD_KEYS)[keyof typeof FIELD_KEYS];

const o = (zh: string, en: string): DefaultOption => ({ zh, en });

export const DEFAULT_OPTIONS: Record<FieldKey, readonly DefaultOption[]> = {
  'revisit_log.category': [
    o('电话', 'Phone call'),
    o('微信', 'WeChat'),
    o('拜访', 'Visit'),
    o('邮件', 'Email'),
    o('短信', 'SMS'),
    o('QQ', 'QQ'),
    o('其他', 'Other'),
  ],
  'lead.status': [o('未处理', 'New'), o('已联系', 'Contacted'), o('已转换', 'Converted'), o('无效', 'Invalid')],
  'customer.status': [o('初访', 'First visit'), o('意向', 'Interested'), o('报价', 'Quoted'), o('成交', 'Won'), o('搁置', 'On hold')],
  'customer.category': [o('重点客户', 'Key account'), o('普通客户', 'Regular'), o('非优先客户', 'Low priority')],
  'opportunity.stage': [
    o('初步洽谈', 'Initial talks'),
    o('需求确定', 'Needs confirmed'),
    o('方案/报价', 'Proposal'),
    o('谈判审核', 'Negotiation'),
    o('赢单', 'Won'),
    o('输单', 'Lost'),
  ],
  'contract.status': [o('执行中', 'In progress'), o('结束', 'Finished'), o('意外终止', 'Terminated')],
};

/** The roles a new organization starts with. */
export const DEFAULT_ROLES = [
  { name: '管理员', dataScope: 'all', isAdmin: true },
  { name: '总监', dataScope: 'department_and_below', isAdmin: false },
  { name: '经理', dataScope: 'department', isAdmin: false },
  { name: '销售', dataScope: 'self', isAdmin: false },
] as const;
