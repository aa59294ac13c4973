import type { AppContext } from '../../app-context.ts';
import { findDayCountMismatches, rebuildDayCounts, type DayCountMismatch } from './day-counts.repository.ts';

export interface DayCountReport {
  /** Roll-up rows (per author and day, or per organization and day) that disagreed with COUNT(*). */
  mismatches: number;
  /** The first of them. */
  examples: DayCountMismatch[];
  /** Organizations rebuilt (with --repair), and what disagreed afterwards (0 unless writes bypassed the triggers meanwhile). */
  repaired_organizations: number[];
  mismatches_after_repair: number | null;
}

/** `genjin counts verify [--repair]`: compares the list's daily roll-ups with COUNT(*) and rebuilds what differs. */
export async function verifyDayCounts(app: AppContext, options: { organizationId?: number; repair: boolean }): Promise<DayCountReport> {
  const { db, ops } = app.database;
  const found = await findDayCountMismatches(db, options.organizationId);
  const report: DayCountReport = { mismatches: found.length, examples: found.slice(0, 20), repaired_organizations: [], mismatches_after_repair: null };
  if (!options.repair || found.length === 0) return report;
  const organizations = [...new Set(found.map((m) => m.organization_id))].sort((a, b) => a - b);
  for (const organizationId of organizations) await rebuildDayCounts(db, ops, organizationId);
  report.repaired_organizations = organizations;
  report.mismatches_after_repair = (await findDayCountMismatches(db, options.organizationId)).length;
  return report;
}
