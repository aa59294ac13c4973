import { closeAppContext, createAppContext, type AppContext } from '../app-context.ts';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../domain/errors.ts';

/**
 * Runs one CLI action against the configured database (migrated first) and prints its result: with
 * --json, one JSON object on the last line; errors as a one-line reason on stderr and exit code 1.
 */
export async function runCommand<T extends object>(
  json: boolean | undefined,
  action: (app: AppContext) => Promise<T>,
  describe: (result: T) => string,
  options: { migrateFirst: boolean } = { migrateFirst: true },
): Promise<void> {
  let app: AppContext | undefined;
  try {
    app = createAppContext(loadConfig());
    if (options.migrateFirst) await migrateToLatest(app.database.db);
    const result = await action(app);
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${describe(result)}\n`);
  } catch (error) {
    const message = error instanceof AppError ? error.localizedMessage('en') : error instanceof Error ? error.message : String(error);
    process.stderr.write(`genjin: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  } finally {
    if (app) await closeAppContext(app);
  }
}

/** The same printing and exit codes for a command that works on files and URLs, not on an open database. */
export async function runStandalone<T extends object>(json: boolean | undefined, action: () => Promise<T>, describe: (result: T) => string): Promise<void> {
  try {
    const result = await action();
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${describe(result)}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`genjin: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  }
}

export function parseId(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
    return n;
  };
}
