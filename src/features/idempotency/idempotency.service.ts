import { createHash } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { AppError, invalidParameter } from '../../domain/errors.ts';
import type { RequestCtx } from '../../request-context.ts';
import {
  deleteExpiredIdempotencyKey,
  findIdempotencyKey,
  insertIdempotencyKey,
  storeIdempotentResponse,
  type IdempotencyKeyId,
  type IdempotencyKeyRow,
} from './idempotency.repository.ts';

/** How long a key is remembered: sync scripts retry within minutes; a day leaves room for a rerun. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;
/** Credentials are not part of the request's meaning: a retry may come with a fresh token. */
const CREDENTIAL_KEYS = new Set(['user_token', 'device', 'version_code']);

/** Deeper bodies are refused: no request we accept nests beyond a few levels, and canonical() recurses. */
const MAX_BODY_DEPTH = 32;

/** Measured with an explicit stack, so a 100,000-deep body cannot overflow the call stack. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** Values as text and keys sorted, so the same request fingerprints the same as JSON or as a form. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => !CREDENTIAL_KEYS.has(k))
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value === null || value === undefined ? '' : String(value);
}

export function requestFingerprint(operation: string, body: unknown): string {
  if (deeperThan(body, MAX_BODY_DEPTH)) {
    throw new AppError('invalidParameter', {
      zh: `body 嵌套不能超过 ${MAX_BODY_DEPTH} 层`,
      en: `body may nest at most ${MAX_BODY_DEPTH} levels`,
    });
  }
  return createHash('sha256').update(operation).update('\n').update(JSON.stringify(canonical(body ?? {}))).digest('hex');
}

class KeyTaken extends Error {}

function replay<T>(row: IdempotencyKeyRow, fingerprint: string): T {
  if (row.fingerprint !== fingerprint) {
    throw new AppError('conflict', { zh: 'Idempotency-Key 已用于另一个请求', en: 'Idempotency-Key was used for a different request' });
  }
  return JSON.parse(row.response) as T;
}

/**
 * Runs `work` in one transaction, at most once per (user, Idempotency-Key) within the window: a repeat gets
 * the first answer, a repeat with another body a 100409. The key is claimed by an insert inside the same
 * transaction, so of two concurrent requests one commits and the other hits the unique constraint (on
 * PostgreSQL it waits for the first to commit; on SQLite transactions are serialized), rolls back and
 * replays the stored answer.
 */
export async function runIdempotent<T>(
  app: AppContext,
  ctx: RequestCtx,
  request: { key: string | undefined; operation: string; body: unknown },
  work: (trx: Db) => Promise<T>,
): Promise<T> {
  const { db, ops } = app.database;
  if (request.key === undefined) return db.transaction().execute(work);
  const key = request.key.trim();
  if (key === '' || key.length > MAX_KEY_LENGTH) throw invalidParameter('Idempotency-Key', `1 to ${MAX_KEY_LENGTH} characters`);
  const id: IdempotencyKeyId = { organizationId: ctx.organization.id, userId: ctx.user.id, key };
  const fingerprint = requestFingerprint(request.operation, request.body);
  const since = ctx.now - IDEMPOTENCY_WINDOW_MS;

  const earlier = await findIdempotencyKey(db, id);
  if (earlier && earlier.created_at >= since) return replay<T>(earlier, fingerprint);
  try {
    return await db.transaction().execute(async (trx) => {
      await deleteExpiredIdempotencyKey(trx, id, since);
      let rowId: number;
      try {
        rowId = await insertIdempotencyKey(trx, id, fingerprint, ctx.now);
      } catch (error) {
        if (ops.isUniqueViolation(error)) throw new KeyTaken();
        throw error;
      }
      const result = await work(trx);
      await storeIdempotentResponse(trx, rowId, JSON.stringify(result));
      return result;
    });
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    const winner = await findIdempotencyKey(db, id);
    if (!winner) throw new AppError('conflict');
    return replay<T>(winner, fingerprint);
  }
}
