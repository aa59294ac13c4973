import { CompiledQuery } from 'kysely';
import type { TestDialect } from './dialects.ts';
import type { TestApp } from './test-app.ts';

/**
 * The engine's plan for each captured statement, with its real parameters, one text per statement. On
 * PostgreSQL sequential scans are disabled for the run: a tiny test table would otherwise be scanned
 * whatever indexes exist, and the assertion is about which index the statement can use.
 */
export async function explainStatements(
  t: TestApp,
  dialect: TestDialect,
  statements: readonly { sql: string; parameters: readonly unknown[] }[],
): Promise<string[]> {
  return t.ctx.database.db.connection().execute(async (conn) => {
    if (dialect === 'postgres') await conn.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
    const plans: string[] = [];
    for (const statement of statements) {
      const explain = dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
      const { rows } = await conn.executeQuery(CompiledQuery.raw(explain + statement.sql, [...statement.parameters]));
      plans.push(rows.map((r) => Object.values(r as object).join(' ')).join('\n'));
    }
    if (dialect === 'postgres') await conn.executeQuery(CompiledQuery.raw('reset enable_seqscan'));
    return plans;
  });
}
