import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/app.ts';
import { createTracing } from '../../src/features/observability/tracing.ts';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig, type Config } from '../../src/config.ts';
import type { TestDialect } from './dialects.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** A settable clock: tests pin "now" to check period boundaries. */
export class TestClock {
  constructor(public now: number = Date.now()) {}
  readonly read = (): number => this.now;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly ctx: AppContext;
  readonly database: TestDatabase;
  readonly clock: TestClock;
  /** Every SQL statement run since the last reset (for constant-query-count assertions). */
  readonly queries: string[];
  /** The same statements with their parameters (to EXPLAIN them). */
  readonly statements: { sql: string; parameters: readonly unknown[] }[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<Config>;
  now?: number;
  build?: BuildAppOptions;
}

/** A full app on its own fresh database: call in beforeAll, close in afterAll. */
export async function createTestApp(dialect: TestDialect, options: TestAppOptions = {}): Promise<TestApp> {
  const queries: string[] = [];
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  // With tracing configured, statements become spans as in a server (createAppContext wires its own database so).
  const tracing = options.config?.tracing ? createTracing(options.config.tracing) : undefined;
  const database = await createTestDatabase(dialect, {
    onQuery: (event) => {
      tracing?.onQuery(event);
      if (event.level !== 'query') return;
      queries.push(event.query.sql);
      statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-files-'));
  const clock = new TestClock(options.now);
  const ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir, ...options.config }), {
    database: database.handle,
    clock: clock.read,
    ...(tracing ? { tracing } : {}),
  });
  const app = await buildApp(ctx, { logger: false, ...options.build });
  await app.ready();
  return {
    app,
    ctx,
    database,
    clock,
    queries,
    statements,
    close: async () => {
      await app.close();
      await tracing?.shutdown();
      await database.drop();
      fs.rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
