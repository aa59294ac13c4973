import type { Locale } from './errors.ts';

/** IKCRM's approval states of an entity, with the display text clients show beside them. */
export const APPROVE_STATUSES = ['approved', 'draft', 'applying', 'rejected'] as const;
export type ApproveStatus = (typeof APPROVE_STATUSES)[number];

const DISPLAY: Record<ApproveStatus, { zh: string; en: string }> = {
  approved: { zh: '已通过', en: 'Approved' },
  draft: { zh: '草稿', en: 'Draft' },
  applying: { zh: '审批中', en: 'Pending approval' },
  rejected: { zh: '已驳回', en: 'Rejected' },
};

export function approveStatusDisplay(status: string, locale: Locale): string {
  const display = (DISPLAY as Record<string, { zh: string; en: string } | undefined>)[status];
  return display ? display[locale] : status;
}
