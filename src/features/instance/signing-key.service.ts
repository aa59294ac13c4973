import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { claimInstanceSetting } from './instance-settings.repository.ts';

const SIGNING_KEY = 'attachment_url_signing_key';

/**
 * Without SIGNING_SECRET, the key that signs attachment links is generated once and kept in the database,
 * so links survive restarts and open on every instance sharing the database. The first instance to start
 * claims it; the others read the same one.
 */
export async function useSharedSigningKey(app: AppContext): Promise<void> {
  if (app.config.signingSecret) return;
  const key = await claimInstanceSetting(app.database.db, SIGNING_KEY, randomBytes(32).toString('hex'), app.clock());
  app.urlSigner.useKey(key);
}
