/**
 * What the client sends. openapi.json types write bodies as `unknown` (they are parsed field by field on the
 * server, README: follow-up writes), so these are written out from the server's parser
 * (src/features/revisit-logs/revisit-log-input.ts); anything else (custom fields) passes through.
 */
export type WireId = number | string;

/** The `revisit_log[…]` object of a create or update. Times are `YYYY-MM-DD HH:mm` in the organization's zone, or epoch seconds. */
export interface RevisitLogFields {
  loggable_type?: 'lead' | 'customer' | 'opportunity' | 'contract' | 'contact' | 'Lead' | 'Customer' | 'Opportunity' | 'Contract' | 'Contact';
  loggable_id?: WireId;
  content?: string;
  real_revisit_at?: string | number;
  /** `null` or `""` clears the reminder. */
  remind_at?: string | number | null;
  category?: WireId;
  address_attributes?: { detail_address?: string; lat?: number | string | null; lng?: number | string | null };
  is_draft?: boolean | 0 | 1;
  loggable_attributes?: { status?: WireId; stage?: WireId };
  /** Custom fields (`text_asset_…`) and anything else the server accepts. */
  [field: string]: unknown;
}

/** The top-level link lists sent beside `revisit_log`; a sent list is the full set wanted. */
export interface RevisitLogLinks {
  at_user_ids?: readonly WireId[];
  contacts_ids?: readonly WireId[];
  attachment_ids?: readonly WireId[];
  attachment_file_ids?: readonly WireId[];
  audio_ids?: readonly WireId[];
  /** Update only: attachments to detach, whatever their kind. */
  removed_attachment_ids?: readonly WireId[];
  [field: string]: unknown;
}

export interface WriteOptions {
  /** Makes a retried create answer the first one's result instead of writing twice (README: idempotency). */
  idempotencyKey?: string;
}

export interface LoginInput {
  login: string;
  password: string;
  corp_id?: string;
  /** Defaults to the client's `device`. */
  device?: string;
  version_code?: string;
}

export interface UploadInput {
  /** The file's bytes. */
  file: Blob | Uint8Array;
  fileName: string;
  contentType?: string;
  sub_type?: 'image' | 'file' | 'audio';
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
