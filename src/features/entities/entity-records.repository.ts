import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DialectOps } from '../../db/dialect/types.ts';
import type { Database } from '../../db/schema/index.ts';
import type { VisibleAuthors } from '../../domain/visibility.ts';
import { customFieldMatches, type CustomFieldCondition } from '../custom-fields/custom-fields.repository.ts';
import { authorIsVisible, usersInSubtree } from '../shared/visible-authors.sql.ts';
import { ADDRESS_FIELDS, type AddressField, type StoredAddress } from './entity-address.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';

/** Every column any of the five entity tables has; a descriptor decides which ones a query may touch. */
interface AnyEntityColumns {
  id: number;
  organization_id: number;
  user_id: number;
  approve_status: string;
  real_revisit_at: number | null;
  revisit_logs_count: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  name: string;
  title: string;
  status: number | null;
  stage: number | null;
  category: number | null;
  customer_id: number;
  company_name: string | null;
  source: string | null;
  note: string | null;
  phone: string | null;
  expect_amount: number | null;
  total_amount: number | null;
}

type AddressColumnsOf = { [F in AddressField as `address_${F}`]: string | number | null };

// The five tables share one row shape for the columns a descriptor names, so queries are written once against
// this alias and the real table name is substituted at run time.
type EntityDb = Database & { entity: AnyEntityColumns & AddressColumnsOf };
const entityDb = (db: Db) => db as unknown as Kysely<EntityDb>;
const fromEntity = (d: EntityDescriptor) => `${d.table} as e` as 'entity as e';
const intoEntity = (d: EntityDescriptor) => d.table as 'entity';

export interface EntityRow {
  id: number;
  user_id: number;
  approve_status: string;
  real_revisit_at: number | null;
  revisit_logs_count: number;
  created_at: number;
  updated_at: number;
  label: string;
  state: number | null;
  customer_id: number | null;
  owner_name: string;
  owner_department_id: number;
  owner_department_name: string;
  extras: Record<string, string | number | null>;
  /** Null for the entities without an address (opportunities, contracts). */
  address: StoredAddress | null;
}

export interface EntityFilter {
  organizationId: number;
  visible: VisibleAuthors;
  userIds?: readonly number[] | undefined;
  departmentPath?: string | undefined;
  updatedFrom?: number | undefined;
  updatedTo?: number | undefined;
  name?: string | undefined;
  customerId?: number | undefined;
  /** Option-id filters by column (`status`, `stage`, `category`): any of the ids. */
  optionIds?: Readonly<Record<string, readonly number[]>>;
  approveStatuses?: readonly string[] | undefined;
  /** `by_name`: the label exactly as given. */
  exactName?: string | undefined;
  /** `search_duplicates`: label or phones containing the text (exact matches are sorted first). */
  duplicates?: { name?: string | undefined; phone?: string | undefined } | undefined;
  custom?: readonly CustomFieldCondition[] | undefined;
}

/** The columns a duplicate search by phone looks at: the address phones, and a contact's own phone. */
export function phoneColumns(d: EntityDescriptor): string[] {
  const columns = d.hasAddress ? ['address_phone', 'address_tel'] : [];
  if (d.extras.some((x) => x.column === 'phone')) columns.push('phone');
  return columns;
}

function duplicateMatch(d: EntityDescriptor, ops: DialectOps, wanted: NonNullable<EntityFilter['duplicates']>, exact: boolean): Expression<SqlBool> {
  const ref = (column: string) => sql.ref<string>(`e.${column}`);
  const match = (column: string, value: string) => (exact ? sql<SqlBool>`${ref(column)} = ${value}` : ops.containsInsensitive(ref(column), value));
  const any: Expression<SqlBool>[] = [];
  if (wanted.name) any.push(match(d.labelColumn, wanted.name));
  if (wanted.phone) for (const column of phoneColumns(d)) any.push(match(column, wanted.phone));
  return any.length ? sql<SqlBool>`(${sql.join(any, sql` or `)})` : sql<SqlBool>`1 = 0`;
}

