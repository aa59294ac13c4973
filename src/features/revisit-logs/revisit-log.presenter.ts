import type { Locale } from '../../domain/errors.ts';
import { REFER_TYPE_DISPLAY, type LoggableType } from '../../domain/loggable.ts';
import { formatReminderDisplay, formatWireDateTime } from '../../domain/wire-time.ts';
import { presentAttachment, type AttachmentPresentContext, type AttachmentRow } from '../attachments/attachment.presenter.ts';
import { presentComment } from '../comments/comments.presenter.ts';
import { customKeysOf } from '../custom-fields/custom-field-values.ts';
import type { LoadedCustomValues } from '../custom-fields/custom-fields.repository.ts';
import type { FieldOptionRow } from '../field-options/field-options.repository.ts';
import type { RevisitLogRow } from './revisit-logs.repository.ts';
import type { AtUserRow, CommentRow, LinkedContactRow, LoggableSummaryRow, PresentableUserRow } from './revisit-logs.related.repository.ts';
import type { RevisitLogItem } from './revisit-logs.schemas.ts';

/** Everything needed to present a set of follow-ups, loaded in batches (see revisit-logs.loader.ts). */
export interface RevisitLogBundle {
  rows: RevisitLogRow[];
  attachmentsByLog: Map<number, AttachmentRow[]>;
  atUsersByLog: Map<number, AtUserRow[]>;
  contactsByLog: Map<number, LinkedContactRow[]>;
  commentsByLog: Map<number, CommentRow[]>;
  loggables: Map<string, LoggableSummaryRow>;
  users: Map<number, PresentableUserRow>;
  options: Map<number, FieldOptionRow>;
  /** Optional so hand-built bundles (bench, tests) need not name it: no custom keys then. */
  custom?: LoadedCustomValues;
}

export interface PresentContext extends AttachmentPresentContext {
  locale: Locale;
}

export const loggableKey = (type: string, id: number) => `${type}:${id}`;

const ACTIVITY_DISPLAY: Record<string, string> = { create: '新增', update: '编辑' };

/** The list's user shape (`RevisitLogUserSchema`); check-ins present their author with it too. */
export function presentUser(user: PresentableUserRow | undefined, id: number, p: Pick<PresentContext, 'timeZone'>): RevisitLogItem['user'] {
  return {
    id,
    email: user?.email ?? '',
    created_at: user ? formatWireDateTime(user.created_at, p.timeZone) : '',
    name: user?.name ?? '',
    organization_id: user?.organization_id ?? 0,
    phone: user?.login ?? '',
    role_id: user?.role_id ?? 0,
    workflow_state: user?.workflow_state ?? '',
    job: user?.job ?? '',
    tel: user?.tel ?? '',
    avatar_url: user?.avatar_url ?? '',
    department_name: user?.department_name ?? '',
    third_userid: user?.third_userid ?? null,
    third_dept_id: user?.third_dept_id ?? null,
    uid: user?.uid ?? id,
  };
}

function presentOne(row: RevisitLogRow, b: RevisitLogBundle, p: PresentContext): RevisitLogItem {
  const type = row.loggable_type as LoggableType;
  const loggable = b.loggables.get(loggableKey(type, row.loggable_id));
  const option = row.category !== null ? b.options.get(row.category) : undefined;
  const categoryName = option?.name ?? '';
  const attachments = (b.attachmentsByLog.get(row.id) ?? []).map((a) => ({ row: a, json: presentAttachment(a, p) }));
  const ofSubType = (subType: string) => attachments.filter((a) => a.row.sub_type === subType).map((a) => a.json);
  const hasAddress = row.detail_address !== null || row.lat !== null || row.lng !== null;
  const reminder = row.remind_at;
  return {
    id: row.id,
    content: row.content,
    loggable_type: type,
    loggable_id: row.loggable_id,
    loggable: {
      id: row.loggable_id,
      name: loggable?.name ?? '',
      title: loggable?.name ?? '',
      approve_status: loggable?.approve_status ?? '',
    },
    real_revisit_at: formatWireDateTime(row.real_revisit_at, p.timeZone),
    created_at: formatWireDateTime(row.created_at, p.timeZone),
    attachment_files: ofSubType('file'),
    category_display: categoryName,
    category_i18n: p.locale === 'en' ? (option?.name_en ?? categoryName) : categoryName,
    category: row.category !== null ? String(row.category) : '',
    image_attachments: ofSubType('image'),
    audios: ofSubType('audio'),
    address: hasAddress ? { detail_address: row.detail_address ?? '', lat: row.lat, lng: row.lng } : {},
    timestamp: formatWireDateTime(row.updated_at, p.timeZone),
    refer_type_display: REFER_TYPE_DISPLAY[type].zh,
    refer_name: loggable?.name ?? '',
    title: categoryName,
    remind_at: reminder !== null ? formatReminderDisplay(reminder, p.timeZone) : '',
    is_remind_expired: reminder !== null && reminder <= p.now,
    raw_remind_at: reminder !== null ? formatWireDateTime(reminder, p.timeZone) : '',
    event_url: `ikcrm://events?klass_name=RevisitLog&id=${reminder !== null ? row.id : ''}`,
    event_identifier: reminder !== null ? String(row.id) : '',
    at_users: (b.atUsersByLog.get(row.id) ?? []).map((a) => {
      const user = b.users.get(a.user_id);
      return { id: a.id, user_id: a.user_id, name: user?.name ?? '', third_userid: user?.third_userid ?? null };
    }),
    user: presentUser(b.users.get(row.user_id), row.user_id, p),
    // No separate sales-activity record exists in Genjin: the follow-up is its own activity.
    sales_activity_id: row.sales_activity_id ?? row.id,
    comments_count: row.comments_count,
    comments: (b.commentsByLog.get(row.id) ?? []).map((c) => presentComment(c, p.timeZone)),
    contacts: (b.contactsByLog.get(row.id) ?? []).map((c) => ({ id: c.id, name: c.name, phone: c.phone ?? '' })),
    activity_type: row.activity_type,
    activity_type_display: ACTIVITY_DISPLAY[row.activity_type] ?? row.activity_type,
    is_draft: row.is_draft,
    // Custom fields as top-level keys (`text_asset_1a2b`), as IKCRM items carry them.
    ...(b.custom ? customKeysOf(b.custom, row.id, p.timeZone) : {}),
  };
}

/** The IKCRM follow-up item: every field of the seed's example, same types, same empty values. */
export function presentRevisitLogs(bundle: RevisitLogBundle, p: PresentContext): RevisitLogItem[] {
  return bundle.rows.map((row) => presentOne(row, bundle, p));
}
