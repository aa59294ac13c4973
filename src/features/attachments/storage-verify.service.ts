import type { AppContext } from '../../app-context.ts';
import { listAllStorageKeys } from './attachments.repository.ts';
import { derivedKey } from './image-variants.ts';

export interface StorageReport {
  attachments: number;
  stored_keys: number;
  /** Attachment rows whose bytes are missing: their links answer 404. */
  rows_without_bytes: { id: number; storage_key: string }[];
  /** Stored objects no row refers to (a crash between a put and its row, or bytes a restore left behind). */
  bytes_without_rows: string[];
}

/**
 * Compares the attachment rows with what the storage holds. Cached image variants of a live row are
 * expected bytes, not orphans; their absence is fine (they are rendered again on demand).
 */
export async function verifyStorage(app: AppContext): Promise<StorageReport> {
  const rows = await listAllStorageKeys(app.database.db);
  const stored = new Set<string>();
  for await (const key of app.storage.keys()) stored.add(key);
  const expected = new Set<string>();
  for (const row of rows) {
    expected.add(row.storage_key);
    expected.add(derivedKey(row.storage_key, 'file'));
    expected.add(derivedKey(row.storage_key, 'preview'));
  }
  return {
    attachments: rows.length,
    stored_keys: stored.size,
    rows_without_bytes: rows.filter((r) => !stored.has(r.storage_key)),
    bytes_without_rows: [...stored].filter((key) => !expected.has(key)).sort(),
  };
}
