import type { LoggableType } from '../../domain/loggable.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import { presentAttachment, type AttachmentPresentContext, type AttachmentRow } from '../attachments/attachment.presenter.ts';
import { loggableKey, presentUser } from '../revisit-logs/revisit-log.presenter.ts';
import type { LoggableSummaryRow, PresentableUserRow } from '../revisit-logs/revisit-logs.related.repository.ts';
import type { CheckinRow } from './checkins.repository.ts';
import type { CheckinJson } from './checkins.schemas.ts';

/** Everything a page of check-ins shows, loaded in batches (checkins.service.ts). */
export interface CheckinBundle {
  rows: CheckinRow[];
  attachments: AttachmentRow[];
  loggables: Map<string, LoggableSummaryRow>;
  users: Map<number, PresentableUserRow>;
}

function attachmentsOf(row: CheckinRow, all: AttachmentRow[]): AttachmentRow[] {
  return all.filter((a) =>
    a.attachmentable_type === 'Checkin' ? a.attachmentable_id === row.id : row.revisit_log_id !== null && a.attachmentable_id === row.revisit_log_id,
  );
}

function presentOne(row: CheckinRow, b: CheckinBundle, p: AttachmentPresentContext): CheckinJson {
  const type = row.loggable_type as LoggableType | null;
  const loggable = type !== null && row.loggable_id !== null ? b.loggables.get(loggableKey(type, row.loggable_id)) : undefined;
  return {
    id: row.id,
    user_id: row.user_id,
    user: presentUser(b.users.get(row.user_id), row.user_id, p),
    lat: row.lat,
    lng: row.lng,
    address: row.address,
    note: row.note,
    loggable_type: type,
    loggable_id: row.loggable_id,
    loggable:
      type !== null && row.loggable_id !== null
        ? { id: row.loggable_id, name: loggable?.name ?? '', title: loggable?.name ?? '', approve_status: loggable?.approve_status ?? '' }
        : null,
    revisit_log_id: row.revisit_log_id,
    image_attachments: attachmentsOf(row, b.attachments).map((a) => presentAttachment(a, p)),
    created_at: formatWireDateTime(row.created_at, p.timeZone),
  };
}

export function presentCheckins(bundle: CheckinBundle, p: AttachmentPresentContext): CheckinJson[] {
  return bundle.rows.map((row) => presentOne(row, bundle, p));
}
