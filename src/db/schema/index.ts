import type { CheckinsTable } from './checkins.ts';
import type { CustomFieldsTable, CustomFieldValuesTable } from './custom-fields.ts';
import type { ChangeCountersTable, RevisitLogChangesTable } from './changes.ts';
import type { OutboxEventsTable, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './webhooks.ts';
import type { NotificationsTable, PendingRemindersTable } from './notifications.ts';
import type { ApiTokensTable, DepartmentsTable, RolesTable, UsersTable } from './directory.ts';
import type {
  ContactsTable,
  ContractsTable,
  CustomersTable,
  FieldOptionsTable,
  LeadsTable,
  OpportunitiesTable,
} from './entities.ts';
import type { IdempotencyKeysTable } from './idempotency-keys.ts';
import type { ImportIdMapTable } from './import-id-map.ts';
import type { InstanceSettingsTable } from './instance-settings.ts';
import type { OrganizationsTable } from './organizations.ts';
import type { TokenWritePositionsTable } from './token-write-positions.ts';
import type {
  AttachmentsTable,
  RevisitLogAtUsersTable,
  RevisitLogDayCountsTable,
  RevisitLogOrgDayCountsTable,
  RevisitLogCommentsTable,
  RevisitLogContactsTable,
  RevisitLogsTable,
} from './revisit-logs.ts';

export interface Database {
  organizations: OrganizationsTable;
  departments: DepartmentsTable;
  roles: RolesTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  field_options: FieldOptionsTable;
  leads: LeadsTable;
  customers: CustomersTable;
  opportunities: OpportunitiesTable;
  contracts: ContractsTable;
  contacts: ContactsTable;
  revisit_logs: RevisitLogsTable;
  revisit_log_day_counts: RevisitLogDayCountsTable;
  revisit_log_org_day_counts: RevisitLogOrgDayCountsTable;
  attachments: AttachmentsTable;
  revisit_log_at_users: RevisitLogAtUsersTable;
  revisit_log_contacts: RevisitLogContactsTable;
  revisit_log_comments: RevisitLogCommentsTable;
  idempotency_keys: IdempotencyKeysTable;
  instance_settings: InstanceSettingsTable;
  token_write_positions: TokenWritePositionsTable;
  custom_fields: CustomFieldsTable;
  custom_field_values: CustomFieldValuesTable;
  change_counters: ChangeCountersTable;
  revisit_log_changes: RevisitLogChangesTable;
  webhook_endpoints: WebhookEndpointsTable;
  outbox_events: OutboxEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  notifications: NotificationsTable;
  pending_reminders: PendingRemindersTable;
  checkins: CheckinsTable;
  import_id_map: ImportIdMapTable;
}

export type * from './changes.ts';
export type * from './checkins.ts';
export type * from './directory.ts';
export type * from './entities.ts';
export type * from './idempotency-keys.ts';
export type * from './import-id-map.ts';
export type * from './instance-settings.ts';
export type * from './notifications.ts';
export type * from './organizations.ts';
export type * from './revisit-logs.ts';
export type * from './webhooks.ts';
