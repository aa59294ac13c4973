/** The primary's WAL position after a token's last write (only kept when read replicas are configured). */
export interface TokenWritePositionsTable {
  organization_id: number;
  token_id: number;
  /** `pg_current_wal_lsn()` as text, e.g. `0/3000148`. */
  lsn: string;
  written_at: number;
}
