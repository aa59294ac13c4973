/** Settings of the installation, shared by every instance on the database (not tenant data). */
export interface InstanceSettingsTable {
  key: string;
  value: string;
  created_at: number;
}
