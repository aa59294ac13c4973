import type { AppContext } from '../../app-context.ts';
import { invalidParameter } from '../../domain/errors.ts';
import type { RequestCtx } from '../../request-context.ts';
import { customFieldConditions } from '../custom-fields/custom-field-values.ts';
import { findDepartment } from '../directory/departments.repository.ts';
import type { EntityListQuery } from './entities.schemas.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';
import type { EntityFilter } from './entity-records.repository.ts';

/**
 * The repository's filter for a parsed list query: the department's path (one query when filtered) and the
 * custom-field conditions (one query for the definitions when a custom key was sent).
 */
export async function entityFilterOf(app: AppContext, ctx: RequestCtx, d: EntityDescriptor, query: EntityListQuery): Promise<EntityFilter> {
  let departmentPath: string | undefined;
  if (query.departmentId !== undefined) {
    const department = await findDepartment(app.database.db, ctx.organization.id, query.departmentId);
    if (!department) throw invalidParameter('department_id', 'a department id of this organization');
    departmentPath = department.path;
  }
  const scope = { organizationId: ctx.organization.id, timeZone: ctx.organization.timeZone };
  return {
    organizationId: ctx.organization.id,
    visible: ctx.visible,
    userIds: query.userIds,
    departmentPath,
    updatedFrom: query.updatedFrom,
    updatedTo: query.updatedTo,
    name: query.name,
    customerId: query.customerId,
    optionIds: query.optionIds,
    approveStatuses: query.approveStatuses,
    custom: await customFieldConditions(app.database.db, scope, d.singular, query.customParams),
  };
}