export type EntitySort = 'created_at' | 'updated_at' | 'real_revisit_at';

function conditions(d: EntityDescriptor, ops: DialectOps, filter: EntityFilter): Expression<SqlBool>[] {
  const ref = (column: string) => sql.ref(`e.${column}`);
  const list: Expression<SqlBool>[] = [
    sql<SqlBool>`${ref('organization_id')} = ${filter.organizationId}`,
    sql<SqlBool>`${ref('deleted_at')} is null`,
    authorIsVisible(sql.ref<number>('e.user_id'), filter.organizationId, filter.visible),
  ];
  if (filter.userIds) list.push(sql<SqlBool>`${ref('user_id')} in (${sql.join(filter.userIds.length ? filter.userIds : [0])})`);
  if (filter.departmentPath) list.push(usersInSubtree(sql.ref<number>('e.user_id'), filter.organizationId, filter.departmentPath));
  if (filter.updatedFrom !== undefined) list.push(sql<SqlBool>`${ref('updated_at')} >= ${filter.updatedFrom}`);
  if (filter.updatedTo !== undefined) list.push(sql<SqlBool>`${ref('updated_at')} <= ${filter.updatedTo}`);
  if (filter.name) list.push(ops.containsInsensitive(sql.ref<string>(`e.${d.labelColumn}`), filter.name));
  if (filter.customerId !== undefined && d.belongsToCustomer) list.push(sql<SqlBool>`${ref('customer_id')} = ${filter.customerId}`);
  for (const [column, ids] of Object.entries(filter.optionIds ?? {})) {
    // Only a column the descriptor names reaches SQL (the filter parser builds keys from it).
    if (column === d.stateColumn || d.extras.some((x) => x.column === column && x.kind === 'option')) {
      list.push(sql<SqlBool>`${ref(column)} in (${sql.join(ids.length ? ids : [0])})`);
    }
  }
  if (filter.exactName !== undefined) list.push(sql<SqlBool>`${ref(d.labelColumn)} = ${filter.exactName}`);
  if (filter.duplicates) list.push(duplicateMatch(d, ops, filter.duplicates, false));
  for (const c of filter.custom ?? []) list.push(customFieldMatches(sql.ref<number>('e.id'), c));
  if (filter.approveStatuses) list.push(sql<SqlBool>`${ref('approve_status')} in (${sql.join(filter.approveStatuses)})`);
  return list;
}

function selectRows(db: Db, d: EntityDescriptor) {
  const extras = d.extras.map((x) => sql`${sql.ref(`e.${x.column}`)}`.as(`x_${x.column}`));
  const address = d.hasAddress ? ADDRESS_FIELDS.map((field) => sql`${sql.ref(`e.address_${field}`)}`.as(`a_${field}`)) : [];
  return entityDb(db)
    .selectFrom(fromEntity(d))
    .innerJoin('users as owner', (j) => j.onRef('owner.id', '=', 'e.user_id').onRef('owner.organization_id', '=', 'e.organization_id'))
    .innerJoin('departments as owner_department', (j) => j.onRef('owner_department.id', '=', 'owner.department_id').onRef('owner_department.organization_id', '=', 'owner.organization_id'))
    .select([
      'e.id',
      'e.user_id',
      'e.approve_status',
      'e.real_revisit_at',
      'e.revisit_logs_count',
      'e.created_at',
      'e.updated_at',
      sql<string>`${sql.ref(`e.${d.labelColumn}`)}`.as('label'),
      (d.stateColumn ? sql<number | null>`${sql.ref(`e.${d.stateColumn}`)}` : sql<number | null>`null`).as('state'),
      (d.belongsToCustomer ? sql<number | null>`e.customer_id` : sql<number | null>`null`).as('customer_id'),
      'owner.name as owner_name',
      'owner.department_id as owner_department_id',
      'owner_department.name as owner_department_name',
      ...extras,
      ...address,
    ]);
}

