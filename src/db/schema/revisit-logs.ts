import type { Generated } from 'kysely';

export interface RevisitLogsTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  loggable_type: string;
  loggable_id: number;
  content: string;
  category: number | null;
  real_revisit_at: number;
  remind_at: number | null;
  lat: number | null;
  lng: number | null;
  detail_address: string | null;
  activity_type: string;
  sales_activity_id: number | null;
  is_draft: number;
  comments_count: Generated<number>;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export interface AttachmentsTable {
  id: Generated<number>;
  organization_id: number;
  uploader_id: number;
  attachmentable_type: string | null;
  attachmentable_id: number | null;
  sub_type: string;
  name: string;
  content_type: string;
  size: number;
  storage_key: string;
  note: string;
  created_at: number;
  updated_at: number;
}

export interface RevisitLogAtUsersTable {
  id: Generated<number>;
  organization_id: number;
  revisit_log_id: number;
  user_id: number;
  created_at: number;
}

export interface RevisitLogContactsTable {
  id: Generated<number>;
  organization_id: number;
  revisit_log_id: number;
  contact_id: number;
  created_at: number;
}

export interface RevisitLogCommentsTable {
  id: Generated<number>;
  organization_id: number;
  revisit_log_id: number;
  user_id: number;
  content: string;
  created_at: number;
  deleted_at: number | null;
}

/**
 * Live, published follow-ups per author and UTC day number (`real_revisit_at div 86400000`), kept by
 * triggers (migration 2026-12-03T04-00-00) in every write's transaction.
 */
export interface RevisitLogDayCountsTable {
  organization_id: number;
  user_id: number;
  day: number;
  count: number;
}

/** The same per organization and UTC day: what scope `all` sums. */
export interface RevisitLogOrgDayCountsTable {
  organization_id: number;
  day: number;
  count: number;
}
