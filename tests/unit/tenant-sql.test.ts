import { describe, expect, it } from 'vitest';
import { crossTenantStatements } from '../support/tenant-sql.ts';

const TENANT = new Set(['revisit_logs', 'users', 'departments']);
const flagged = (sql: string) => crossTenantStatements([sql], TENANT).map((v) => v.tables);

describe('crossTenantStatements (the Citus readiness check of the isolation sweep)', () => {
  it('accepts a statement whose every tenant table is filtered or joined on organization_id', () => {
    expect(flagged('select * from "revisit_logs" where "organization_id" = $1 and "id" = $2')).toEqual([]);
    expect(
      flagged('select * from "revisit_logs" as "r" inner join "users" as "u" on "u"."id" = "r"."user_id" and "u"."organization_id" = "r"."organization_id" where "r"."organization_id" = ?'),
    ).toEqual([]);
    expect(flagged('select id from revisit_logs where organization_id = $1')).toEqual([]);
    expect(flagged('insert into "users" ("organization_id", "name") values ($1, $2)')).toEqual([]);
    expect(flagged('select * from "organizations" where "corp_id" = $1')).toEqual([]);
  });

  it('flags a tenant table reached by id alone, a join on id alone and an insert without organization_id', () => {
    expect(flagged('update "revisit_logs" set "content" = $1 where "id" = $2')).toEqual([['revisit_logs']]);
    expect(flagged('select * from "revisit_logs" as "r" inner join "users" as "u" on "u"."id" = "r"."user_id" where "r"."organization_id" = $1')).toEqual([
      ['revisit_logs', 'users'],
    ]);
    expect(flagged('insert into "departments" ("name") values ($1)')).toEqual([['departments']]);
  });

  it('reports each distinct statement once', () => {
    const sql = 'delete from "users" where "id" = $1';
    expect(crossTenantStatements([sql, sql], TENANT)).toEqual([{ sql, tables: ['users'], predicates: 0 }]);
  });
});
