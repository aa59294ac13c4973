import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { readerOf, type RequestCtx } from '../../request-context.ts';
import { findRevisitLogAccess } from './revisit-log-refs.repository.ts';
import type { RevisitLogRow } from './revisit-logs.repository.ts';

/** `/revisit_logs/:id` ids arrive as text; anything but a positive integer is simply not found. */
export function parseRevisitLogId(raw: string): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw notFound();
  return Number(raw);
}

/**
 * One follow-up the caller may read (`read`: author, inside the data scope, or mentioned on it) or change
 * (`write`: author or inside the data scope), decided in SQL by the one rule (`visible-records.sql.ts`).
 * Missing, another tenant's, a stranger's draft and invisible all answer 100100 alike; visible-but-not-writable
 * (a mention) answers 100403.
 */
export async function accessibleRevisitLog(db: Db, ctx: RequestCtx, id: number, need: 'read' | 'write'): Promise<RevisitLogRow> {
  const found = await findRevisitLogAccess(db, readerOf(ctx), id);
  if (!found) throw notFound();
  if (need === 'write' && !found.writable) throw new AppError('forbidden');
  return found.row;
}
