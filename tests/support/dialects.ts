import { describe } from 'vitest';

/** The PostgreSQL server the integration suite also runs against (CI sets it; without it those suites skip). */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export type TestDialect = 'sqlite' | 'postgres';

/**
 * Declares the same suite once per dialect. Without TEST_DATABASE_URL the PostgreSQL copy is reported as
 * skipped rather than silently missing.
 */
export function describeEachDialect(name: string, body: (dialect: TestDialect) => void): void {
  describe(`${name} [sqlite]`, () => body('sqlite'));
  describe.skipIf(!TEST_POSTGRES_URL)(`${name} [postgres]`, () => body('postgres'));
}