function toEntityRow(d: EntityDescriptor, raw: Record<string, unknown>): EntityRow {
  const extras: Record<string, string | number | null> = {};
  for (const x of d.extras) extras[x.column] = (raw[`x_${x.column}`] ?? null) as string | number | null;
  let address: StoredAddress | null = null;
  if (d.hasAddress) {
    address = {} as StoredAddress;
    for (const field of ADDRESS_FIELDS) address[field] = (raw[`a_${field}`] ?? null) as string | number | null;
  }
  return { ...(raw as unknown as EntityRow), extras, address };
}

export async function findEntityPage(
  db: Db,
  ops: DialectOps,
  d: EntityDescriptor,
  filter: EntityFilter,
  page: { limit: number; offset: number; sort: EntitySort; order: 'asc' | 'desc' },
): Promise<EntityRow[]> {
  const direction = page.order === 'asc' ? sql`asc` : sql`desc`;
  // coalesce: entities never followed up sort as oldest on both engines (their NULL ordering differs).
  const sortKey = page.sort === 'real_revisit_at' ? sql`coalesce(e.real_revisit_at, 0)` : sql.ref(`e.${page.sort}`);
  let query = selectRows(db, d).where((eb) => eb.and(conditions(d, ops, filter)));
  // Duplicate candidates: the exact matches first, then the partial ones.
  if (filter.duplicates) query = query.orderBy(sql`case when ${duplicateMatch(d, ops, filter.duplicates, true)} then 0 else 1 end`);
  const rows = await query
    .orderBy(sql`${sortKey} ${direction}`)
    .orderBy(sql`e.id ${direction}`)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => toEntityRow(d, r as Record<string, unknown>));
}

export async function countEntities(db: Db, ops: DialectOps, d: EntityDescriptor, filter: EntityFilter): Promise<number> {
  const row = await entityDb(db)
    .selectFrom(fromEntity(d))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and(conditions(d, ops, filter)))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One live entity the caller may see, or undefined (missing, deleted, other tenant and invisible alike). */
export async function findVisibleEntity(
  db: Db,
  ops: DialectOps,
  d: EntityDescriptor,
  scope: { organizationId: number; visible: VisibleAuthors },
  id: number,
): Promise<EntityRow | undefined> {
  const row = await selectRows(db, d)
    .where((eb) => eb.and([...conditions(d, ops, scope), sql<SqlBool>`e.id = ${id}`]))
    .executeTakeFirst();
  return row ? toEntityRow(d, row as Record<string, unknown>) : undefined;
}

export interface CustomerSummary {
  id: number;
  name: string;
  user_id: number;
  user_name: string;
}

/** The customers a page refers to, with their owners (batched: one query for a whole page). */
export async function findCustomerSummaries(db: Db, organizationId: number, ids: readonly number[]): Promise<Map<number, CustomerSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.user_id').onRef('u.organization_id', '=', 'c.organization_id'))
    .select(['c.id', 'c.name', 'c.user_id', 'u.name as user_name'])
    .where('c.organization_id', '=', organizationId)
    .where('c.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export type EntityValues = Partial<Omit<AnyEntityColumns & AddressColumnsOf, 'id'>>;

export async function insertEntity(db: Db, d: EntityDescriptor, values: EntityValues): Promise<number> {
  const row = await entityDb(db)
    .insertInto(intoEntity(d))
    .values(values as AnyEntityColumns)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateEntity(db: Db, d: EntityDescriptor, organizationId: number, id: number, values: EntityValues): Promise<void> {
  await entityDb(db)
    .updateTable(intoEntity(d))
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function countEntityRows(db: Db, d: EntityDescriptor, organizationId: number): Promise<number> {
  const row = await entityDb(db)
    .selectFrom(fromEntity(d))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.organization_id', '=', organizationId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
