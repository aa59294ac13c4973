import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliResult {
  /** The process's exit code (0 on success). */
  code: number;
  /** The last line of stdout as JSON (commands print their result there with --json). */
  json: Record<string, unknown> | undefined;
  stderr: string;
}

/**
 * `genjin <args> --json` in a process of its own on the database at `databaseUrl`, as an operator runs it.
 * `env` adds variables (e.g. WEBHOOK_ALLOW_PRIVATE).
 */
export async function runGenjin(databaseUrl: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout } = await run('node', ['bin/genjin.js', ...args, '--json'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ...env },
    });
    return { code: 0, json: JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, json: undefined, stderr: e.stderr };
  }
}
