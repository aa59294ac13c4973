/**
 * Names for the wire shapes, picked out of the generated `paths` (openapi-types.ts) so they follow openapi.json
 * exactly. Type-only: nothing here exists at run time.
 */
import type { paths } from './openapi-types.ts';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The `data` of a path's successful envelope. */
export type DataOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: infer R } }
  ? Json<R> extends { data: infer D }
    ? D
    : never
  : never;
type QueryKeys<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? keyof NonNullable<Q>
  : never;

/** A query value as the client encodes it: lists become `key[]=a&key[]=b`, objects `key[sub]=v` (Rails style). */
export type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | { readonly [key: string]: QueryValue };
export type Query = { readonly [key: string]: QueryValue };
/** The documented parameters of a route (with autocompletion), plus anything else the caller wants to send. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = { readonly [K in QueryKeys<P, M> & string]?: QueryValue } & Query;

export type LoginData = DataOf<'/api/v2/auth/login', 'post'>;
export type SessionData = DataOf<'/api/v2/auth/session', 'get'>;

export type RevisitLogPage = DataOf<'/api/v2/revisit_logs/new_index', 'get'>;
export type RevisitLog = DataOf<'/api/v2/revisit_logs/{id}', 'get'>;
export type RevisitLogQuery = QueryOf<'/api/v2/revisit_logs/new_index', 'get'>;
export type RevisitLogStats = DataOf<'/api/v2/revisit_logs/stats', 'get'>;
export type ChangePage = DataOf<'/api/v2/revisit_logs/changes', 'get'>;
export type Change = ChangePage['changes'][number];
export type CommentPage = DataOf<'/api/v2/revisit_logs/{id}/comments', 'get'>;
export type Comment = DataOf<'/api/v2/revisit_logs/{id}/comments', 'post'>;
export type Attachment = DataOf<'/api/v2/attachments/{id}', 'get'>;
export type Deleted = DataOf<'/api/v2/revisit_logs/{id}', 'delete'>;

export type UserPage = DataOf<'/api/v2/user/list', 'get'>;
export type WireUser = UserPage['users'][number];
export type UserQuery = QueryOf<'/api/v2/user/list', 'get'>;
export type SimpleUserPage = DataOf<'/api/v2/user/simple_list', 'get'>;
export type SimpleUser = SimpleUserPage['simple_users'][number];
export type UserDetail = DataOf<'/api/v2/user/{id}', 'get'>;
export type DepartmentList = DataOf<'/api/v2/user/department_list', 'get'>;
export type Department = DepartmentList['options'][number];

export type CustomerPage = DataOf<'/api/v2/customers', 'get'>;
export type LeadPage = DataOf<'/api/v2/leads', 'get'>;
export type ContactPage = DataOf<'/api/v2/contacts', 'get'>;
export type OpportunityPage = DataOf<'/api/v2/opportunities', 'get'>;
export type ContractPage = DataOf<'/api/v2/contracts', 'get'>;
export type Customer = DataOf<'/api/v2/customers/{id}', 'get'>;
export type Lead = DataOf<'/api/v2/leads/{id}', 'get'>;
export type Contact = DataOf<'/api/v2/contacts/{id}', 'get'>;
export type Opportunity = DataOf<'/api/v2/opportunities/{id}', 'get'>;
export type Contract = DataOf<'/api/v2/contracts/{id}', 'get'>;
export type EntityQuery = QueryOf<'/api/v2/customers', 'get'>;

export type FieldMap = DataOf<'/api/v2/field_maps/{entity}', 'get'>;
export type FieldValue = FieldMap['field_values'][number];
export type CustomFieldGroups = DataOf<'/api/v2/custom_fields/{entity}/by_group', 'get'>;
export type NotificationPage = DataOf<'/api/v2/notifications', 'get'>;

/** Every list page: one array under its own key plus the paging fields. */
export interface Paged {
  total_count: number;
  has_next_page: boolean;
  per_page: number;
  page: number;
}
