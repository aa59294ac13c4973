import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectOps } from '../../db/dialect/types.ts';

/** `q=`: the words to find, with the engine's operations (its substring index differs). */
export interface KeywordFilter {
  readonly terms: readonly string[];
  readonly ops: DialectOps;
}

/** The loggable types and the column that names each (opportunities and contracts are titled). */
const ENTITY_NAME_COLUMNS = [
  ['Lead', 'leads', 'name'],
  ['Customer', 'customers', 'name'],
  ['Opportunity', 'opportunities', 'title'],
  ['Contract', 'contracts', 'title'],
  ['Contact', 'contacts', 'name'],
] as const;

/** A trigram index answers a substring of three characters or more; shorter ones it cannot narrow. */
const INDEXABLE_LENGTH = 3;

function matchingUsers(organizationId: number, ops: DialectOps, term: string): RawBuilder<unknown> {
  return sql`select u.id from users u where u.organization_id = ${organizationId} and ${ops.containsInsensitive(sql.ref('u.name'), term)}`;
}

function matchingEntities(organizationId: number, ops: DialectOps, term: string, table: string, column: string): RawBuilder<unknown> {
  return sql`select e.id from ${sql.table(table)} e where e.organization_id = ${organizationId} and ${ops.containsInsensitive(sql.ref(`e.${column}`), term)}`;
}

/**
 * A long word: the ids of the organization's follow-ups that contain it, found through the indexes — the
 * trigram index for the content, (organization, author) and (organization, entity) for the names — so the
 * query starts from the matches rather than from the timeline.
 */
function candidatesCondition(organizationId: number, ops: DialectOps, term: string): Expression<SqlBool> {
  const byContent = ops.followUpIdsContaining(term);
  const byAuthor = sql`select r.id from revisit_logs r where r.organization_id = ${organizationId} and r.user_id in (${matchingUsers(organizationId, ops, term)})`;
  const byEntity = ENTITY_NAME_COLUMNS.map(
    ([type, table, column]) =>
      sql`select r.id from revisit_logs r where r.organization_id = ${organizationId} and r.loggable_type = ${type} and r.loggable_id in (${matchingEntities(organizationId, ops, term, table, column)})`,
  );
  return sql<SqlBool>`revisit_logs.id in (${sql.join([byContent, byAuthor, ...byEntity], sql` union all `)})`;
}

/**
 * A word of one or two characters: a condition on each row the other filters select (the period bounds the
 * walk over the timeline index), since no trigram narrows it.
 */
function rowCondition(organizationId: number, ops: DialectOps, term: string): Expression<SqlBool> {
  const byEntity = ENTITY_NAME_COLUMNS.map(
    ([type, table, column]) =>
      sql<SqlBool>`(revisit_logs.loggable_type = ${type} and revisit_logs.loggable_id in (${matchingEntities(organizationId, ops, term, table, column)}))`,
  );
  const byAuthor = sql<SqlBool>`revisit_logs.user_id in (${matchingUsers(organizationId, ops, term)})`;
  const byContent = ops.containsInsensitive(sql.ref('revisit_logs.content'), term);
  return sql<SqlBool>`(${sql.join([byContent, byAuthor, ...byEntity], sql` or `)})`;
}

/**
 * Every word must occur in the follow-up's content, its entity's name or its author's name (any of the three,
 * each word on its own). Names are matched through subqueries on the small tables, so renaming an entity or a
 * user changes what is found at once. Comments are not searched.
 */
export function keywordCondition(organizationId: number, filter: KeywordFilter): Expression<SqlBool> {
  const perTerm = filter.terms.map((term) =>
    [...term].length >= INDEXABLE_LENGTH ? candidatesCondition(organizationId, filter.ops, term) : rowCondition(organizationId, filter.ops, term),
  );
  return sql<SqlBool>`(${sql.join(perTerm, sql` and `)})`;
}
