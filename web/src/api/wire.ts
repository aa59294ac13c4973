/**
 * The one door to the server's wire types: every shape the app reads comes from the server's TypeBox schemas
 * (type-only imports, nothing of the server is bundled). When the typed client `genjin/client` lands, only this
 * file changes.
 */
import type { Static } from '@sinclair/typebox';
import type { RevisitLogItemSchema, RevisitLogListResponse } from '../../../src/features/revisit-logs/revisit-logs.schemas.ts';
import type { AttachmentSchema } from '../../../src/features/attachments/attachments.schemas.ts';
import type { DepartmentOptionSchema, SimpleUserSchema, WireUserSchema } from '../../../src/features/directory/directory.schemas.ts';
import type { LoginResponse } from '../../../src/features/auth/auth.routes.ts';
import type { FieldValue as FieldValueSchema } from '../../../src/features/field-options/field-maps.schemas.ts';
import type { EntitySchema } from '../../../src/features/entities/entities.schemas.ts';

export type RevisitLog = Static<typeof RevisitLogItemSchema>;
export type RevisitLogPage = Static<typeof RevisitLogListResponse>['data'];
export type Attachment = Static<typeof AttachmentSchema>;
/** Comments as `GET …/comments` and the inlined latest three carry them (the same five fields). */
export type Comment = RevisitLog['comments'][number];
export type WireUser = Static<typeof WireUserSchema>;
export type SimpleUser = Static<typeof SimpleUserSchema>;
export type Department = Static<typeof DepartmentOptionSchema>;
export type LoginData = Static<typeof LoginResponse>['data'];
export type FieldValue = Static<typeof FieldValueSchema>;
/** The shared part of every entity item; per-type extras (status_mapped, customer_name …) are read loosely. */
export type Entity = Static<typeof EntitySchema> & Record<string, unknown>;
export type LoggableType = RevisitLog['loggable_type'];

export interface Paged {
  total_count: number;
  has_next_page: boolean;
  per_page: number;
  page: number;
}
