import type { AppContext } from '../../app-context.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { findOrganizationByCorpId } from '../organizations/organizations.repository.ts';

/** The organization an operator names on the command line (`--corp-id`); the CLI acts as its administrator. */
export async function organizationForOperator(app: AppContext, corpId: string): Promise<{ id: number; timeZone: string }> {
  const org = await findOrganizationByCorpId(app.database.db, corpId);
  if (!org) throw invalidParameter('corp_id', 'an existing organization code');
  return { id: org.id, timeZone: org.time_zone };
}
