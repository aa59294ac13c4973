import type { Selectable } from 'kysely';
import type { AttachmentsTable } from '../../db/schema/index.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import type { AttachmentJson } from './attachments.schemas.ts';
import { signedAttachmentUrl, type UrlSigner } from './signed-urls.ts';

export type AttachmentRow = Selectable<AttachmentsTable>;

export function fileTypeOf(contentType: string): AttachmentJson['file_type'] {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('audio/')) return 'audio';
  return 'file';
}

export interface AttachmentPresentContext {
  baseUrl: string;
  signer: UrlSigner;
  timeZone: string;
  now: number;
}

export function presentAttachment(row: AttachmentRow, p: AttachmentPresentContext): AttachmentJson {
  const url = (variant: 'origin' | 'file' | 'preview' | 'download' | 'public') =>
    signedAttachmentUrl(p.baseUrl, p.signer, row, variant, p.now);
  return {
    id: row.id,
    file_url: url('file'),
    origin_url: url('origin'),
    public_url: url('public'),
    name: row.name,
    file_file_name: row.name,
    file_content_type: row.content_type,
    file_file_size: row.size,
    attachmentable_id: row.attachmentable_id,
    attachmentable_type: row.attachmentable_type,
    upload_time: formatWireDateTime(row.created_at, p.timeZone),
    note: row.note,
    sub_type: row.sub_type,
    wx_media_id: null,
    preview_url: url('preview'),
    download_url: url('download'),
    file_type: fileTypeOf(row.content_type),
  };
}
