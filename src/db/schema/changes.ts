/** One row per organization: the last change number handed out (see the change-feed migration). */
export interface ChangeCountersTable {
  organization_id: number;
  last_change_id: number;
}

export type ChangeAction = 'created' | 'updated' | 'deleted';

/** One row per follow-up, at its latest change number. */
export interface RevisitLogChangesTable {
  organization_id: number;
  revisit_log_id: number;
  change_id: number;
  action: ChangeAction;
  changed_at: number;
}
