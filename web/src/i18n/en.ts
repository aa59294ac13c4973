import type { Messages } from './zh-CN.ts';

export const en: Messages = {
  app: { name: 'Genjin', logout: 'Log out', language: '中文', switchTo: 'zh-CN' },
  nav: { home: 'To do', timeline: 'Follow-ups', stats: 'Stats', me: 'Me' },
  login: {
    title: 'Sign in to Genjin', login: 'Phone or e-mail', password: 'Password', corpId: 'Organization code', submit: 'Sign in',
    corpNeeded: 'This login exists in several organizations: enter the organization code', showCorp: 'Enter organization code',
    required: '{{field}} is required',
  },
  period: {
    all: 'All', today: 'Today', yesterday: 'Yesterday', week: 'This week', last_week: 'Last week', month: 'This month',
    last_month: 'Last month', quarter: 'This quarter', year: 'This year', other: 'Custom',
  },
  entity: { lead: 'Lead', customer: 'Customer', opportunity: 'Opportunity', contract: 'Contract', contact: 'Contact', any: 'Any type' },
  timeline: {
    title: 'Follow-ups', total: '{{count}} in total', reset: 'Reset', filter: 'Filter', none: 'No more', empty: 'No follow-ups',
    loading: 'Loading…', allPeople: 'Everyone', department: 'Department', person: 'Person', entityType: 'Linked type',
    entity: 'Linked record', range: 'Dates', done: 'Done', pullRefresh: 'Pull to refresh', release: 'Release to refresh',
    refreshing: 'Refreshing…', refreshed: 'Refreshed', choose: 'Choose', allEntities: 'All', custom: '{{start}} to {{end}}',
  },
  card: {
    fullText: 'More', collapse: 'Less', overdue: 'Overdue {{days}} d', overdueToday: 'Overdue', remind: 'Next follow-up',
    comments: 'Comments {{count}}', comment: 'Comment', reply: 'Write a comment…', send: 'Send', at: 'Mentions', draft: 'Draft',
  },
  write: {
    title: 'New follow-up', entity: 'Linked record', pickEntity: 'Choose a customer, lead, opportunity…', category: 'Type',
    content: 'Content', placeholder: 'What was discussed, feedback, next steps…', phrases: 'Phrases', photos: 'Photos',
    files: 'Files', voice: 'Voice', record: 'Record', stop: 'Stop', address: 'Address', addressPlaceholder: 'Visit address (optional)',
    locate: 'Locate', locateFailed: 'Location unavailable', at: '@Colleagues', remind: 'Next follow-up', tomorrow: 'Tomorrow', in3days: 'In 3 days',
    nextMonday: 'Next Monday', custom: 'Custom', noRemind: 'None', realAt: 'Happened at', now: 'Now', status: 'Status',
    stage: 'Stage', unchanged: 'Unchanged', submit: 'Submit', submitting: 'Submitting…', saved: 'Saved',
    draftRestored: 'Draft restored', discard: 'Discard draft', search: 'Search by name', uploading: 'Uploading {{percent}}%',
    contentOrAttachment: 'Write something or attach a file', needEntity: 'Choose a linked record', tooLong: 'At most 10,000 characters',
    maxPhotos: 'At most 9 photos', cancel: 'Cancel', pickPeople: 'Choose colleagues',
  },
  home: {
    title: 'Today', overdue: 'Overdue', today: 'Due today', atMe: 'Mentioning me', empty: 'Nothing due today',
    writeFollowUp: 'New follow-up', viewAll: 'All follow-ups', more: 'More overdue',
  },
  entityPage: { owner: 'Owner', lastRevisit: 'Last follow-up', count: 'Follow-ups', timeline: 'Follow-ups', status: 'Status' },
  time: { justNow: 'just now', minutesAgo: '{{count}} min ago', yesterday: 'Yesterday' },
  search: { placeholder: 'Search content, records, authors', label: 'Search follow-ups', clear: 'Clear search' },
  export: {
    action: 'Export', csv: 'CSV (opens in Excel)', xlsx: 'Excel (.xlsx)', hint: 'Every follow-up matching the current filters',
    running: 'Exporting…', done: 'Exported {{name}}',
  },
  stats: {
    title: 'Statistics', groupBy: 'Group by', count: 'Follow-ups', entities: 'Records', total: 'Total', empty: 'No follow-ups in this period',
    peak: 'Peak {{count}}',
    group: { user: 'Person', department: 'Department', day: 'Day', week: 'Week', month: 'Month', category: 'Type', loggable_type: 'Record type' },
  },
  error: { network: 'Network error, try again', retry: 'Retry' },
  phrases: ['Called, customer is interested', 'Quote sent, awaiting reply', 'Customer is discussing internally', 'Visit booked for next week', 'Sent product materials'],
};
