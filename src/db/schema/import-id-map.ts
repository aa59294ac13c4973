/** What `genjin import` created from which source record (see the import-id-map migration). */
export interface ImportIdMapTable {
  organization_id: number;
  /** `organization`, `role`, `department`, `user`, `option`, an entity table name, `revisit_log`, `comment`, `attachment`. */
  kind: string;
  source_id: string;
  local_id: number;
  created_at: number;
}
