import { createHash } from 'node:crypto';
import { invalidParameter } from '../../domain/errors.ts';
import type { VisibleAuthors } from '../../domain/visibility.ts';
import type { FeedPosition } from './changes.repository.ts';

/**
 * A cursor is a feed position plus a fingerprint of the scope it was read under. When the reader's own scope
 * changes (new role, moved department) the old position means nothing for the new scope: the feed starts
 * over for them, which re-sends what they may see and a `deleted` for what they may no longer see.
 */
export interface FeedCursor {
  position: FeedPosition;
  scope: string;
}

export const START: FeedPosition = { changeId: 0, revisitLogId: 0 };

export function scopeFingerprint(viewerId: number, visible: VisibleAuthors): string {
  const described =
    visible.kind === 'all'
      ? 'all'
      : visible.kind === 'user'
        ? `user:${visible.userId}`
        : visible.kind === 'department'
          ? `department:${visible.departmentId}`
          : `subtree:${visible.pathPrefix}`;
  return createHash('sha256').update(`${viewerId}|${described}`).digest('base64url').slice(0, 12);
}

export function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([1, cursor.position.changeId, cursor.position.revisitLogId, cursor.scope])).toString('base64url');
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Anything but a cursor this server issued (same version, sane numbers) is 100406. */
export function decodeCursor(text: string): FeedCursor {
  const bad = () => invalidParameter('cursor', 'a next_cursor returned by this endpoint');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw bad();
  const [version, changeId, revisitLogId, scope] = parsed as unknown[];
  if (version !== 1 || !isCount(changeId) || !isCount(revisitLogId) || typeof scope !== 'string') throw bad();
  return { position: { changeId, revisitLogId }, scope };
}
