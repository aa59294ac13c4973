import type { Db } from '../../db/database.ts';
import { LOGGABLE_TABLES, type LoggableType } from '../../domain/loggable.ts';
import { parseClientTime } from '../../domain/params.ts';
import { ENTITY_DESCRIPTORS, type EntityDescriptor } from '../entities/entity-descriptors.ts';
import { insertEntities, type EntityInserts } from '../entities/entities.repository.ts';
import { insertMappings } from './import.repository.ts';
import { ensureUsers } from './import-directory.ts';
import { mapOf, mapped, skip, type ImportRun } from './import-run.ts';
import { ENTITY_PLURALS, type EntityPlural, type SourceEntity } from './source-reader.ts';

const ADDRESS_TEXT = ['tel', 'phone', 'fax', 'email', 'qq', 'wechat', 'wangwang', 'url', 'zip', 'detail_address'] as const;

function descriptorOf(plural: EntityPlural): EntityDescriptor {
  return ENTITY_DESCRIPTORS.find((d) => d.plural === plural)!;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

/** An entity item of the wire as a row of the target (owner, options and customer mapped); undefined when it cannot be. */
function rowOf(run: ImportRun, d: EntityDescriptor, item: SourceEntity, now: number): Record<string, unknown> | undefined {
  const owner = mapped(run, 'user', item.user_id as number);
  if (owner === undefined) return undefined;
  const created = parseClientTime(String(item.created_at ?? ''), run.timeZone) ?? now;
  const row: Record<string, unknown> = {
    organization_id: run.organizationId,
    user_id: owner,
    approve_status: str(item.approve_status) ?? 'approved',
    created_at: created,
    updated_at: parseClientTime(String(item.updated_at ?? ''), run.timeZone) ?? created,
    [d.labelColumn]: String((d.labelColumn === 'title' ? item.title : item.name) ?? item.name ?? ''),
  };
  if (d.belongsToCustomer) {
    const customer = mapped(run, 'customers', item.customer_id as number);
    if (customer === undefined) return undefined;
    row.customer_id = customer;
  }
  if (d.stateColumn) row[d.stateColumn] = mapped(run, 'option', item[d.stateColumn] as string) ?? null;
  for (const x of d.extras) {
    const value = item[x.column];
    row[x.column] = x.kind === 'option' ? (mapped(run, 'option', value as string) ?? null) : x.kind === 'number' ? num(value) : str(value);
  }
  const address = item.address;
  if (d.hasAddress && typeof address === 'object' && address !== null) {
    const a = address as Record<string, unknown>;
    for (const f of ADDRESS_TEXT) row[`address_${f}`] = str(a[f]);
    row.address_lat = num(a.lat);
    row.address_lng = num(a.lng);
  }
  return row;
}

/** Inserts the given source entities of one kind with their mappings, in one transaction. */
async function insertBatch(run: ImportRun, plural: EntityPlural, items: readonly SourceEntity[]): Promise<void> {
  const map = mapOf(run, plural);
  const fresh = items.filter((i) => !map.has(String(i.id)));
  if (fresh.length === 0) return;
  const d = descriptorOf(plural);
  await ensureUsers(run, fresh.map((i) => i.user_id as number));
  if (d.belongsToCustomer) {
    for (const i of fresh) if (mapped(run, 'customers', i.customer_id as number) === undefined) await ensureEntity(run, 'Customer', i.customer_id as number);
  }
  const now = run.app.clock();
  const rows: { source: number; row: Record<string, unknown> }[] = [];
  for (const item of fresh) {
    const row = rowOf(run, d, item, now);
    if (row) rows.push({ source: item.id, row });
    else skip(run, `${plural} whose owner or customer the source does not answer`);
  }
  if (rows.length === 0) return;
  await run.app.database.db.transaction().execute(async (trx: Db) => {
    const ids = await insertEntities(trx, plural, rows.map((r) => r.row) as EntityInserts[typeof plural][]);
    await insertMappings(trx, run.organizationId, plural, rows.map((r, i) => ({ sourceId: r.source, localId: ids[i]! })), now);
    rows.forEach((r, i) => map.set(String(r.source), ids[i]!));
  });
}

/** Every entity list, customers first (the others belong to a customer), a page per transaction. */
export async function importEntities(run: ImportRun): Promise<void> {
  for (const plural of ENTITY_PLURALS) {
    for await (const page of run.reader.entityPages(plural, run.sinceDay)) await insertBatch(run, plural, page.items);
  }
}

/**
 * An entity a follow-up belongs to that the lists did not bring (outside `--since`, or created since the
 * list was read): fetched by id. Undefined when the source no longer has it (deleted).
 */
export async function ensureEntity(run: ImportRun, type: LoggableType, sourceId: number): Promise<number | undefined> {
  const plural = LOGGABLE_TABLES[type];
  const known = mapped(run, plural, sourceId);
  if (known !== undefined) return known;
  const item = await run.reader.entity(plural, sourceId);
  if (!item) return undefined;
  await insertBatch(run, plural, [item]);
  return mapped(run, plural, sourceId);
}
