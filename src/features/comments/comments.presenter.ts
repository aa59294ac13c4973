import { formatWireDateTime } from '../../domain/wire-time.ts';
import type { CommentRow } from '../revisit-logs/revisit-logs.related.repository.ts';
import type { CommentJson } from './comments.schemas.ts';

/** The same shape as the comments inlined in a follow-up item. */
export function presentComment(c: CommentRow, timeZone: string): CommentJson {
  return { id: c.id, content: c.content, user_id: c.user_id, user_name: c.user_name, created_at: formatWireDateTime(c.created_at, timeZone) };
}
