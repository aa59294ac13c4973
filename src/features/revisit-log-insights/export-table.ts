import type { Locale } from '../../domain/errors.ts';
import type { RevisitLogItem } from '../revisit-logs/revisit-logs.schemas.ts';

/** The export's columns, in order, with their header in each locale. */
export const EXPORT_COLUMNS: readonly { zh: string; en: string }[] = [
  { zh: 'ID', en: 'ID' },
  { zh: '跟进时间', en: 'Time' },
  { zh: '跟进人', en: 'Author' },
  { zh: '部门', en: 'Department' },
  { zh: '关联类型', en: 'Entity type' },
  { zh: '关联对象', en: 'Entity' },
  { zh: '跟进类型', en: 'Category' },
  { zh: '跟进内容', en: 'Content' },
  { zh: '下次提醒', en: 'Next reminder' },
  { zh: '@的同事', en: '@Users' },
  { zh: '附件数', en: 'Attachments' },
];

export function exportHeader(locale: Locale): string[] {
  return EXPORT_COLUMNS.map((c) => c[locale]);
}

/**
 * One exported row from the presented item (the list's own presenter, so the export shows what new_index
 * shows: times already in the organization's zone as `YYYY-MM-DD HH:mm`).
 */
export function exportCells(item: RevisitLogItem, locale: Locale): (string | number)[] {
  return [
    item.id,
    item.real_revisit_at,
    item.user.name,
    item.user.department_name,
    locale === 'en' ? item.loggable_type : item.refer_type_display,
    item.loggable.name,
    locale === 'en' ? item.category_i18n : item.category_display,
    item.content,
    item.raw_remind_at,
    item.at_users.map((a) => a.name).join(locale === 'en' ? ', ' : '、'),
    item.attachment_files.length + item.image_attachments.length + item.audios.length,
  ];
}
