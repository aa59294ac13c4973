import type { Static } from '@sinclair/typebox';
import type { WireRole as RoleItem } from '../admin/admin.schemas.ts';
import type { CommentJson } from '../comments/comments.schemas.ts';
import type { DepartmentOptionSchema, WireUserSchema } from '../directory/directory.schemas.ts';
import type { WireFieldMaps } from '../field-options/field-maps.schemas.ts';
import type { RevisitLogItem } from '../revisit-logs/revisit-logs.schemas.ts';
import { GenjinError, type SourceClient } from './source-client.ts';

/**
 * What `genjin import` reads from the source, through the public API only (the IKCRM open API v2 and the
 * few Genjin additions it can do without). Wire shapes are the server's own schemas: a Genjin source
 * answers exactly them, and IKCRM the same fields.
 */
export type SourceUser = Static<typeof WireUserSchema>;
export type SourceDepartment = Static<typeof DepartmentOptionSchema>;
export type SourceFollowUp = RevisitLogItem;
export type SourceComment = CommentJson;
export type SourceEntity = Record<string, unknown> & { id: number };

export const ENTITY_PLURALS = ['customers', 'leads', 'contacts', 'opportunities', 'contracts'] as const;
export type EntityPlural = (typeof ENTITY_PLURALS)[number];

/** The option sets, per field_maps entity. */
export const OPTION_ENTITIES = ['revisit_log', 'lead', 'customer', 'opportunity', 'contract'] as const;

const NOT_FOUND = 100100;

interface Page {
  total_count: number;
  has_next_page: boolean;
}

export function createSourceReader(client: SourceClient, pageSize: number) {
  async function* pages<T>(path: string, key: string, query: Record<string, string | number> = {}): AsyncGenerator<{ items: T[]; total: number }> {
    for (let page = 1; ; page++) {
      const data = await client.request<Page & Record<string, unknown>>('GET', path, { query: { ...query, page, per_page: pageSize } });
      const items = (data[key] ?? []) as T[];
      yield { items, total: data.total_count };
      if (!data.has_next_page || items.length === 0) return;
    }
  }

  async function orNull<T>(work: Promise<T>): Promise<T | null> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof GenjinError && error.code === NOT_FOUND) return null;
      throw error;
    }
  }

  return {
    me: () => client.request<SourceUser>('GET', '/api/v2/user/info'),
    departments: async () => (await client.request<{ options: SourceDepartment[] }>('GET', '/api/v2/user/department_list')).options,
    async users(): Promise<SourceUser[]> {
      const all: SourceUser[] = [];
      for await (const page of pages<SourceUser>('/api/v2/user/list', 'users', { sort: 'id', order: 'asc' })) all.push(...page.items);
      return all;
    },
    /** One user, disabled ones included (lists leave them out; old records still point at them). */
    user: (id: number) => orNull(client.request<SourceUser>('GET', `/api/v2/user/${id}`)),
    /** Genjin's admin role list tells which roles are administrators; IKCRM (or a non-admin) has none. */
    async roles(): Promise<RoleItem[] | undefined> {
      try {
        return (await client.request<{ roles: RoleItem[] }>('GET', '/api/v2/admin/roles')).roles;
      } catch (error) {
        if (error instanceof GenjinError) return undefined;
        throw error;
      }
    },
    optionSets: (entity: (typeof OPTION_ENTITIES)[number]) => client.request<WireFieldMaps>('GET', `/api/v2/field_maps/${entity}`),
    entityPages: (plural: EntityPlural, since: string | undefined) =>
      pages<SourceEntity>(`/api/v2/${plural}`, plural, { sort: 'created_at', order: 'asc', ...(since ? { updated_at_from: since } : {}) }),
    entity: (plural: EntityPlural, id: number) => orNull(client.request<SourceEntity>('GET', `/api/v2/${plural}/${id}`)),
    /** Every follow-up the login can see (its own drafts included: the caller drops them), newest first. */
    followUpPages: () => pages<SourceFollowUp>('/api/v2/revisit_logs/new_index', 'revisit_logs', { date: 'all' }),
    async comments(followUpId: number): Promise<SourceComment[]> {
      const all: SourceComment[] = [];
      for await (const page of pages<SourceComment>(`/api/v2/revisit_logs/${followUpId}/comments`, 'comments')) all.push(...page.items);
      return all;
    },
    download: (url: string) => client.download(url),
  };
}

export type SourceReader = ReturnType<typeof createSourceReader>;
