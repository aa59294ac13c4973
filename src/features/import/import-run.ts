import type { AppContext } from '../../app-context.ts';
import type { ImportKind } from './import.repository.ts';
import type { SourceReader } from './source-reader.ts';

/** One run of `genjin import`: where it reads, where it writes, and the id maps it has loaded so far. */
export interface ImportRun {
  readonly app: AppContext;
  readonly reader: SourceReader;
  readonly organizationId: number;
  /** The source's zone: wire times (`YYYY-MM-DD HH:mm`) are read in it; the new organization gets it too. */
  readonly timeZone: string;
  readonly importerSourceId: number;
  /** `--since` as an instant: only records written or happening from then on. */
  readonly since: number | undefined;
  readonly sinceDay: string | undefined;
  readonly pageSize: number;
  /** Source id → local id, per kind, as loaded or written by this run. */
  readonly maps: Map<ImportKind, Map<string, number>>;
  rootDepartmentId: number;
  adminRoleId: number;
  onFollowUps?: ((done: number, total: number) => void) | undefined;
  /** Counts of what this run skipped and why (records the source names but cannot serve). */
  readonly skipped: Map<string, number>;
}

export function mapOf(run: ImportRun, kind: ImportKind): Map<string, number> {
  let map = run.maps.get(kind);
  if (!map) run.maps.set(kind, (map = new Map()));
  return map;
}

export function mapped(run: ImportRun, kind: ImportKind, sourceId: number | string | null | undefined): number | undefined {
  if (sourceId === null || sourceId === undefined || sourceId === '') return undefined;
  return mapOf(run, kind).get(String(sourceId));
}

export function skip(run: ImportRun, reason: string): void {
  run.skipped.set(reason, (run.skipped.get(reason) ?? 0) + 1);
}
