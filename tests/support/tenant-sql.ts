/**
 * Finds SQL statements that would cross organizations on a database distributed by organization (Citus):
 * each occurrence of a tenant table (one with organization_id) must come with its own equality on
 * organization_id — a filter `organization_id = $n` / `in (…)`, or a join on another table's
 * organization_id — and each insert into one must write organization_id. A textual check over the
 * statements Kysely compiled: it counts, per statement, tenant-table occurrences against organization_id
 * predicates, which is what a router query needs.
 */
export interface TenantSqlViolation {
  sql: string;
  tables: string[];
  predicates: number;
}

const TABLE_REF = /\b(from|join|update|into)\s+"(\w+)"/gi;
// Quoted (Kysely's builder) or bare (raw sql`` fragments), qualified or not.
const ORG_PREDICATE = /(?:"|\b)organization_id"?\s*(=|in\b)/gi;

export function crossTenantStatements(statements: readonly string[], tenantTables: ReadonlySet<string>): TenantSqlViolation[] {
  const seen = new Set<string>();
  const out: TenantSqlViolation[] = [];
  for (const sql of statements) {
    if (seen.has(sql)) continue;
    seen.add(sql);
    const refs = [...sql.matchAll(TABLE_REF)].filter((m) => tenantTables.has(m[2]!));
    if (refs.length === 0) continue;
    const inserts = refs.filter((m) => m[1]!.toLowerCase() === 'into');
    const insertOk = inserts.every(() => /insert into "\w+" \([^)]*"organization_id"/i.test(sql));
    const predicates = [...sql.matchAll(ORG_PREDICATE)].length;
    const needed = refs.length - inserts.length;
    if (!insertOk || predicates < needed) out.push({ sql, tables: refs.map((m) => m[2]!), predicates });
  }
  return out;
}
