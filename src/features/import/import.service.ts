import type { AppContext } from '../../app-context.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { parseClientTime } from '../../domain/params.ts';
import { isValidTimeZone } from '../../domain/wire-time.ts';
import { CORP_ID } from '../organizations/organizations.service.ts';
import { countMapped, ENTITY_KINDS, findAllMapped } from './import.repository.ts';
import { ensureOrganization, importDirectory, importOptionSets } from './import-directory.ts';
import { importEntities } from './import-entities.ts';
import { importFollowUps } from './import-follow-ups.ts';
import type { ImportRun } from './import-run.ts';
import { createSourceClient } from './source-client.ts';
import { createSourceReader } from './source-reader.ts';

export interface ImportInput {
  from: string;
  login: string;
  password: string;
  corpId?: string | undefined;
  /** `YYYY-MM-DD`: only entities updated and follow-ups happening or updated from that day on. */
  since?: string | undefined;
  asCorpId?: string | undefined;
  timeZone: string;
  pageSize: number;
  fetch?: typeof fetch;
  onPhase?: (phase: 'directory' | 'options' | 'entities' | 'follow-ups') => void;
  onFollowUps?: (done: number, total: number) => void;
}

export interface ImportResult {
  organization_id: number;
  corp_id: string;
  users: number;
  entities: number;
  follow_ups: number;
  attachments: number;
  seconds: number;
  skipped: Record<string, number>;
}

function parseSince(since: string | undefined, zone: string): number | undefined {
  if (since === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(since) ? parseClientTime(since, zone) : undefined;
  if (at === undefined) throw invalidParameter('since', 'YYYY-MM-DD');
  return at;
}

/**
 * `genjin import`: copies an organization from an IKCRM-compatible server (IKCRM, or another Genjin) through
 * its public API into this database, as an organization of its own. Every record commits together with its
 * id mapping, so a rerun (after an interruption, or later with `--since`) writes only what is missing.
 */
export async function importFromSource(app: AppContext, input: ImportInput): Promise<ImportResult> {
  const started = performance.now();
  if (!isValidTimeZone(input.timeZone)) throw invalidParameter('time_zone', 'an IANA time zone such as Asia/Shanghai');
  const since = parseSince(input.since, input.timeZone);
  if (input.asCorpId !== undefined && !CORP_ID.test(input.asCorpId)) throw invalidParameter('as_corp_id', 'letters, digits, - and _ (2-64)');
  const client = createSourceClient({ baseUrl: input.from, ...(input.fetch ? { fetch: input.fetch } : {}) });
  const session = await client.login({ login: input.login, password: input.password, corp_id: input.corpId });
  const reader = createSourceReader(client, input.pageSize);
  const me = await reader.me();
  const corpId = input.asCorpId ?? session.corp_id;
  if (!CORP_ID.test(corpId)) throw invalidParameter('corp_id', 'letters, digits, - and _ (2-64): choose one with --as-corp-id');
  const organizationId = await ensureOrganization(app, { corpId, sourceCorpId: session.corp_id, name: me.organization_name || corpId, timeZone: input.timeZone });
  const run: ImportRun = {
    app,
    reader,
    organizationId,
    timeZone: input.timeZone,
    importerSourceId: session.user_id,
    since,
    sinceDay: input.since,
    pageSize: input.pageSize,
    maps: new Map(),
    rootDepartmentId: 0,
    adminRoleId: 0,
    onFollowUps: input.onFollowUps,
    skipped: new Map(),
  };
  input.onPhase?.('directory');
  await importDirectory(run, input.password);
  input.onPhase?.('options');
  await importOptionSets(run);
  for (const kind of ENTITY_KINDS) run.maps.set(kind, await findAllMapped(app.database.db, organizationId, kind));
  input.onPhase?.('entities');
  await importEntities(run);
  input.onPhase?.('follow-ups');
  await importFollowUps(run);
  const counts = await countMapped(app.database.db, organizationId);
  return {
    organization_id: organizationId,
    corp_id: corpId,
    users: counts.get('user') ?? 0,
    entities: ENTITY_KINDS.reduce((n, k) => n + (counts.get(k) ?? 0), 0),
    follow_ups: counts.get('revisit_log') ?? 0,
    attachments: counts.get('attachment') ?? 0,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    skipped: Object.fromEntries(run.skipped),
  };
}
