import type { Storage } from '../../storage/storage.ts';
import { derivedKey } from './image-variants.ts';

/**
 * Removes an attachment's bytes and any cached derivatives, after its row is gone. A failure only leaves
 * unreferenced bytes behind, so it is counted for the caller to report rather than thrown.
 */
export async function deleteAttachmentBytes(storage: Storage, storageKeys: readonly string[]): Promise<{ deleted: number; failed: number }> {
  let deleted = 0;
  let failed = 0;
  for (const key of storageKeys) {
    try {
      await storage.delete(key);
      await storage.delete(derivedKey(key, 'file'));
      await storage.delete(derivedKey(key, 'preview'));
      deleted++;
    } catch {
      failed++;
    }
  }
  return { deleted, failed };
}
