import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import { useSharedSigningKey } from '../../src/features/instance/signing-key.service.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describeEachDialect('the attachment link signing key', (dialect) => {
  let database: TestDatabase;
  const exp = Date.UTC(2030, 0, 1);
  const now = Date.UTC(2026, 10, 30);
  const instance = (signingSecret?: string): AppContext =>
    createAppContext(testConfig({ databaseUrl: database.url, signingSecret }), { database: database.handle });

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('is shared through the database when SIGNING_SECRET is unset, so links open on every instance', async () => {
    const first = instance();
    const second = instance();
    const before = first.urlSigner.sign(7, 'origin', exp);
    expect(second.urlSigner.verify(7, 'origin', exp, before, now)).toBe(false); // process-local keys differ
    await useSharedSigningKey(first);
    await useSharedSigningKey(second);
    const signed = first.urlSigner.sign(7, 'origin', exp);
    expect(second.urlSigner.verify(7, 'origin', exp, signed, now)).toBe(true);
    // A restarted instance reads the same key.
    const restarted = instance();
    await useSharedSigningKey(restarted);
    expect(restarted.urlSigner.sign(7, 'origin', exp)).toBe(signed);
    const rows = await database.handle.db.selectFrom('instance_settings').select('key').execute();
    expect(rows).toEqual([{ key: 'attachment_url_signing_key' }]);
  });

  it('leaves a configured SIGNING_SECRET in charge', async () => {
    const a = instance('operator-secret');
    const b = instance('operator-secret');
    await useSharedSigningKey(a);
    expect(b.urlSigner.verify(9, 'preview', exp, a.urlSigner.sign(9, 'preview', exp), now)).toBe(true);
    const shared = instance();
    await useSharedSigningKey(shared);
    expect(shared.urlSigner.sign(9, 'preview', exp)).not.toBe(a.urlSigner.sign(9, 'preview', exp));
  });
});
