export const zhCN = {
  app: { name: '跟进', logout: '退出登录', language: 'English', switchTo: 'en' },
  nav: { home: '待跟进', timeline: '跟进记录', stats: '统计', me: '我的' },
  login: {
    title: '登录跟进', login: '手机号或邮箱', password: '密码', corpId: '企业代码', submit: '登录',
    corpNeeded: '该账号属于多个企业，请填写企业代码', showCorp: '填写企业代码', required: '请填写{{field}}',
  },
  period: {
    all: '全部', today: '今天', yesterday: '昨天', week: '本周', last_week: '上周', month: '本月',
    last_month: '上月', quarter: '本季度', year: '本年', other: '自定义',
  },
  entity: { lead: '线索', customer: '客户', opportunity: '商机', contract: '合同', contact: '联系人', any: '全部类型' },
  timeline: {
    title: '跟进记录', total: '共 {{count}} 条', reset: '重置', filter: '筛选', none: '没有更多了', empty: '暂无跟进记录',
    loading: '加载中…', allPeople: '全部人员', department: '部门', person: '人员', entityType: '关联类型',
    entity: '关联对象', range: '起止日期', done: '完成', pullRefresh: '下拉刷新', release: '释放立即刷新', refreshing: '刷新中…',
    refreshed: '已刷新', choose: '请选择', allEntities: '全部', custom: '{{start}} 至 {{end}}',
  },
  card: {
    fullText: '全文', collapse: '收起', overdue: '已逾期 {{days}} 天', overdueToday: '已逾期', remind: '下次跟进',
    comments: '评论 {{count}}', comment: '评论', reply: '写评论…', send: '发送', at: '提到', draft: '草稿',
  },
  write: {
    title: '写跟进', entity: '关联对象', pickEntity: '选择客户/线索/商机…', category: '跟进类型', content: '跟进内容',
    placeholder: '记录沟通内容、客户反馈、下一步计划…', phrases: '常用语', photos: '照片', files: '文件', voice: '语音',
    record: '录音', stop: '停止', address: '地址', addressPlaceholder: '拜访地址（可选）', locate: '定位', locateFailed: '无法获取位置', at: '@同事',
    remind: '下次跟进', tomorrow: '明天', in3days: '3天后', nextMonday: '下周一', custom: '自定义', noRemind: '不提醒',
    realAt: '实际跟进时间', now: '现在', status: '状态', stage: '阶段', unchanged: '不修改', submit: '提交',
    submitting: '提交中…', saved: '已保存', draftRestored: '已恢复草稿', discard: '清空草稿', search: '搜索名称',
    uploading: '上传中 {{percent}}%', contentOrAttachment: '请填写跟进内容或添加附件', needEntity: '请选择关联对象',
    tooLong: '最多 10000 字', maxPhotos: '最多 9 张照片', cancel: '取消', pickPeople: '选择同事',
  },
  home: {
    title: '今日待跟进', overdue: '已逾期', today: '今天', atMe: '提到我的', empty: '今天没有待跟进', writeFollowUp: '写跟进',
    viewAll: '查看全部跟进记录', more: '加载更多逾期',
  },
  entityPage: { owner: '负责人', lastRevisit: '最近跟进', count: '跟进次数', timeline: '跟进记录', status: '状态' },
  time: { justNow: '刚刚', minutesAgo: '{{count}}分钟前', yesterday: '昨天' },
  search: { placeholder: '搜索内容、客户、跟进人', label: '搜索跟进记录', clear: '清除搜索' },
  export: {
    action: '导出', csv: 'CSV（Excel 可打开）', xlsx: 'Excel（.xlsx）', hint: '导出当前筛选条件下的全部跟进记录',
    running: '正在导出…', done: '已导出 {{name}}',
  },
  stats: {
    title: '跟进统计', groupBy: '统计维度', count: '跟进数', entities: '对象数', total: '合计', empty: '该时间段暂无跟进记录',
    peak: '最高 {{count}} 条',
    group: { user: '人员', department: '部门', day: '日', week: '周', month: '月', category: '类型', loggable_type: '对象类型' },
  },
  error: { network: '网络错误，请重试', retry: '重试' },
  phrases: ['已电话沟通，客户有意向', '已发送报价，等待回复', '客户需要内部讨论', '约了下周上门拜访', '已发送产品资料'],
};
export type Messages = typeof zhCN;
