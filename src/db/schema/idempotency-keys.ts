import type { Generated } from 'kysely';

export interface IdempotencyKeysTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  key: string;
  /** SHA-256 of the request (method, path, body without credentials): a reused key with another body is a conflict. */
  fingerprint: string;
  /** The `data` first answered, as JSON. */
  response: string;
  created_at: number;
}
